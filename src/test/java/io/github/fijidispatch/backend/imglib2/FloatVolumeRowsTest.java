package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.cell.CellImgFactory;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.img.planar.PlanarImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * {@link FloatVolume#filterRowsOf}, the X pass read where the rows are stored, gives what the pass over a float copy
 * gives ({@link FloatVolume#copyOf} then {@link FloatVolume#filterAlong(int, int, FloatVolume.LineFilter, int, int)}),
 * bit for bit: for every kind of storage it reads (an array image's box, a planar image, rows striding through the
 * storage, a cell image through PrimitiveBlocks), every range of a row, and radii longer than the row. A
 * {@link RowSweep} of the image likewise equals the sweep of its float copy.
 */
class FloatVolumeRowsTest {

	/** A filter that tells its taps apart, so a wrong pad value or offset changes the result. */
	private static final FloatVolume.LineFilter TAPS = (padded, out, length, width, batch) -> {
		final int r = (padded.length / batch - length) / 2;
		for (int j = 0; j < length; j++)
			out[j] = padded[j] + 2 * padded[j + r] + 3 * padded[j + 2 * r];
	};

	@Test
	void readingRowsWhereTheyAreStoredEqualsFilteringACopy() {
		for (final RandomAccessibleInterval<? extends RealType<?>> image : images())
			for (final int radius : new int[] { 0, 1, 3, 12 })
				for (final int[] range : ranges((int) image.dimension(0))) {
					final float[] expected = FloatVolume.copyOf(image).filterAlong(0, radius, TAPS, range[0], range[1]).data();
					final float[] actual = FloatVolume.filterRowsOf(image, radius, TAPS, range[0], range[1]).data();
					assertArrayEquals(expected, actual, image.getClass().getSimpleName() + " radius " + radius + " range " +
						Arrays.toString(range));
				}
	}

	/** A row filter that tells its runs and taps apart. */
	private static final class RunTaps implements RowSweep.RowFilter {

		@Override
		public void apply(final float[][] rows, final int length, final int pad, final float[] out) {
			for (int x = 0; x < length; x++) {
				float v = 0;
				for (int k = 0; k < rows.length; k++)
					v += (k + 1) * (rows[k][x] + 2 * rows[k][x + pad] + 3 * rows[k][x + 2 * pad]);
				out[x] = v;
			}
		}
	}

	@Test
	void aRowSweepReadingRowsWhereTheyAreStoredEqualsASweepOfACopy() {
		for (final RandomAccessibleInterval<? extends RealType<?>> image : images())
			for (final int radius : new int[] { 1, 2, 9 }) {
				final Neighbourhood nb = Neighbourhood.box(new int[] { radius, 1, radius / 2 });
				final float[] expected = RowSweep.run(FloatVolume.copyOf(image), nb, RunTaps::new).data();
				final float[] actual = RowSweep.run(image, nb, RunTaps::new).data();
				assertArrayEquals(expected, actual, image.getClass().getSimpleName() + " radius " + radius);
			}
	}

	@Test
	void aRangeOutsideTheRowIsRefused() {
		final ArrayImg<FloatType, FloatArray> image = ArrayImgs.floats(9, 4);
		assertThrows(IllegalArgumentException.class, () -> FloatVolume.filterRowsOf(image, 1, TAPS, 5, 5));
		assertThrows(IllegalArgumentException.class, () -> FloatVolume.filterRowsOf(image, 1, TAPS, -1, 3));
	}

	/** The whole row, its middle, its last pixel and its first. */
	private static int[][] ranges(final int width) {
		return new int[][] { { 0, width }, { 2, width - 4 }, { width - 1, 1 }, { 0, 1 } };
	}

	private static List<RandomAccessibleInterval<? extends RealType<?>>> images() {
		final Random random = new Random(11);
		final ArrayImg<FloatType, FloatArray> floats = ArrayImgs.floats(13, 7, 3);
		for (final FloatType t : floats)
			t.set(random.nextFloat() * 100 - 50);
		final PlanarImg<UnsignedShortType, ?> planar = PlanarImgs.unsignedShorts(9, 6, 4);
		for (final UnsignedShortType t : planar)
			t.set(random.nextInt(65536));
		final RandomAccessibleInterval<FloatType> cells = new CellImgFactory<>(new FloatType(), 4).create(9, 5, 3);
		LoopBuilder.setImages(Views.interval(floats, new long[] { 0, 0, 0 }, new long[] { 8, 4, 2 }), cells).forEachPixel(
			(s, t) -> t.set(s));
		return Arrays.asList(Views.zeroMin(Views.interval(floats, new long[] { 2, 1, 0 }, new long[] { 10, 5, 2 })),
			planar, Views.zeroMin(Views.interval(Views.permute(floats, 0, 1), new long[] { 0, 0, 0 }, new long[] { 6, 8,
				2 })), cells);
	}
}
