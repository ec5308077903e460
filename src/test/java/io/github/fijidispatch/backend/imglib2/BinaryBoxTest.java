package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

/**
 * {@link BinaryBox} against a brute-force clamp-to-edge box, including radii
 * as long as the image or longer and axes of length 1, where every window is
 * clipped at both ends.
 */
class BinaryBoxTest {

	@Test
	void erosionAndDilationMatchBruteForceForAnyRadius() {
		final int[][] sizes = { { 1, 9 }, { 5, 1 }, { 6, 4 }, { 13, 3, 4 }, { 2, 7, 3 } };
		final Random random = new Random(11);
		for (final int[] size : sizes)
			for (int trial = 0; trial < 20; trial++) {
				final int[] radii = new int[size.length];
				for (int d = 0; d < size.length; d++)
					radii[d] = random.nextInt(size[d] + 3);
				final byte[] values = new byte[(int) net.imglib2.util.Intervals.numElements(size)];
				for (int i = 0; i < values.length; i++)
					values[i] = random.nextInt(5) == 0 ? 0 : (byte) 255;
				for (final boolean erode : new boolean[] { true, false }) {
					final long[] dims = Arrays.stream(size).asLongStream().toArray();
					final BinaryVolume mask = BinaryVolume.of(ArrayImgs.unsignedBytes(values.clone(), dims), (byte) 255, (byte) 0);
					final byte[] actual = new BinaryBox(erode, radii, (byte) 255, (byte) 0).consume(mask).data();
					assertArrayEquals(bruteForce(values, size, radii, erode), actual, (erode ? "erode " : "dilate ") + Arrays
						.toString(size) + " r " + Arrays.toString(radii));
				}
			}
	}

	private static byte[] bruteForce(final byte[] in, final int[] size, final int[] radii, final boolean erode) {
		final byte[] out = new byte[in.length];
		final int[] p = new int[size.length];
		final int[] q = new int[size.length];
		for (int i = 0; i < in.length; i++) {
			locate(i, size, p);
			boolean all = true;
			boolean any = false;
			for (int j = 0; j < in.length; j++) {
				locate(j, size, q);
				boolean inside = true;
				for (int d = 0; d < size.length; d++)
					inside &= Math.abs(p[d] - q[d]) <= radii[d];
				if (!inside) continue;
				all &= in[j] != 0;
				any |= in[j] != 0;
			}
			out[i] = (erode ? all : any) ? (byte) 255 : 0;
		}
		return out;
	}

	private static void locate(final int index, final int[] size, final int[] position) {
		int rest = index;
		for (int d = 0; d < size.length; d++) {
			position[d] = rest % size[d];
			rest /= size[d];
		}
	}
}
