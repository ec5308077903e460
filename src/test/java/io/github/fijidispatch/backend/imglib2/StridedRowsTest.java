package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.fijidispatch.conformance.ConformanceViews;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Views of an ArrayImg or PlanarImg (translated, cropped, permuted, inverted,
 * turned, sliced, and chains of them) are addressed in their storage, and
 * every run of them copied in strides holds what a per-pixel walk of the view
 * reads, from any start (mid-row, whole bands, a partial band, rows wider than
 * a span); other containers and rows across a PlanarImg's planes are
 * declined, and read through the library with the same values.
 */
class StridedRowsTest {

	/**
	 * Wider than a span (512) and not a multiple of it, more rows than a band
	 * (16) and not a multiple of one; then the same turned, so that turned and
	 * permuted views have long strided rows (cut in spans).
	 */
	private static final long[] DIMS = { 600, 37, 3 };
	private static final long[] TALL = { 37, 600, 3 };

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "INT16", "UINT32", "FLOAT32", "FLOAT64" })
	<T extends RealType<T> & NativeType<T>> void everyViewOfAnArrayOrPlanarImgIsCopiedAsAPerPixelWalkReadsIt(
		final PixelKind kind)
	{
		for (final long[] dims : new long[][] { DIMS, TALL })
			everyViewIsCopiedAsAPerPixelWalkReadsIt(TestImages.<T> random(kind, 21, 250, dims), kind);
	}

	private static <T extends RealType<T> & NativeType<T>> void everyViewIsCopiedAsAPerPixelWalkReadsIt(
		final Img<T> array, final PixelKind kind)
	{
		for (final String storage : new String[] { "array", "planar" }) {
			final RandomAccessibleInterval<T> image = ConformanceViews.of(storage, array);
			for (final Map.Entry<String, RandomAccessibleInterval<T>> view : views(image).entrySet()) {
				final String what = storage + " " + java.util.Arrays.toString(array.dimensionsAsLongArray()) + " " + view
					.getKey();
				final StridedRows strided = StridedRows.of(view.getValue(), kind);
				assertNotNull(strided, what + " is addressed in its storage");
				assertRunsCopyTheView(strided, view.getValue(), kind, what);
			}
		}
	}

	@Test
	void translatedCroppedAndPermutedConformanceViewsAreAddressedInTheirStorage() {
		final Img<UnsignedByteType> array = TestImages.random(PixelKind.UINT8, 22, 250, DIMS);
		for (final String storage : ConformanceViews.STORAGES) {
			final RandomAccessibleInterval<UnsignedByteType> view = ConformanceViews.of(storage, array);
			final StridedRows strided = StridedRows.of(view, PixelKind.UINT8);
			if (storage.equals("cell")) assertNull(strided, "a CellImg is left to the library");
			else {
				assertNotNull(strided, storage);
				assertRunsCopyTheView(strided, view, PixelKind.UINT8, storage);
				assertFalse(PixelBlocks.of(view).readsThroughLibrary(), storage + " is read in strides");
			}
		}
	}

	@Test
	void rowsAcrossThePlanesOfAPlanarImgAreLeftToTheLibraryWithTheSameValues() {
		final Img<UnsignedByteType> array = TestImages.random(PixelKind.UINT8, 23, 250, 9, 7, 5);
		final RandomAccessibleInterval<UnsignedByteType> planar = ConformanceViews.of("planar", array);
		final RandomAccessibleInterval<UnsignedByteType> zAlongX = Views.permute(planar, 0, 2);
		assertNull(StridedRows.of(zAlongX, PixelKind.UINT8), "a row along Z crosses planes");
		final PixelBlocks blocks = PixelBlocks.of(zAlongX);
		assertTrue(blocks.readsThroughLibrary());
		final byte[] copied = new byte[(int) blocks.size()];
		blocks.copyStored(copied);
		assertArrayEquals(TestImages.values(zAlongX), values(copied, PixelKind.UINT8), "planar with Z along X");
		// NB: the same view of an ArrayImg is one array: addressed in strides
		final RandomAccessibleInterval<UnsignedByteType> arrayZAlongX = Views.permute(array, 0, 2);
		assertNotNull(StridedRows.of(arrayZAlongX, PixelKind.UINT8));
		assertRunsCopyTheView(StridedRows.of(arrayZAlongX, PixelKind.UINT8), arrayZAlongX, PixelKind.UINT8, "array Z along X");
	}

	@Test
	void otherContainersOtherViewsAndStorageOfAnotherKindAreDeclined() {
		final Img<UnsignedByteType> array = TestImages.random(PixelKind.UINT8, 24, 250, 9, 7);
		assertNull(StridedRows.of(ConformanceViews.of("cell", array), PixelKind.UINT8), "CellImg");
		assertNull(StridedRows.of(Views.subsample(array, 2), PixelKind.UINT8), "subsampled view");
		assertNull(StridedRows.of(Views.interval(Views.extendZero(array), new long[] { -1, -1 }, new long[] { 9, 7 }),
			PixelKind.UINT8), "extended view");
		assertNull(StridedRows.of(Views.interval(array, new long[] { 0, 0 }, new long[] { 9, 6 }), PixelKind.UINT8),
			"a view reaching outside its image");
		assertNull(StridedRows.of(Views.interval(Views.offset((RandomAccessible<UnsignedByteType>) array, 1, 0),
			new FinalInterval(9, 7)), PixelKind.UINT8), "a box reaching outside its image");
		assertNull(StridedRows.of(array, PixelKind.UINT16), "storage of another kind");
		assertNull(StridedRows.of(ArrayImgs.unsignedShorts(4, 4), PixelKind.UINT8), "storage of another kind");
	}

	@Test
	void copiesOfViewsReadInStridesHoldTheViewInEveryKindTheyConvertTo() {
		final Img<UnsignedByteType> array = TestImages.random(PixelKind.UINT8, 25, 250, DIMS);
		for (final Map.Entry<String, RandomAccessibleInterval<UnsignedByteType>> view : views(array).entrySet())
			for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.FLOAT32 }) {
				assertArrayEquals(TestImages.values(view.getValue()), TestImages.values(Copies.of(view.getValue(), kind)),
					view.getKey() + " to " + kind);
				assertArrayEquals(TestImages.values(view.getValue()), TestImages.values(Copies.inTiles(view.getValue(), kind)),
					view.getKey() + " to " + kind + " in tiles");
			}
	}

	/** The views the transforms make, and chains of them. */
	private static <T> Map<String, RandomAccessibleInterval<T>> views(final RandomAccessibleInterval<T> image) {
		final long w = image.dimension(0);
		final long h = image.dimension(1);
		final Map<String, RandomAccessibleInterval<T>> views = new LinkedHashMap<>();
		views.put("itself", image);
		views.put("translated", Views.translate(image, 3, -2, 7));
		views.put("cropped", Views.interval(image, new long[] { 5, 3, 1 }, new long[] { w - 7, h - 4, 2 }));
		// NB: only translations: the views' own shortcut (a block's box is cut so)
		views.put("a box cut from its origin", Views.interval(Views.offset((RandomAccessible<T>) image, 4, 2, 1),
			new FinalInterval(w - 9, h - 5, 2)));
		views.put("translated twice, cropped, zero-min", Views.zeroMin(Views.interval(Views.translate(Views.translate(image,
			5, 0, -1), -2, 3, 0), new long[] { 6, 4, -1 }, new long[] { w, h, 0 })));
		views.put("permuted", Views.permute(image, 0, 1));
		views.put("inverted in X", Views.invertAxis(image, 0));
		views.put("inverted in X, Y and Z", Views.invertAxis(Views.invertAxis(Views.invertAxis(image, 0), 1), 2));
		views.put("turned once", Views.zeroMin(Views.rotate(image, 0, 1)));
		views.put("turned three times", Views.zeroMin(Views.rotate(Views.zeroMin(Views.rotate(Views.zeroMin(Views.rotate(
			image, 0, 1)), 0, 1)), 0, 1)));
		views.put("sliced across Y", Views.hyperSlice(image, 1, 4));
		views.put("sliced across X", Views.hyperSlice(image, 0, 17));
		views.put("sliced across Z", Views.hyperSlice(image, 2, 1));
		views.put("cropped, turned and flipped", Views.invertAxis(Views.zeroMin(Views.rotate(Views.interval(image,
			new long[] { 10, 2, 0 }, new long[] { w - 3, h - 2, 1 }), 0, 1)), 2));
		return views;
	}

	/** Runs of the view from every kind of start, copied in strides, against a per-pixel walk of the view. */
	private static void assertRunsCopyTheView(final StridedRows strided, final RandomAccessibleInterval<?> view,
		final PixelKind kind, final String what)
	{
		@SuppressWarnings("unchecked")
		final double[] expected = TestImages.values((RandomAccessibleInterval<? extends RealType<?>>) view);
		final long size = Intervals.numElements(view);
		final long width = view.dimension(0);
		final PixelArrays arrays = PixelArrays.of(kind);
		final long[][] runs = { { 0, size }, { 1, size - 1 }, { width - 1, 2 }, { 3, 16 * width + 5 }, { width, 17 * width },
			{ size - width - 3, width + 3 } };
		for (final long[] run : runs) {
			final long from = Math.max(0, Math.min(run[0], size - 1));
			final long n = Math.min(run[1], size - from);
			final Object copied = arrays.allocate((int) n + 2);
			strided.copy(from, n, copied, 1);
			final double[] read = values(copied, kind);
			final double[] want = new double[(int) n + 2];
			System.arraycopy(expected, (int) from, want, 1, (int) n);
			assertArrayEquals(want, read, what + ": pixels " + from + " .. " + (from + n - 1) + " and nothing around them");
		}
	}

	private static double[] values(final Object stored, final PixelKind kind) {
		final int n = java.lang.reflect.Array.getLength(stored);
		final double[] values = new double[n];
		PixelArrays.of(kind).toDoubles(stored, 0, values, 0, n);
		return values;
	}
}
