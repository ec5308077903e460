package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import io.github.fijidispatch.backend.clij2.Clij2Assumptions;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Blocks on the OpenCL backend (PoCL here): every block of the call runs on {@code clij2}, and the merged result
 * agrees with the whole-image reference within the op's tolerance — a local op, a global histogram and merged
 * moments, in 2D and 3D.
 */
class Clij2BlockwiseTest extends AbstractBlockTest {


	@ParameterizedTest(name = "{0} {1} on {2}D")
	@CsvSource({ "filter.gauss, sigma, 1.5, 2", "filter.gauss, sigma, 1.5, 3", "threshold.auto, method, Otsu, 2",
		"measure.stats, , , 3" })
	void blocksOnTheDeviceAgreeWithTheWholeImageReference(final String op, final String param, final String value,
		final int dims)
	{
		Clij2Assumptions.requireDevice(dispatch);
		final long[] size = dims == 2 ? new long[] { 40, 32 } : new long[] { 24, 20, 8 };
		final long[] block = dims == 2 ? new long[] { 16 } : new long[] { 10, 7, 5 };
		final RandomAccessibleInterval<? extends RealType<?>> image = ConformanceImages.random(PixelKind.FLOAT32, 5, size);
		final Map<String, Object> params = param == null ? Collections.emptyMap() : Collections.singletonMap(param,
			value);
		final Object reference = dispatch.op(op).input(image).set(params).on("imglib2").run();
		final Object blockwise = new BlockEngine(dispatch).run(dispatch.op(op).input(image).set(params).on("clij2"), block);
		final ResultComparison verdict = ResultComparison.compare(dispatch.opDefinition(op), params, reference, blockwise,
			ConformanceImages.scale(dispatch.opDefinition(op).inputNames(), Collections.singletonList(image)));
		assertTrue(verdict.agrees(), op + " by blocks of " + Arrays.toString(block) + " on clij2: " + verdict);
	}
}
