package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.backend.clij2.Clij2Assumptions;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.Candidate;
import io.github.fijidispatch.dispatch.CandidateStatus;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Beyond device memory, on PoCL with the real clij2 backend: with a device budget smaller than a call needs, every
 * op that has a block plan runs on clij2 tile by tile, in 2D and 3D, and equals the untiled reference (imglib2)
 * within the op's tolerance (exact where exact, labels numbered alike); what {@code explain} says (tiled, how many
 * tiles) is what the run's record says; scale and a scaling conversion tile too.
 */
class DeviceTilingTest extends AbstractBlockTest {

	/**
	 * The budgets tried, as shares of what the whole call needs: the first whose tiles fit the op's halo is used
	 * (few tiles each: every tile is a device call, and PoCL compiles a kernel per tile size).
	 */
	private static final double[] SHARES = { 0.6, 0.9 };

	@AfterEach
	void deviceLimits() {
		dispatch.settings().setDeviceBudget(DispatchSettings.DEVICE_LIMITS);
	}

	@TestFactory
	Stream<DynamicTest> everyOpWithAPlanTiledOnTheDeviceEqualsTheReference() {
		Clij2Assumptions.requireDevice(dispatch);
		final List<DynamicTest> tests = new ArrayList<>();
		int planned = 0;
		for (final Op op : dispatch.ops()) {
			for (final int dims : new int[] { 2, 3 }) {
				final ConformanceCase c = plannedClij2Case(op, dims);
				if (c == null) continue;
				planned++;
				tests.add(DynamicTest.dynamicTest(op.id() + " " + dims + "D", () -> {
					final Object reference = call(c, "imglib2").run();
					final Decision decision = tiledDecision(c);
					if (decision == null) fail(c.name() + ": no tiles fit: " + explainAt(c, SHARES[SHARES.length - 1]).reasons());
					final Object result = call(c, "clij2").run();
					final CallRecord record = dispatch.trace().last();
					assertEquals("clij2", record.backendId(), c.name());
					assertEquals(decision.tiles(), record.tiles(), c.name() + ": explain said " + decision.describe());
					BlockEngineTest.assertAgrees(c, reference, result, decision.tiling().blockSize());
				}));
			}
		}
		assertTrue(planned > 40, "cases with a plan that clij2 runs: " + planned);
		return tests.stream();
	}

	/**
	 * The plans of {@code transform.scale} (output blocks, each from its support) and a scaling
	 * {@code convert.type} (the global range, then the blocks) tile on the device under a budget of 60 % of the
	 * call: several tiles, and the result equals the untiled reference within the op's tolerance.
	 */
	@Test
	void scaleAndScalingConversionUnderABudgetAreTiled() {
		Clij2Assumptions.requireDevice(dispatch);
		final Object[][] calls = { { "transform.scale", new long[] { 61, 47 }, "factors", new double[] { 1.7, 0.45 },
			"interpolation", "linear" }, { "transform.scale", new long[] { 23, 19, 9 }, "factors", new double[] { 0.6, 2.3,
				1.5 }, "interpolation", "nearest" }, { "transform.scale", new long[] { 50, 40 }, "factors", new double[] {
					0.5 }, "interpolation", "linear" }, { "convert.type", new long[] { 61, 47 }, "target", "uint8", "scale",
						true }, { "convert.type", new long[] { 23, 19, 9 }, "target", "uint16", "scale", true } };
		for (final Object[] spec : calls) {
			final RandomAccessibleInterval<?> image = BlockImagesForTests.floats(11, 0, (long[]) spec[1]);
			final java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
			params.put((String) spec[2], spec[3]);
			params.put((String) spec[4], spec[5]);
			final String name = spec[0] + " " + params + " on " + HostImages.describe(image);
			final Object reference = dispatch.op((String) spec[0]).input(image).set(params).on("imglib2").run();
			final Op op = dispatch.opDefinition((String) spec[0]);
			final Support whole = dispatch.implementation(op.id(), "clij2").supports(new OpCall(op, op.resolve(params),
				java.util.Collections.singletonList(image), java.util.Collections.singletonList(HostImages.describe(image)),
				1), dispatch.backend("clij2"));
			assertTrue(whole.isTooLarge(), name + ": " + whole);
			dispatch.settings().setDeviceBudget(Math.max(1, (long) (0.6 / whole.fitFraction())));
			final Decision decision = dispatch.op(op.id()).input(image).set(params).on("clij2").explain();
			assertTrue(decision.isRunnable() && decision.tiles() > 1, name + ": " + decision.describe());
			final Object tiled = dispatch.op(op.id()).input(image).set(params).on("clij2").run();
			final CallRecord record = dispatch.trace().last();
			assertEquals("clij2", record.backendId(), name);
			assertEquals(decision.tiles(), record.tiles(), name + ": explain said " + decision.describe());
			final io.github.fijidispatch.conformance.ResultComparison verdict = io.github.fijidispatch.conformance.ResultComparison
				.compare(op.tolerance().forCall(op.resolve(params)), reference, tiled, io.github.fijidispatch.conformance.ConformanceImages
					.scale(op.inputNames(), java.util.Collections.singletonList(image)));
			assertTrue(verdict.agrees(), name + " in " + decision.tiles() + " tiles: " + verdict);
			dispatch.settings().setDeviceBudget(DispatchSettings.DEVICE_LIMITS);
		}
	}

