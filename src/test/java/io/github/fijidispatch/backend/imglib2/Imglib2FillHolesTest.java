package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.testing.ScijavaContext;

import ij.process.ByteProcessor;
import ij.process.FloodFiller;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * morphology.fill_holes: a hand-drawn ring; 2D against ImageJ's 4-connected
 * {@link FloodFiller} from the border (as ImageJ's "Fill Holes"); 3D against a
 * fixed-point relaxation; and the invariant that no background pixel is left
 * unconnected to the border.
 */
class Imglib2FillHolesTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void ringIsFilledAndDiagonalLeakIsNot() {
		final double[] v = {
			0, 0, 0, 0, 0, 0,
			0, 1, 1, 1, 0, 0,
			0, 1, 0, 1, 0, 0,
			0, 1, 1, 1, 1, 0,
			0, 0, 0, 1, 0, 1,
			0, 0, 0, 0, 1, 0 };
		// (2,2) is enclosed; (4,4) is a hole too although the border background (5,5) touches it diagonally:
		// only faces connect background
		final double[] expected = {
			0, 0, 0, 0, 0, 0,
			0, 255, 255, 255, 0, 0,
			0, 255, 255, 255, 0, 0,
			0, 255, 255, 255, 255, 0,
			0, 0, 0, 255, 255, 255,
			0, 0, 0, 0, 255, 0 };
		assertArrayEquals(expected, fill(FilterTestImages.image(PixelKind.UINT8, v, 6, 6)), 0);
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void fill2DAgreesWithImageJFloodFiller(final PixelKind kind) {
		final int w = 41;
		final int h = 33;
		final double[] v = randomMask(w * h, 7);
		final ByteProcessor bp = new ByteProcessor(w, h);
		for (int i = 0; i < v.length; i++)
			bp.set(i, v[i] != 0 ? 255 : 0);
		final FloodFiller filler = new FloodFiller(bp);
		bp.setValue(127);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if ((x == 0 || y == 0 || x == w - 1 || y == h - 1) && bp.get(x, y) == 0) filler.fill(x, y);
		final double[] expected = new double[w * h];
		for (int i = 0; i < expected.length; i++)
			expected[i] = bp.get(i) == 127 ? 0 : 255;
		final double[] scaled = v.clone();
		for (int i = 0; i < scaled.length; i++)
			scaled[i] *= kind == PixelKind.FLOAT32 ? 0.25 : 3;
		assertArrayEquals(expected, fill(FilterTestImages.image(kind, scaled, w, h)), 0);
	}

	@Test
	void fill3DLeavesNoBackgroundUnconnectedToTheBorder() {
		final int[] d = { 12, 11, 10 };
		final double[] v = randomMask(d[0] * d[1] * d[2], 3);
		final double[] out = fill(FilterTestImages.image(PixelKind.UINT16, v, d[0], d[1], d[2]));
		// relaxation: background reached from the border, growing through faces until nothing changes
		final boolean[] reached = new boolean[v.length];
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int z = 0; z < d[2]; z++)
				for (int y = 0; y < d[1]; y++)
					for (int x = 0; x < d[0]; x++) {
						final int i = (z * d[1] + y) * d[0] + x;
						if (v[i] != 0 || reached[i]) continue;
						final boolean border = x == 0 || y == 0 || z == 0 || x == d[0] - 1 || y == d[1] - 1 || z == d[2] - 1;
						final boolean next = border || x > 0 && reached[i - 1] || x < d[0] - 1 && reached[i + 1] ||
							y > 0 && reached[i - d[0]] || y < d[1] - 1 && reached[i + d[0]] || z > 0 && reached[i - d[0] * d[1]] ||
							z < d[2] - 1 && reached[i + d[0] * d[1]];
						if (next) {
							reached[i] = true;
							changed = true;
						}
					}
		}
		int holes = 0;
		for (int i = 0; i < v.length; i++) {
			assertEquals(reached[i] ? 0 : 255, out[i], 0, "pixel " + i);
			if (v[i] == 0 && !reached[i]) holes++;
		}
		// NB: the random mask must actually have holes, or the test proves little
		assertEquals(true, holes > 0, "the test mask has holes");
	}

	private static double[] randomMask(final int count, final long seed) {
		final Random random = new Random(seed);
		final double[] v = new double[count];
		for (int i = 0; i < count; i++)
			v[i] = random.nextInt(10) < 6 ? 1 + random.nextInt(3) : 0;
		return v;
	}

	private static double[] fill(final Img<?> img) {
		final RandomAccessibleInterval<?> out = context.dispatch().op(FillHolesOp.ID).input(img).on(Imglib2Backend.ID)
			.runImage();
		assertEquals(PixelKind.UINT8, io.github.fijidispatch.backend.HostImages.describe(out).kind());
		return FilterTestImages.values(out);
	}
}
