package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.label.ComponentsOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * label.components on clij2 runs without imglib2-ij and gives exactly the
 * reference's labels (the same partition and the same numbering: raster order
 * of each component's first pixel), on sparse and dense masks of every kind
 * the device holds, both connectivities, 2D and 3D, and on a serpentine (one long
 * component whose labels must travel far).
 */
class Clij2ComponentsTest {

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@Test
	void randomMasksGetTheReferenceLabels() {
		Clij2Assumptions.requireDevice(context.dispatch());
		long seed = 1;
		for (final long[] dims : new long[][] { { 67, 45 }, { 1, 40 }, { 40, 1 }, { 23, 19, 11 } })
			for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 })
				for (final double density : new double[] { 0.05, 0.5, 0.95 })
					for (final String connectivity : new String[] { "face", "full" })
						assertSameLabels(TestImages.mask(kind, seed++, density, dims), connectivity);
	}

	@Test
	void nanIsForeground() {
		Clij2Assumptions.requireDevice(context.dispatch());
		final Img<FloatType> mask = ArrayImgs.floats(new float[] { Float.NaN, 0, 1, Float.NaN, 0, 0, 0, 0, Float.NaN }, 3, 3);
		assertSameLabels(mask, "face");
		assertSameLabels(mask, "full");
	}

	@Test
	void aSerpentineIsOneComponent() {
		Clij2Assumptions.requireDevice(context.dispatch());
		final int size = 61;
		final float[] pixels = new float[size * size];
		// NB: full even rows joined at alternate ends: a path of ~size²/2 pixels whose far end is its last pixel
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++)
				pixels[y * size + x] = y % 2 == 0 || x == (y % 4 == 1 ? size - 1 : 0) ? 1 : 0;
		final Img<FloatType> mask = ArrayImgs.floats(pixels, size, size);
		assertSameLabels(mask, "face");
		assertSameLabels(mask, "full");
	}

	private static void assertSameLabels(final RandomAccessibleInterval<? extends RealType<?>> mask,
		final String connectivity)
	{
		final Object reference = context.dispatch().op(ComponentsOp.ID).input(mask).set("connectivity", connectivity).on("imglib2")
			.run();
		final Object actual = context.dispatch().op(ComponentsOp.ID).input(mask).set("connectivity", connectivity).on(
			Clij2Backend.ID).run();
		assertTrue(TestImages.samePixels((RandomAccessibleInterval<?>) reference, (RandomAccessibleInterval<?>) actual),
			"clij2 labels differ from the reference: " + java.util.Arrays.toString(net.imglib2.util.Intervals
				.dimensionsAsLongArray(mask)) + " " + connectivity);
	}
}
