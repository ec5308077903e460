package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference's fast paths on images large enough to take them: more
 * pixels than the backend's threading threshold (64 Ki), several storage
 * blocks (4096 values) and projection blocks (2048 output pixels), with NaN
 * also on both sides of every storage block edge, each result against the
 * brute-force oracle of the op's non-finite rule. The conformance kit's small
 * images cannot reach these paths.
 */
class NonFiniteFastPathTest {

	private static final long[] LARGE_2D = { 300, 220 };
	private static final long[] LARGE_3D = { 64, 48, 24 };
	private static final int BLOCK = 4096;

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	@ParameterizedTest
	@EnumSource(NonFinitePattern.class)
	void reductionsAndWindowsOfLargeImagesFollowTheRule(final NonFinitePattern pattern) {
		final List<String> broken = new ArrayList<>();
		for (final long[] dims : Arrays.asList(LARGE_2D, LARGE_3D)) {
			check(broken, "filter.median", dims, pattern, "radius", 1, "shape", "box");
			check(broken, "filter.median", dims, pattern, "radius", 2, "shape", "sphere");
			check(broken, "filter.max", dims, pattern, "radius", 2, "shape", "box");
			check(broken, "filter.min", dims, pattern, "radius", 2, "shape", "sphere");
			check(broken, "filter.tophat", dims, pattern, "radius", 1, "shape", "box");
			check(broken, "filter.mean", dims, pattern, "radius", 2, "shape", "box");
			check(broken, "filter.mean", dims, pattern, "radius", 1, "shape", "sphere");
			check(broken, "filter.variance", dims, pattern, "radius", 1, "shape", "box");
			for (final String axis : dims.length == 2 ? new String[] { "x", "y" } : new String[] { "x", "y", "z" })
				for (final String op : new String[] { "project.max", "project.min", "project.sum", "project.mean" })
					check(broken, op, dims, pattern, "axis", axis);
			check(broken, "measure.stats", dims, pattern);
			check(broken, "threshold.auto", dims, pattern, "method", "Otsu");
			check(broken, "convert.type", dims, pattern, "target", "uint8", "scale", true);
		}
		assertTrue(broken.isEmpty(), String.join("\n", broken));
	}

	private static void check(final List<String> broken, final String opId, final long[] dims,
		final NonFinitePattern pattern, final Object... keysAndValues)
	{
		final Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2)
			params.put((String) keysAndValues[i], keysAndValues[i + 1]);
		final Op op = op(opId);
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = ConformanceCases.nonFiniteInputs(op, pattern, dims);
		@SuppressWarnings("unchecked")
		final Img<FloatType> image = (Img<FloatType>) inputs.get(0);
		nanAtBlockEdges(image);
		final ConformanceCase c = new ConformanceCase(op, pattern.description() + " and at block edges", params, inputs, pattern);
		final Object actual = context.dispatch().op(opId).inputs(c.inputArray()).set(params).on(Backends.REFERENCE)
			.run();
		final ResultComparison r = ResultComparison.compare(op, params, Oracles.expected(c),
			actual, c.inputScale());
		if (!r.agrees()) broken.add(c.name() + ": " + r);
	}

	/** NaN at the last value of every storage block and at the first of the next. */
	private static void nanAtBlockEdges(final Img<FloatType> image) {
		int i = 0;
		for (final FloatType t : image) {
			if (i % BLOCK == BLOCK - 1 || i > 0 && i % BLOCK == 0) t.set(Float.NaN);
			i++;
		}
	}

	private static Op op(final String id) {
		for (final Op op : context.dispatch().ops())
			if (op.id().equals(id)) return op;
		throw new IllegalArgumentException("no op " + id);
	}
}
