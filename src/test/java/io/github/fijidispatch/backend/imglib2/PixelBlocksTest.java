package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.fijidispatch.conformance.ConformanceViews;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.complex.ComplexFloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Blocks tile the raster and read what {@code getRealDouble} reads, for every
 * kind and every storage and view the backend meets; the per-kind table
 * stores what the op rules store.
 */
class PixelBlocksTest {

	/** Sizes whose blocks cut along X (a row over 4096), along Y, along Z, or not at all. */
	private static final long[][] SIZES = { { 13, 7, 5 }, { 5000, 3 }, { 100, 90, 3 }, { 30, 20, 9 } };

	/** Every storage and view of the same pixels the backend meets, the ArrayImg first. */
	static final List<String> STORAGES = withArray(ConformanceViews.STORAGES);

	private static List<String> withArray(final List<String> others) {
		final List<String> all = new ArrayList<>();
		all.add("array");
		all.addAll(others);
		return all;
	}

	static Stream<Arguments> storages() {
		final List<Arguments> cases = new ArrayList<>();
		for (final PixelKind kind : PixelKind.values())
			for (final String storage : STORAGES)
				cases.add(Arguments.of(kind, storage));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	<T extends RealType<T> & NativeType<T>> void blocksTileTheRasterAndReadWhatTheTypeReads(final PixelKind kind,
		final String storage)
	{
		for (final long[] dims : SIZES) {
			final RandomAccessibleInterval<T> image = ConformanceViews.of(storage, TestImages.<T> random(kind, 3, 120, dims));
			final double[] expected = TestImages.values(image);
			final PixelBlocks pixels = PixelBlocks.of(image);
			assertEquals(expected.length, pixels.size());
			final double[] read = new double[expected.length];
			final double[] block = new double[PixelBlocks.BLOCK];
			final PixelBlocks.Reader reader = pixels.reader();
			long next = 0;
			for (long b = 0; b < pixels.count(); b++) {
				assertEquals(next, pixels.start(b), "block " + b + " starts where the previous ends");
				final int n = reader.doubles(b, block);
				assertEquals(pixels.length(b), n);
				assertTrue(n > 0 && n <= PixelBlocks.BLOCK);
				System.arraycopy(block, 0, read, (int) next, n);
				next += n;
			}
			assertEquals(expected.length, next, "blocks cover the image");
			assertArrayEquals(expected, read, kind + " " + storage + " " + java.util.Arrays.toString(dims));
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	<T extends RealType<T> & NativeType<T>> void slicesReadWhatTheirHyperSlicesRead(final PixelKind kind,
		final String storage)
	{
		for (final long[] dims : SIZES) {
			final RandomAccessibleInterval<T> image = ConformanceViews.of(storage, TestImages.<T> random(kind, 6, 120, dims));
			for (int axis = 0; axis < dims.length; axis++) {
				final PixelBlocks[] slices = PixelBlocks.slices(image, axis);
				assertEquals(dims[axis], slices.length);
				for (int k = 0; k < slices.length; k++) {
					final double[] expected = TestImages.values(Views.hyperSlice(image, axis, image.min(axis) + k));
					final double[] read = new double[expected.length];
					final double[] block = new double[PixelBlocks.BLOCK];
					final PixelBlocks.Reader reader = slices[k].reader();
					for (long b = 0; b < slices[k].count(); b++) {
						final int n = reader.doubles(b, block);
						System.arraycopy(block, 0, read, (int) slices[k].start(b), n);
					}
					assertArrayEquals(expected, read, storage + " " + java.util.Arrays.toString(dims) + " axis " + axis +
						" slice " + k);
				}
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	<T extends RealType<T> & NativeType<T>> void rowsReadWhatTheTypeReads(final PixelKind kind, final String storage) {
		final long[] dims = { 13, 7, 5 };
		final RandomAccessibleInterval<T> image = ConformanceViews.of(storage, TestImages.<T> random(kind, 4, 100, dims));
		final double[] expected = TestImages.values(image);
		final PixelBlocks.Reader reader = PixelBlocks.of(image).reader();
		final double[] row = new double[13];
		for (int r = 0; r < 35; r++) {
			reader.row(r, row);
			for (int x = 0; x < 13; x++)
				assertEquals(expected[r * 13 + x], row[x], "row " + r + " x " + x);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("storages")
	<T extends RealType<T> & NativeType<T>> void copyStoredHoldsWhatAPerPixelWalkReads(final PixelKind kind,
		final String storage)
	{
		for (final long[] dims : SIZES) {
			final RandomAccessibleInterval<T> image = ConformanceViews.of(storage, TestImages.<T> random(kind, 7, 120, dims));
			final List<RandomAccessibleInterval<T>> views = new ArrayList<>();
			views.add(image);
			views.add(Views.invertAxis(Views.invertAxis(image, 0), 1));
			views.add(Views.zeroMin(Views.rotate(image, 0, 1)));
			for (final RandomAccessibleInterval<T> view : views) {
				final PixelBlocks pixels = PixelBlocks.of(view);
				final Object copied = pixels.arrays().allocate((int) pixels.size());
				pixels.copyStored(copied);
				final double[] read = new double[(int) pixels.size()];
				pixels.arrays().toDoubles(copied, 0, read, 0, read.length);
				assertArrayEquals(TestImages.values(view), read, kind + " " + storage + " " + java.util.Arrays.toString(
					Intervals.dimensionsAsLongArray(view)));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "INT8", "UINT16", "INT16" })
	<T extends RealType<T> & NativeType<T>> void indicesCountFromTheKindsMinimum(final PixelKind kind) {
		indicesCountFromTheKindsMinimum(TestImages.<T> random(kind, 5, 200, 40, 30));
		// NB: blocks whose length is not a multiple of the counters' four lanes
		indicesCountFromTheKindsMinimum(TestImages.<T> random(kind, 6, 200, 41, 3));
		final Img<T> flat = TestImages.random(kind, 7, 200, 203, 5);
		for (final T t : flat)
			t.setReal(3);
		indicesCountFromTheKindsMinimum(flat);
	}

	private static <T extends RealType<T> & NativeType<T>> void indicesCountFromTheKindsMinimum(final Img<T> image) {
		final double[] values = TestImages.values(image);
		final PixelBlocks pixels = PixelBlocks.of(image);
		final PixelArrays arrays = pixels.arrays();
		assertTrue(arrays.isIndexed());
		final int[] indices = new int[PixelBlocks.BLOCK];
		final PixelBlocks.Reader reader = pixels.reader();
		final long[] histogram = new long[arrays.entries()];
		for (long b = 0; b < pixels.count(); b++) {
			final int n = reader.indices(b, indices);
			for (int i = 0; i < n; i++) {
				assertEquals(values[(int) pixels.start(b) + i], arrays.valueOf(indices[i]));
				histogram[indices[i]]++;
			}
		}
		assertArrayEquals(histogram, pixels.histogram());
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "INT8", "UINT16", "INT16", "INT32", "UINT32" })
	void integerKindsStoreRoundedHalfUpAndSaturated(final PixelKind kind) {
		final double min = kind.createType().getMinValue();
		final double max = kind.createType().getMaxValue();
		final double[] values = { 2.5, -2.5, 3.49, Double.NaN, max + 10, min - 10, Double.POSITIVE_INFINITY, 0.5, max - 0.4 };
		final PixelArrays arrays = PixelArrays.of(kind);
		final Object stored = arrays.allocate(values.length + 2);
		arrays.fromDoubles(values, 0, stored, 1, values.length);
		final double[] back = new double[values.length + 2];
		arrays.toDoubles(stored, 0, back, 0, back.length);
		for (int i = 0; i < values.length; i++) {
			final double v = values[i];
			final double want = Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, Math.floor(v + 0.5)));
			assertEquals(want, back[i + 1], kind + " stores " + v);
		}
		assertEquals(0, back[0]);
		assertEquals(0, back[back.length - 1]);
		final float[] floats = { 2.5f, -2.5f, Float.NaN, (float) (max + 1e3) };
		arrays.fromFloats(floats, 0, stored, 0, floats.length);
		arrays.toDoubles(stored, 0, back, 0, floats.length);
		for (int i = 0; i < floats.length; i++) {
			final double v = floats[i];
			assertEquals(Double.isNaN(v) ? 0 : Math.max(min, Math.min(max, Math.floor(v + 0.5))), back[i], kind + " stores " + v);
		}
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "FLOAT32", "FLOAT64" })
	void floatKindsStoreTheValue(final PixelKind kind) {
		final double[] values = { 0.1, -7.25, Double.NaN, 1e30 };
		final PixelArrays arrays = PixelArrays.of(kind);
		final Object stored = arrays.allocate(values.length);
		arrays.fromDoubles(values, 0, stored, 0, values.length);
		final double[] back = new double[values.length];
		arrays.toDoubles(stored, 0, back, 0, values.length);
		for (int i = 0; i < values.length; i++)
			assertEquals(kind == PixelKind.FLOAT32 ? (float) values[i] : values[i], back[i], 0.0);
	}

	@Test
	void aTypeThatIsNoPixelKindIsRejectedByName() {
		final Img<ComplexFloatType> complex = ArrayImgs.complexFloats(4, 4);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PixelBlocks.of(complex));
		assertTrue(e.getMessage().contains("ComplexFloatType") && e.getMessage().contains("uint8"), e.getMessage());
	}
}
