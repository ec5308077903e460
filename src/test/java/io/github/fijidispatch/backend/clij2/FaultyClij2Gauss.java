package io.github.fijidispatch.backend.clij2;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.testbackend.TestContexts;

import org.scijava.Context;
import org.scijava.plugin.PluginInfo;

/**
 * {@code filter.gauss} on CLIJ2 that fails on request with a real OpenCL
 * error: after the real blur has written its output, it asks the same
 * {@link Clij2Workspace} for a zero-size buffer, which OpenCL refuses
 * ({@code CL_INVALID_BUFFER_SIZE}). The failure thus takes the production
 * path — session lock, workspace clean-up of the half-written output and the
 * temporaries, dispatch's release of the uploads and its fallback — with
 * nothing in the backend knowing about tests.
 * <p>
 * Deliberately not a {@code @Plugin}: {@link #context()} puts it in place of
 * {@link Clij2Gauss}, so that only the tests that ask for it meet it.
 * </p>
 */
public class FaultyClij2Gauss extends Clij2Gauss {

	private final AtomicInteger faults = new AtomicInteger();

	/** A dispatch context whose CLIJ2 Gaussian is this one. Dispose it after use. */
	static Context context() {
		return TestContexts.dispatch(Collections.<PluginInfo<?>> singletonList(new PluginInfo<>(FaultyClij2Gauss.class,
			OpImplementation.class)), Clij2Gauss.class);
	}

	/** The instance in {@code dispatch}'s registry (one made by {@link #context()}). */
	static FaultyClij2Gauss of(final DispatchService dispatch) {
		return (FaultyClij2Gauss) dispatch.implementation(GaussOp.ID, Clij2Backend.ID);
	}

	/** Each of the next {@code count} computations fails with the OpenCL error after writing its output. */
	void failNext(final int count) {
		faults.set(count);
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final Object result = super.runOnDevice(call, ws);
		if (faults.getAndUpdate(n -> Math.max(0, n - 1)) > 0) ws.create(new long[] { 0 }, PixelKind.FLOAT32);
		return result;
	}
}
