package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Interval;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * A float point op written by rows into a box of an output ({@link Imglib2PixelMath#mapRows}), the block engine's
 * halo-free path: boxes of whole planes and whole rows go in runs of several rows, other boxes row by row, and every
 * pixel of the box, and none outside it, gets the op's value of its own input pixel.
 */
class Imglib2PixelMathRowsTest {

	private static final long[] DIMS = { 7, 5, 4 };

	@Test
	void boxesOfWholePlanesRowsAndPartsOfRowsGetEveryPixelOnce() {
		check(new FinalInterval(new long[] { 0, 0, 1 }, new long[] { 6, 4, 2 }));
		check(new FinalInterval(new long[] { 0, 1, 0 }, new long[] { 6, 3, 3 }));
		check(new FinalInterval(new long[] { 2, 1, 1 }, new long[] { 5, 4, 3 }));
		check(new FinalInterval(new long[] { 0, 0, 0 }, new long[] { 6, 4, 3 }));
	}

	private static void check(final Interval box) {
		final ArrayImg<FloatType, FloatArray> input = ArrayImgs.floats(DIMS);
		final float[] in = input.update(null).getCurrentStorageArray();
		final Random random = new Random(box.min(0) * 31 + box.min(1) * 7 + box.min(2));
		for (int i = 0; i < in.length; i++)
			in[i] = random.nextFloat() * 100;
		final ArrayImg<FloatType, FloatArray> output = ArrayImgs.floats(DIMS);
		final float[] out = output.update(null).getCurrentStorageArray();
		java.util.Arrays.fill(out, -1f);
		final RandomAccessibleInterval<FloatType> source = Views.zeroMin(Views.interval(input, box));
		final RowWriter into = RowWriter.of(Views.zeroMin(Views.interval(output, box)), PixelKind.FLOAT32);
		Imglib2PixelMath.mapRows(source, PixelKind.FLOAT32, Imglib2PixelMath.Linear.plus(3.5), into);
		for (int z = 0, i = 0; z < DIMS[2]; z++)
			for (int y = 0; y < DIMS[1]; y++)
				for (int x = 0; x < DIMS[0]; x++, i++) {
					final boolean inside = x >= box.min(0) && x <= box.max(0) && y >= box.min(1) && y <= box.max(1) &&
						z >= box.min(2) && z <= box.max(2);
					assertEquals(inside ? in[i] + 3.5f : -1f, out[i], 0f, "pixel " + x + "," + y + "," + z + " of box " + box);
				}
	}
}
