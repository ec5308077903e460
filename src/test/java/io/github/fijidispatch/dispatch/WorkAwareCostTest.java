package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.clij2.Clij2Gauss;
import io.github.fijidispatch.backend.clij2.Clij2Min;
import io.github.fijidispatch.backend.clij2.Clij2Open;
import io.github.fijidispatch.backend.imglib2.Imglib2Gauss;
import io.github.fijidispatch.backend.imglib2.Imglib2Min;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.MinOp;
import io.github.fijidispatch.op.morphology.OpenOp;

import org.junit.jupiter.api.Test;

/**
 * Work-aware cost on synthetic timings: implementations state the work of a
 * call, the calibrated model learns a time per unit of work, so a change of
 * radius changes the prediction of a brute-force kernel and not of an
 * algorithm whose cost does not grow with the radius.
 */
class WorkAwareCostTest {

	private static final Backend DEVICE = new KindBackend("device", DeviceKind.GPU);
	private static final Backend CPU = new KindBackend("cpu", DeviceKind.HOST_CPU);
	private static final OpImplementation BRUTE_FORCE = new Clij2Min();
	private static final OpImplementation CONSTANT_PER_PIXEL = new Imglib2Min();

	@Test
	void implementationsStateTheirWork() {
		final OpCall r1 = call(new MinOp(), 1, 100, 100);
		final OpCall r10 = call(new MinOp(), 10, 100, 100);
		assertEquals(10_000L * 9, BRUTE_FORCE.work(r1), "brute force: pixels × 3×3");
		assertEquals(10_000L * 21 * 21, BRUTE_FORCE.work(r10), "brute force: pixels × 21×21");
		assertEquals(10_000L, CONSTANT_PER_PIXEL.work(r10), "the default: pixels");
		assertEquals(10_000L * 9 * 2, new Clij2Open().work(call(new OpenOp(), 1, 100, 100)), "two passes");
		final OpCall blur = gauss(2.0, 100, 100);
		final long window = 2 * GaussOp.radius(2.0) + 1;
		assertEquals(10_000L * 2 * window, new Clij2Gauss().work(blur), "separable: pixels × (sum of window lengths)");
		assertEquals(new Clij2Gauss().work(blur), new Imglib2Gauss().work(blur));
	}

	@Test
	void radiusOneAndRadiusTenChooseDifferentlyWhenTheTimingsSaySo() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall r1 = call(new MinOp(), 1, 1024, 1024);
		final OpCall r10 = call(new MinOp(), 10, 1024, 1024);
		// measured at radius 1: the device 1 ms, the CPU 2 ms (each after a cold first call of the same time)
		observeTwice(model, r1, DEVICE, BRUTE_FORCE, 1_000_000L);
		observeTwice(model, r1, CPU, CONSTANT_PER_PIXEL, 2_000_000L);
		assertEquals(1, predict(model, r1, DEVICE, BRUTE_FORCE), 1e-9);
		assertEquals(2, predict(model, r1, CPU, CONSTANT_PER_PIXEL), 1e-9);
		// radius 10: the device's work grows 441/9 = 49 times, the CPU's not at all
		assertEquals(49, predict(model, r10, DEVICE, BRUTE_FORCE), 1e-9);
		assertEquals(2, predict(model, r10, CPU, CONSTANT_PER_PIXEL), 1e-9);
		assertTrue(model.predictMillis(r10, DEVICE, Double.NaN, 0, true) < 2,
			"keyed on size alone, the model would still send radius 10 to the device");
	}

	@Test
	void aMeasurementAtAnotherRadiusRefinesTheTimePerUnitOfWork() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall r1 = call(new MinOp(), 1, 1024, 1024);
		final OpCall r10 = call(new MinOp(), 10, 1024, 1024);
		observeTwice(model, r1, DEVICE, BRUTE_FORCE, 1_000_000L);
		// at radius 10 the device turns out cheaper per neighbour (memory reuse): 20 ms, not 49
		for (int i = 0; i < RecentMedian.CAPACITY; i++)
			model.observe(r10, DEVICE, BRUTE_FORCE.work(r10), 20_000_000L);
		assertEquals(20, predict(model, r10, DEVICE, BRUTE_FORCE), 1e-6, "recent measurements take over");
	}

	@Test
	void theVersionChangesWhenAnEstimateMovesAndNotOnNoise() {
		final CalibratedCostModel model = new CalibratedCostModel();
		final OpCall r1 = call(new MinOp(), 1, 1024, 1024);
		final long v0 = model.version();
		observeTwice(model, r1, DEVICE, BRUTE_FORCE, 1_000_000L);
		final long v1 = model.version();
		assertTrue(v1 != v0, "a first estimate is a change");
		for (int i = 0; i < 20; i++)
			model.observe(r1, DEVICE, BRUTE_FORCE.work(r1), i % 2 == 0 ? 1_020_000L : 980_000L);
		assertEquals(v1, model.version(), "±2 % noise is no change");
		for (int i = 0; i < RecentMedian.CAPACITY; i++)
			model.observe(r1, DEVICE, BRUTE_FORCE.work(r1), 3_000_000L);
		assertTrue(model.version() != v1, "a threefold slowdown is");
		assertEquals(0, new PriorCostModel().version(), "priors never change");
	}

	// -- Helpers --

	private static void observeTwice(final CalibratedCostModel model, final OpCall call, final Backend b,
		final OpImplementation impl, final long nanos)
	{
		model.observe(call, b, impl.work(call), nanos);
		model.observe(call, b, impl.work(call), nanos);
	}

	private static double predict(final CalibratedCostModel model, final OpCall call, final Backend b,
		final OpImplementation impl)
	{
		return model.predictMillis(call, b, impl.work(call), Double.NaN, 0, true);
	}

	private static OpCall call(final Op op, final int radius, final long... dims) {
		final Map<String, Object> params = new LinkedHashMap<>();
		params.put("radius", radius);
		return new OpCall(op, op.resolve(params), Collections.singletonList(new Object()),
			Collections.singletonList(new ImageInfo(dims, PixelKind.FLOAT32)));
	}

	private static OpCall gauss(final double sigma, final long... dims) {
		final Op op = new GaussOp();
		return new OpCall(op, op.resolve(Collections.singletonMap("sigma", sigma)), Collections.singletonList(new Object()),
			Collections.singletonList(new ImageInfo(dims, PixelKind.FLOAT32)));
	}
}
