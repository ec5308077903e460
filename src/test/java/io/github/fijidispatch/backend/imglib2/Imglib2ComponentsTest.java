package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2ComponentsTest extends AbstractReferenceTest {

	@Test
	void labelsAreConsecutiveInRasterOrderOfFirstPixel() {
		// 0 1 0 2
		// 1 1 0 2
		// 0 0 0 0
		// 3 0 3 3   (face); full joins nothing more here
		final Img<? extends RealType<?>> mask = TestImages.of(PixelKind.UINT8, new long[] { 4, 4 }, 0, 9, 0, 9, 9, 9, 0, 9, 0, 0, 0, 0, 9, 0,
			9, 9);
		final RandomAccessibleInterval<? extends RealType<?>> labels = dispatch.op(ComponentsOp.ID).input(mask).runImage();
		assertEquals(PixelKind.FLOAT32, TestImages.kind(labels));
		assertArrayEquals(new double[] { 0, 1, 0, 2, 1, 1, 0, 2, 0, 0, 0, 0, 3, 0, 4, 4 }, TestImages.values(labels));
	}

	@Test
	void fullConnectivityJoinsDiagonals() {
		final Img<? extends RealType<?>> mask = TestImages.of(PixelKind.FLOAT32, new long[] { 3, 3 }, 1, 0, 0, 0, -2, 0, 0, 0, 0.5f);
		final RandomAccessibleInterval<? extends RealType<?>> face = dispatch.op(ComponentsOp.ID).input(mask)
			.set("connectivity", "face").runImage();
		final RandomAccessibleInterval<? extends RealType<?>> full = dispatch.op(ComponentsOp.ID).input(mask)
			.set("connectivity", "full").runImage();
		assertArrayEquals(new double[] { 1, 0, 0, 0, 2, 0, 0, 0, 3 }, TestImages.values(face));
		assertArrayEquals(new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 }, TestImages.values(full));
	}

	@Test
	void randomMasksGiveTheComponentsOfABreadthFirstSearch() {
		final long[][] sizes = { { 61, 47 }, { 1, 30 }, { 30, 1 }, { 23, 19, 17 }, { 5, 40, 9 } };
		long seed = 1;
		for (final long[] dims : sizes) {
			for (final boolean full : new boolean[] { false, true }) {
				for (final int threads : new int[] { 1, 3, 7 }) {
					final Img<? extends RealType<?>> mask = TestImages.random(PixelKind.UINT8, seed++, 2, dims);
					final RandomAccessibleInterval<? extends RealType<?>> labels = Parallelization.runWithNumThreads(threads,
						() -> dispatch.op(ComponentsOp.ID).input(mask).set("connectivity", full ? "full" : "face").runImage());
					final double[] actual = TestImages.values(labels);
					final int[] expected = breadthFirstComponents(TestImages.values(mask), dims, full);
					assertSamePartition(expected, actual, java.util.Arrays.toString(dims) + " full=" + full + " threads=" + threads);
					assertConsecutiveFromOne(actual);
				}
			}
		}
	}

	@Test
	void sparseAndDenseMasksOfEveryStorageMatchTheSearch() {
		// NB: 5000 wide: a block is part of a row; 3D: many lines per layer; planar, array and cropped-view storage
		final long[][] sizes = { { 5000, 3 }, { 130, 70 }, { 40, 30, 12 } };
		final PixelKind[] kinds = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.INT16, PixelKind.FLOAT32, PixelKind.FLOAT64 };
		final java.util.Random random = new java.util.Random(7);
		for (final long[] dims : sizes)
			for (final double density : new double[] { 0.05, 0.5, 0.95 })
				for (final PixelKind kind : kinds)
					for (final boolean full : new boolean[] { false, true }) {
						final double[] values = new double[(int) net.imglib2.util.Intervals.numElements(dims)];
						for (int i = 0; i < values.length; i++)
							values[i] = random.nextDouble() >= density ? 0 : kind == PixelKind.FLOAT32 && i % 7 == 0 ? Double.NaN
								: 1 + random.nextInt(100);
						final String what = java.util.Arrays.toString(dims) + " " + kind + " density=" + density + " full=" + full;
						final int[] expected = breadthFirstComponents(values, dims, full);
						for (final RandomAccessibleInterval<? extends RealType<?>> mask : storages(kind, dims, values)) {
							final double[] actual = TestImages.values(dispatch.op(ComponentsOp.ID).input(mask).set("connectivity",
								full ? "full" : "face").on(Imglib2Backend.ID).runImage());
							assertSamePartition(expected, actual, what);
							assertConsecutiveFromOne(actual);
						}
					}
	}

	private static <T extends RealType<T> & net.imglib2.type.NativeType<T>> Img<T> planar(final PixelKind kind,
		final long[] dims)
	{
		return new net.imglib2.img.planar.PlanarImgFactory<>(kind.<T> createType()).create(dims);
	}

	/** The values as an ArrayImg, a PlanarImg and a view into the middle of a larger image. */
	private static java.util.List<RandomAccessibleInterval<? extends RealType<?>>> storages(final PixelKind kind,
		final long[] dims, final double[] values)
	{
		final Img<? extends RealType<?>> array = TestImages.of(kind, dims, values);
		final Img<? extends RealType<?>> planar = planar(kind, dims);
		net.imglib2.loops.LoopBuilder.setImages(array, planar).forEachPixel((a, p) -> p.setReal(a.getRealDouble()));
		final long[] bigger = dims.clone();
		final long[] min = new long[dims.length];
		final long[] max = new long[dims.length];
		for (int d = 0; d < dims.length; d++) {
			bigger[d] += 2;
			min[d] = 1;
			max[d] = dims[d];
		}
		final Img<? extends RealType<?>> frame = TestImages.of(kind, bigger, new double[(int) net.imglib2.util.Intervals
			.numElements(bigger)]);
		final RandomAccessibleInterval<? extends RealType<?>> inner = net.imglib2.view.Views.interval(frame, min, max);
		net.imglib2.loops.LoopBuilder.setImages(array, inner).forEachPixel((a, p) -> p.setReal(a.getRealDouble()));
		return java.util.Arrays.asList(array, planar, inner);
	}

	@Test
	void declinesImagesBeyondTwoToTheTwentyFourPixels() {
		final ComponentsOp op = new ComponentsOp();
		final ImageInfo big = new ImageInfo(new long[] { 4097, 4096 }, PixelKind.UINT8);
		final OpCall call = new OpCall(op, op.resolve(Collections.emptyMap()), Collections.singletonList(null),
			Collections.singletonList(big));
		final Support s = new Imglib2Components().supports(call, new Imglib2Backend());
		assertFalse(s.isYes());
		assertTrue(s.reason().contains("2^24"), s.reason());
		final ImageInfo limit = new ImageInfo(new long[] { 4096, 4096 }, PixelKind.UINT8);
		assertTrue(new Imglib2Components().supports(new OpCall(op, op.resolve(Collections.emptyMap()), Collections
			.singletonList(null), Collections.singletonList(limit)), new Imglib2Backend()).isYes());
	}

	/** Plain BFS over the raster: an independent labelling. */
	static int[] breadthFirstComponents(final double[] mask, final long[] dims, final boolean full) {
		final int n = dims.length;
		final int[] size = new int[n];
		final int[] stride = new int[n];
		int s = 1;
		for (int d = 0; d < n; d++) {
			size[d] = (int) dims[d];
			stride[d] = s;
			s *= size[d];
		}
		final int[] labels = new int[mask.length];
		int next = 0;
		final int[] pos = new int[n];
		final int[] q = new int[n];
		for (int start = 0; start < mask.length; start++) {
			if (mask[start] == 0 || labels[start] != 0) continue;
			labels[start] = ++next;
			final ArrayDeque<Integer> queue = new ArrayDeque<>();
			queue.add(start);
			while (!queue.isEmpty()) {
				final int i = queue.poll();
				int rest = i;
				for (int d = 0; d < n; d++) {
					pos[d] = rest % size[d];
					rest /= size[d];
				}
				for (int code = 0; code < (int) Math.pow(3, n); code++) {
					int c = code;
					int changed = 0;
					boolean inside = true;
					int j = 0;
					for (int d = 0; d < n; d++) {
						final int o = c % 3 - 1;
						c /= 3;
						if (o != 0) changed++;
						q[d] = pos[d] + o;
						inside &= q[d] >= 0 && q[d] < size[d];
						j += q[d] * stride[d];
					}
					if (changed == 0 || !inside || (!full && changed > 1)) continue;
					if (mask[j] != 0 && labels[j] == 0) {
						labels[j] = next;
						queue.add(j);
					}
				}
			}
		}
		return labels;
	}

	static void assertSamePartition(final int[] expected, final double[] actual, final String what) {
		final Map<Integer, Double> forward = new HashMap<>();
		final Map<Double, Integer> backward = new HashMap<>();
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i] == 0, actual[i] == 0, what + ": background differs at " + i);
			if (expected[i] == 0) continue;
			final Double a = forward.putIfAbsent(expected[i], actual[i]);
			final Integer e = backward.putIfAbsent(actual[i], expected[i]);
			if ((a != null && a != actual[i]) || (e != null && e != expected[i])) throw new AssertionError(what +
				": partitions differ at pixel " + i);
		}
	}

	private static void assertConsecutiveFromOne(final double[] labels) {
		double next = 1;
		for (final double v : labels) {
			if (v == 0 || v < next) continue;
			assertEquals(next, v, "labels must appear in raster order 1, 2, ...");
			next++;
		}
	}
}
