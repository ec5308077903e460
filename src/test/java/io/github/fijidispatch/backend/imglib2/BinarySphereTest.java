package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.util.Intervals;

import org.junit.jupiter.api.Test;

/**
 * {@link BinarySphere} against the grey-scale minimum and maximum
 * ({@link NeighbourhoodExtremum}) of the same 0/255 mask, for ellipsoids and boxes whose
 * radii reach past the image.
 */
class BinarySphereTest {

	@Test
	void binaryRunsMatchGreyScaleExtremaForAnyRadius() {
		final int[][] sizes = { { 1, 9 }, { 6, 4 }, { 13, 5, 4 }, { 3, 7, 2 } };
		final Random random = new Random(13);
		for (final int[] size : sizes)
			for (int trial = 0; trial < 12; trial++) {
				final int[] radii = new int[size.length];
				for (int d = 0; d < size.length; d++)
					radii[d] = random.nextInt(size[d] + 3);
				final byte[] values = new byte[(int) Intervals.numElements(size)];
				for (int i = 0; i < values.length; i++)
					values[i] = random.nextInt(4) == 0 ? 0 : (byte) 255;
				final long[] dims = Arrays.stream(size).asLongStream().toArray();
				for (final Neighbourhood nb : new Neighbourhood[] { Neighbourhood.sphere(radii), Neighbourhood.box(radii) })
					for (final NeighbourhoodExtremum extremum : NeighbourhoodExtremum.values()) {
						final BinaryVolume mask = BinaryVolume.of(ArrayImgs.unsignedBytes(values.clone(), dims), (byte) 255, (byte) 0);
						final byte[] actual = new BinarySphere(extremum == NeighbourhoodExtremum.MIN, nb).apply(mask).data();
						final FloatVolume volume = FloatVolume.copyOf(ArrayImgs.unsignedBytes(values.clone(), dims));
						final float[] grey = extremum.consume(volume, nb).data();
						final byte[] expected = new byte[grey.length];
						for (int i = 0; i < grey.length; i++)
							expected[i] = (byte) (int) grey[i];
						assertArrayEquals(expected, actual, extremum + " " + nb + " on " + Arrays.toString(size));
					}
			}
	}
}