	@Test
	void autoPricesATiledCandidateByItsTilesAndStillRunsWhereCheapest() {
		Clij2Assumptions.requireDevice(dispatch);
		final RandomAccessibleInterval<?> image = ArrayImgs.floats(96, 80);
		dispatch.settings().setDeviceBudget(16 * 1024);
		final OpRequest gauss = dispatch.op("filter.gauss").input(image).set("sigma", 1);
		final Decision decision = gauss.explain();
		final Candidate clij2 = decision.candidate("clij2");
		assertNotNull(clij2.tiling(), decision.describe());
		assertTrue(clij2.tiles() >= 2 && clij2.predictedMillis() > 0, decision.describe());
		assertTrue(clij2.toString().contains("tiled into " + clij2.tiles() + " tiles"), clij2.toString());
		gauss.run();
		final CallRecord record = dispatch.trace().last();
		assertEquals(decision.chosen(), record.backendId());
		assertEquals(decision.tiles(), record.tiles());
	}

	// -- Helper methods --

	private static OpRequest call(final ConformanceCase c, final String backend) {
		return dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on(backend);
	}

	/** Whether clij2 runs the case whole without a budget (pixel kinds, the op's own limits). */
	private static boolean runsWholeOnClij2(final ConformanceCase c) {
		dispatch.settings().setDeviceBudget(DispatchSettings.DEVICE_LIMITS);
		return call(c, "clij2").explain().isRunnable();
	}

	/** The op's first kit case of {@code dims} dimensions that has a plan and that clij2 runs whole, or {@code null}. */
	private static ConformanceCase plannedClij2Case(final Op op, final int dims) {
		for (final ConformanceCase c : BlockEngineTest.casesOf(op))
			if (c.inputs().get(0).numDimensions() == dims && new BlockEngine(dispatch).plan(call(c, "imglib2"))
				.kind() != BlockPlan.Kind.NOT_PLANNED && runsWholeOnClij2(c)) return c;
		return null;
	}

	/** The decision of the case tiled on clij2 under the first budget share whose tiles fit, or {@code null}. */
	private static Decision tiledDecision(final ConformanceCase c) {
		for (final double share : SHARES) {
			final Decision d = explainAt(c, share);
			if (d.isRunnable() && d.tiles() > 0) return d;
		}
		return null;
	}

	/** The clij2 decision with the budget at {@code share} of the bytes the whole call needs on the device. */
	private static Decision explainAt(final ConformanceCase c, final double share) {
		dispatch.settings().setDeviceBudget(Math.max(1, (long) (share * deviceBytes(c))));
		return call(c, "clij2").explain();
	}

	/** The bytes the whole call needs on clij2, from the too-large answer under a budget of one byte. */
	private static long deviceBytes(final ConformanceCase c) {
		final Op op = c.op();
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<?> in : c.inputs())
			infos.add(HostImages.describe(in));
		final Backend clij2 = dispatch.backend("clij2");
		final OpImplementation impl = dispatch.implementation(op.id(), "clij2");
		final Support s = impl.supports(new OpCall(op, op.resolve(c.params()), c.inputs(), infos, 1), clij2);
		assertTrue(s.isTooLarge(), c.name() + ": " + s);
		return Math.round(1 / s.fitFraction());
	}
}
