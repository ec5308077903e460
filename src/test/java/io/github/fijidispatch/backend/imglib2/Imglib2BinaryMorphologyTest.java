package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import io.github.fijidispatch.conformance.Grid;
import io.github.fijidispatch.conformance.WindowOracle;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.morphology.CloseOp;
import io.github.fijidispatch.op.morphology.DilateOp;
import io.github.fijidispatch.op.morphology.ErodeOp;
import io.github.fijidispatch.op.morphology.OpenOp;
import io.github.fijidispatch.testing.ScijavaContext;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * morphology.erode/dilate/open/close against brute-force "all / any
 * foreground in the clamped neighbourhood", on random masks whose foreground
 * is any non-zero value of the input type; plus open ⊆ mask ⊆ close.
 */
class Imglib2BinaryMorphologyTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void morphologyMatchesBruteForce(final PixelKind kind) {
		final long[][] sizes = { { 15, 12 }, { 9, 8, 7 } };
		for (final long[] size : sizes)
			for (final String shape : new String[] { "box", "sphere" })
				for (final int[] radii : size.length == 2 ? new int[][] { { 1, 1 }, { 3, 2 } } : new int[][] { { 1, 1, 1 },
					{ 2, 1, 2 } })
				{
					final Img<?> img = randomMask(kind, size);
					final Grid in = Grid.of(img);
					final WindowOracle oracle = new WindowOracle(radii, shape.equals("sphere"));
					final Grid eroded = oracle.apply(in, WindowOracle::erode);
					final Grid dilated = oracle.apply(in, WindowOracle::dilate);
					final String what = kind + " " + Arrays.toString(size) + " " + shape + " " + Arrays.toString(radii);
					assertArrayEquals(eroded.values, run(ErodeOp.ID, img, shape, radii), 0, "erode " + what);
					assertArrayEquals(dilated.values, run(DilateOp.ID, img, shape, radii), 0, "dilate " + what);
					assertArrayEquals(oracle.apply(eroded, WindowOracle::dilate).values, run(OpenOp.ID, img, shape, radii), 0,
						"open " + what);
					assertArrayEquals(oracle.apply(dilated, WindowOracle::erode).values, run(CloseOp.ID, img, shape, radii), 0,
						"close " + what);
				}
	}

	@Test
	void openingIsInsideTheMaskAndClosingContainsIt() {
		final Img<?> img = randomMask(PixelKind.UINT8, new long[] { 40, 30, 5 });
		final double[] in = FilterTestImages.values(img);
		final double[] opened = run(OpenOp.ID, img, "sphere", new int[] { 2, 2, 1 });
		final double[] closed = run(CloseOp.ID, img, "sphere", new int[] { 2, 2, 1 });
		for (int i = 0; i < in.length; i++) {
			final boolean fg = in[i] != 0;
			assertTrue(opened[i] == 0 || fg, "open adds pixel " + i);
			assertTrue(closed[i] == 255 || !fg, "close removes pixel " + i);
		}
	}

	@Test
	void edgeClampsToTheNeighbour() {
		// a foreground column on the left edge survives erosion along X: outside counts as the edge pixel
		final double[] v = { 9, 0, 0, 9, 0, 0, 9, 0, 0 };
		final Img<?> img = FilterTestImages.image(PixelKind.FLOAT32, v, 3, 3);
		assertArrayEquals(new double[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, run(ErodeOp.ID, img, "box", new int[] { 1, 0 }), 0);
		final double[] column = { 9, 0, 9, 0, 9, 0 };
		assertArrayEquals(new double[] { 255, 0, 255, 0, 255, 0 }, run(ErodeOp.ID, FilterTestImages.image(PixelKind.FLOAT32,
			column, 2, 3), "box", new int[] { 0, 1 }), 0);
	}

	private static Img<?> randomMask(final PixelKind kind, final long[] size) {
		long count = 1;
		for (final long s : size)
			count *= s;
		final Random random = new Random(count);
		final double[] v = new double[(int) count];
		// NB: foreground values vary (any non-zero counts); about 2/3 foreground
		for (int i = 0; i < v.length; i++)
			v[i] = random.nextInt(3) == 0 ? 0 : kind == PixelKind.FLOAT32 ? -0.5 + random.nextInt(2) : 1 + random.nextInt(
				200);
		return FilterTestImages.image(kind, v, size);
	}

	private static double[] run(final String op, final Img<?> img, final String shape, final int[] radii) {
		final RandomAccessibleInterval<?> out = context.dispatch().op(op).input(img).set("shape", shape)
			.set("radius", radii).on(
			Imglib2Backend.ID).runImage();
		assertEquals(PixelKind.UINT8, io.github.fijidispatch.backend.HostImages.describe(out).kind());
		return FilterTestImages.values(out);
	}
}
