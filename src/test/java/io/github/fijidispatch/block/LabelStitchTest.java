package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stitched labels equal whole-image labels, numbering included, on random masks of 5, 50 and 95 % foreground, with
 * face and full connectivity, in 2D and 3D, by blocks of 1 to 4 pixels per axis (so that components cross every
 * face, edge and corner of the grid); fill holes likewise.
 */
class LabelStitchTest extends AbstractBlockTest {

	private static final long[] SIZE_2D = { 29, 23 };
	private static final long[] SIZE_3D = { 13, 11, 9 };
	private static final long[][] BLOCKS = { { 1 }, { 2, 3, 2 }, { 4 } };


	@ParameterizedTest(name = "{0}D, {1} % foreground, {2}")
	@CsvSource({ "2, 0.05, face", "2, 0.5, face", "2, 0.95, face", "2, 0.05, full", "2, 0.5, full", "2, 0.95, full",
		"3, 0.05, face", "3, 0.5, face", "3, 0.95, face", "3, 0.05, full", "3, 0.5, full", "3, 0.95, full" })
	void stitchedLabelsEqualWholeImageLabels(final int dims, final double density, final String connectivity) {
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(dims, density);
		final Object whole = dispatch.op("label.components").input(mask).set("connectivity", connectivity).on("imglib2")
			.run();
		for (final long[] block : BLOCKS) {
			final Object stitched = new BlockEngine(dispatch).run(dispatch.op("label.components").input(mask).set(
				"connectivity", connectivity).on("imglib2"), block(block, dims));
			assertSame(whole, stitched, "label.components " + connectivity + " by blocks of " + Arrays.toString(block));
		}
	}

	@ParameterizedTest(name = "{0}D, {1} % foreground")
	@CsvSource({ "2, 0.05", "2, 0.5", "2, 0.7", "2, 0.95", "3, 0.05", "3, 0.5", "3, 0.7", "3, 0.95" })
	void stitchedFillHolesEqualsWholeImage(final int dims, final double density) {
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(dims, density);
		final Object whole = dispatch.op("morphology.fill_holes").input(mask).on("imglib2").run();
		for (final long[] block : BLOCKS) {
			final Object filled = new BlockEngine(dispatch).run(dispatch.op("morphology.fill_holes").input(mask).on(
				"imglib2"), block(block, dims));
			assertSame(whole, filled, "fill_holes by blocks of " + Arrays.toString(block));
		}
	}

	private static RandomAccessibleInterval<? extends RealType<?>> mask(final int dims, final double density) {
		return ConformanceImages.mask(PixelKind.UINT8, 31 + dims, density, dims == 2 ? SIZE_2D : SIZE_3D);
	}

	private static long[] block(final long[] block, final int dims) {
		return block.length == 1 ? block : Arrays.copyOf(block, dims);
	}

	private static void assertSame(final Object whole, final Object blockwise, final String what) {
		final ResultComparison verdict = ResultComparison.compare(Tolerance.EXACT, whole, blockwise, InputScale.of(255, 255));
		assertTrue(verdict.agrees(), what + ": " + verdict);
	}
}
