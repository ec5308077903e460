package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code filter.gauss} on the reference backend against independent expectations. */
class Imglib2GaussTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	private static RandomAccessibleInterval<? extends RealType<?>> gauss(final RandomAccessibleInterval<?> img, final Object sigma) {
		return context.dispatch().op(GaussOp.ID).input(img).set("sigma", sigma).on("imglib2").runImage();
	}

	private static double at(final RandomAccessibleInterval<? extends RealType<?>> img, final long... pos) {
		final RandomAccess<? extends RealType<?>> ra = img.randomAccess();
		ra.setPosition(pos);
		return ra.get().getRealDouble();
	}

	@Test
	void impulseResponseIsTheHandComputedKernel() {
		// σ = 1: r = ((int) 8 | 1) / 2 = 4; weights e^(−x²/2) for x = 0..4 sum to
		// 1 + 2(0.6065307 + 0.1353353 + 0.0111090 + 0.0003355) = 2.5066209.
		final Img<FloatType> img = ArrayImgs.floats(21, 1);
		img.randomAccess().setPositionAndGet(10, 0).set(1);
		final RandomAccessibleInterval<? extends RealType<?>> out = gauss(img, new double[] { 1, 0 });
		assertEquals(1 / 2.5066209, at(out, 10, 0), 1e-6);
		assertEquals(0.6065307 / 2.5066209, at(out, 11, 0), 1e-6);
		assertEquals(0.1353353 / 2.5066209, at(out, 8, 0), 1e-6);
		assertEquals(0.0003355 / 2.5066209, at(out, 14, 0), 1e-6);
		assertEquals(0, at(out, 15, 0), 0, "nothing beyond the kernel radius");
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT16", "FLOAT32" })
	void streamedAndThreePassBlursAgreeBitForBit(final PixelKind kind) {
		// NB: one task streams the volume slice by slice (SliceRingBlur); 16 threads on 32 slices are too many chunks for
		// the stream, so the three passes run over whole intermediate volumes
		final Img<?> img = io.github.fijidispatch.conformance.ConformanceImages.random(kind, 5, 40, 36, 32);
		final double[] sigma = { 1.5, 2.0, 1.0 };
		final RandomAccessibleInterval<? extends RealType<?>> streamed = net.imglib2.parallel.Parallelization
			.runSingleThreaded(() -> gauss(img, sigma));
		final RandomAccessibleInterval<? extends RealType<?>> threePass = net.imglib2.parallel.Parallelization
			.runWithNumThreads(16, () -> gauss(img, sigma));
		final net.imglib2.Cursor<? extends RealType<?>> a = Views.flatIterable(streamed).cursor();
		final net.imglib2.Cursor<? extends RealType<?>> b = Views.flatIterable(threePass).cursor();
		while (a.hasNext())
			assertEquals(b.next().getRealDouble(), a.next().getRealDouble(), 0);
	}

	@Test
	void kernelRadiusFollowsTheContract() {
		assertEquals(8, GaussOp.radius(2));
		assertEquals(4, GaussOp.radius(1));
		assertEquals(0, GaussOp.radius(0.1));
		assertEquals(6, GaussOp.radius(1.5));
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32", "INT16", "FLOAT64" })
	void constantImageStaysConstant(final PixelKind kind) {
		final Img<?> img = filled(kind, 77, 13, 11, 5);
		final RandomAccessibleInterval<? extends RealType<?>> out = gauss(img, 3.0);
		for (final RealType<?> t : Views.iterable(out))
			assertEquals(77, t.getRealDouble(), 1e-4);
		assertEquals(kind, PixelKind.of(Views.iterable(out).firstElement()));
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void agreesWithDirectNonSeparableConvolution2D(final PixelKind kind) {
		checkAgainstDirect(kind, new double[] { 1.2, 0.7 }, 17, 12);
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void agreesWithDirectNonSeparableConvolution3D(final PixelKind kind) {
		checkAgainstDirect(kind, new double[] { 0.9, 1.4, 0.6 }, 9, 8, 7);
	}

	@Test
	void zeroSigmaLeavesThatAxisAlone() {
		checkAgainstDirect(PixelKind.FLOAT32, new double[] { 0, 1.1, 0.8 }, 6, 9, 5);
	}

	@Test
	void integerOutputsAreRoundedHalfUpAndSaturated() {
		assertEquals(3, FloatVolume.roundAndSaturate(2.5, 0, 255));
		assertEquals(2, FloatVolume.roundAndSaturate(2.4999, 0, 255));
		assertEquals(255, FloatVolume.roundAndSaturate(300.2, 0, 255));
		assertEquals(0, FloatVolume.roundAndSaturate(-4, 0, 255));
	}

	@Test
	void inputIsNotModified() {
		final Img<?> img = random(PixelKind.UINT8, 3, 20, 15);
		final long before = checksum(img);
		gauss(img, 2.0);
		assertEquals(before, checksum(img));
	}

	@Test
	void viewsWithOffsetOriginsAreHandled() {
		final Img<?> img = random(PixelKind.FLOAT32, 5, 12, 10);
		final RandomAccessibleInterval<?> shifted = Views.translate(img, 100, -7);
		final RandomAccessibleInterval<? extends RealType<?>> a = gauss(img, 1.0);
		final RandomAccessibleInterval<? extends RealType<?>> b = gauss(shifted, 1.0);
		assertTrue(Intervals.equalDimensions(a, b));
		assertEquals(at(a, 3, 4), at(b, 3, 4), 0);
	}

	/** Compares the dispatched result with an explicit 2D/3D convolution by the product kernel. */
	private static void checkAgainstDirect(final PixelKind kind, final double[] sigma, final long... dims) {
		final Img<?> img = random(kind, 42, dims);
		final RandomAccessibleInterval<? extends RealType<?>> out = gauss(img, sigma);
		@SuppressWarnings("unchecked")
		final double[] expected = directConvolution((Iterable<? extends RealType<?>>) (Iterable<?>) Views.flatIterable(img), dims, sigma);
		int i = 0;
		final double tolerance = kind.isInteger() ? 1 : 1e-4 * 1000;
		for (final RealType<?> t : Views.flatIterable(out)) {
			double e = expected[i++];
			if (kind.isInteger()) e = Math.max(0, Math.min(kind == PixelKind.UINT8 ? 255 : 65535, Math.floor(e + 0.5)));
			assertEquals(e, t.getRealDouble(), tolerance, kind + " pixel " + (i - 1));
		}
	}

	/** Direct convolution: for each pixel the full n-D neighbourhood, clamp-to-edge, weights normalised per axis. */
	private static double[] directConvolution(final Iterable<? extends RealType<?>> pixels, final long[] dims, final double[] sigma) {
		final int n = dims.length;
		final int total = (int) Intervals.numElements(dims);
		final double[] in = new double[total];
		int k = 0;
		for (final RealType<?> t : pixels)
			in[k++] = t.getRealDouble();
		final int[] r = new int[n];
		final double[][] w = new double[n][];
		for (int d = 0; d < n; d++) {
			r[d] = sigma[d] == 0 ? 0 : ((int) (8 * sigma[d]) | 1) / 2;
			w[d] = new double[2 * r[d] + 1];
			double sum = 0;
			for (int x = -r[d]; x <= r[d]; x++)
				sum += w[d][x + r[d]] = sigma[d] == 0 ? 1 : Math.exp(-x * x / (2 * sigma[d] * sigma[d]));
			for (int x = 0; x < w[d].length; x++)
				w[d][x] /= sum;
		}
		final double[] out = new double[total];
		final long nz = n > 2 ? dims[2] : 1;
		final int rz = n > 2 ? r[2] : 0;
		for (int z = 0; z < nz; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < dims[0]; x++) {
					double acc = 0;
					for (int dz = -rz; dz <= rz; dz++)
						for (int dy = -r[1]; dy <= r[1]; dy++)
							for (int dx = -r[0]; dx <= r[0]; dx++) {
								final long cx = clamp(x + dx, dims[0]);
								final long cy = clamp(y + dy, dims[1]);
								final long cz = clamp(z + dz, nz);
								final double weight = w[0][dx + r[0]] * w[1][dy + r[1]] * (n > 2 ? w[2][dz + rz] : 1);
								acc += weight * in[(int) ((cz * dims[1] + cy) * dims[0] + cx)];
							}
					out[(int) ((z * dims[1] + y) * dims[0] + x)] = acc;
				}
		return out;
	}

	private static long clamp(final long v, final long size) {
		return Math.max(0, Math.min(size - 1, v));
	}

	static <T extends RealType<T> & NativeType<T>> Img<T> random(final PixelKind kind, final long seed, final long... dims) {
		final T type = kind.createType();
		final Img<T> img = new ArrayImgFactory<>(type).create(dims);
		final Random r = new Random(seed);
		final double max = kind.isInteger() ? Math.min(type.getMaxValue(), 1000) : 1000;
		for (final T t : img)
			t.setReal(kind.isInteger() ? r.nextInt((int) max + 1) : r.nextDouble() * max);
		return img;
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> filled(final PixelKind kind, final double value, final long... dims) {
		final T type = kind.createType();
		final Img<T> img = new ArrayImgFactory<>(type).create(dims);
		for (final T t : img)
			t.setReal(value);
		return img;
	}

	private static long checksum(final Img<?> img) {
		long h = 1;
		for (final Object t : img)
			h = h * 31 + Double.hashCode(((RealType<?>) t).getRealDouble());
		return h;
	}

	@Test
	void uint8HandlesFullRange() {
		final Img<UnsignedByteType> img = ArrayImgs.unsignedBytes(8, 8);
		img.randomAccess().setPositionAndGet(4, 4).set(255);
		final RandomAccessibleInterval<? extends RealType<?>> out = gauss(img, 0.6);
		assertTrue(at(out, 4, 4) > 100 && at(out, 4, 4) <= 255);
	}
}
