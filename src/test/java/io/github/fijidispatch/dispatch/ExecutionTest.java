package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testbackend.BrokenDownloadBackend;
import io.github.fijidispatch.testbackend.FakeDeviceBackend;
import io.github.fijidispatch.testbackend.FaultyBackends;
import io.github.fijidispatch.testbackend.TestBackends;
import io.github.fijidispatch.testbackend.TestContexts;
import io.github.fijidispatch.testbackend.WrongShapeBackend;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.scijava.Context;

/**
 * One attempt on one backend ({@link Execution}): what it leaves behind when
 * it fails, and what the cost model learns from it.
 */
class ExecutionTest {

	@Test
	void aFailingDownloadOfTheResultStillFreesItOnTheDevice() {
		final Context context = TestContexts.dispatch(BrokenDownloadBackend.plugins());
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final BrokenDownloadBackend device = (BrokenDownloadBackend) dispatch.backend(BrokenDownloadBackend.ID);
			final DispatchException named = assertThrows(DispatchException.class, () -> dispatch.op(GaussOp.ID)
				.input(ArrayImgs.floats(8, 6)).set("sigma", 1).on(BrokenDownloadBackend.ID).run());
			assertTrue(named.getMessage().contains(BrokenDownloadBackend.FAULT), named.getMessage());
			assertEquals(1, dispatch.trace().last().attempts().size(), "a named backend is never replaced");
			assertEquals(0, device.liveBuffers(), "the uploaded input and the result it could not download are freed");
			try (DispatchScope s = dispatch.prefer(BrokenDownloadBackend.ID, Backends.REFERENCE)) {
				dispatch.op(GaussOp.ID).input(ArrayImgs.floats(8, 6)).set("sigma", 1).run();
			}
			assertEquals(Backends.REFERENCE, dispatch.trace().last().backendId(), "fell back");
			assertEquals(0, device.liveBuffers(), "nothing left on the device after the fallback either");
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void aRejectedResultLeavesItsImplementationCold() {
		FaultyBackends.enable();
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			dispatch.settings().setMode(DispatchMode.AUTO);
			final WarmthSeen warmth = new WarmthSeen();
			dispatch.setCostModel(warmth);
			assertThrows(DispatchException.class, () -> dispatch.op(GaussOp.ID).input(ArrayImgs.floats(8, 6)).set("sigma", 1)
				.on(WrongShapeBackend.ID).run());
			dispatch.op(GaussOp.ID).input(ArrayImgs.floats(8, 6)).set("sigma", 1).on(Backends.REFERENCE).run();
			dispatch.op(GaussOp.ID).input(ArrayImgs.floats(8, 6)).set("sigma", 1).explain();
			assertEquals(Boolean.TRUE, warmth.warm.get(Backends.REFERENCE), "a result that passed its checks warms its implementation");
			assertEquals(Boolean.FALSE, warmth.warm.get(WrongShapeBackend.ID), "a result of the wrong shape does not");
			assertFalse(warmth.observed.containsKey(WrongShapeBackend.ID), "nor does the model learn its time");
		}
		finally {
			context.dispose();
			FaultyBackends.disable();
		}
	}

	@Test
	void everyTimedTransferOfAtLeastTheSampleSizeFeedsTheBandwidthEstimate() {
		TestBackends.enable();
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final CalibratedCostModel model = new CalibratedCostModel();
			dispatch.setCostModel(model);
			dispatch.op(GaussOp.ID).input(ArrayImgs.floats(4, 4)).set("sigma", 1).on(FakeDeviceBackend.ID).run();
			assertEquals(2, dispatch.trace().last().uploads() + dispatch.trace().last().downloads());
			assertFalse(model.isCalibrated(), "64-byte copies measure latency, not bandwidth: not taken");
			// 512 × 512 floats: 1 MiB each way
			dispatch.op(GaussOp.ID).input(ArrayImgs.floats(512, 512)).set("sigma", 1).on(FakeDeviceBackend.ID).run();
			final CallRecord record = dispatch.trace().last();
			assertEquals(1, record.uploads());
			assertEquals(1, record.downloads());
			assertTrue(model.isCalibrated());
			final double expected = 2 * 512 * 512 * 4 / (record.transferNanos() / 1e6);
			final double learnt = model.bytesPerMilli(FakeDeviceBackend.ID);
			assertTrue(learnt != PriorCostModel.BYTES_PER_MS && learnt > 0, "learnt " + learnt);
			// NB: the median of the two one-way rates lies between them; both lie within the whole round trip's rate and
			// the rates of each copy alone, so the learnt rate is at least the round trip's.
			assertTrue(learnt >= expected * 0.999, "learnt " + learnt + " B/ms, round trip " + expected + " B/ms");
		}
		finally {
			context.dispose();
			TestBackends.disable();
		}
	}

	/** A cost model that remembers, per backend, the warmth it was last told and whether it observed a call. */
	private static final class WarmthSeen implements CostModel {

		final Map<String, Boolean> warm = new ConcurrentHashMap<>();
		final Map<String, Long> observed = new ConcurrentHashMap<>();

		@Override
		public double predictMillis(final OpCall call, final Backend backend, final long work,
			final double implementationEstimate, final long transferBytes, final boolean isWarm)
		{
			warm.put(backend.id(), isWarm);
			return 1;
		}

		@Override
		public void observe(final OpCall call, final Backend backend, final long work, final long computeNanos) {
			observed.put(backend.id(), computeNanos);
		}
	}
}
