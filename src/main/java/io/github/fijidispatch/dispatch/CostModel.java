package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * Predicts what a call would cost on a backend, for mode {@code auto}:
 * compute + transfers + first-call warm-up, in milliseconds. Compute is
 * predicted from the call's <em>work</em> ({@link OpImplementation#work}):
 * the units of work the implementation does, e.g. pixels × neighbourhood
 * size for a brute-force kernel, so that a change of radius changes the
 * prediction.
 */
public interface CostModel {

	/** {@link #version()} of a model that does not say when its predictions change. */
	long UNVERSIONED = -1;

	/**
	 * @param call the validated call (host-side description of its inputs)
	 * @param backend the candidate backend
	 * @param work the implementation's units of work for this call ({@link OpImplementation#work})
	 * @param implementationEstimate the implementation's own compute estimate
	 *          in ms, or {@code NaN}
	 * @param transferBytes bytes that would have to move to and from the device
	 * @param warm whether this op already ran on this backend in this session
	 */
	double predictMillis(OpCall call, Backend backend, long work, double implementationEstimate, long transferBytes,
		boolean warm);

	/** As {@link #predictMillis(OpCall, Backend, long, double, long, boolean)} with the call's pixel count as its work. */
	default double predictMillis(final OpCall call, final Backend backend, final double implementationEstimate,
		final long transferBytes, final boolean warm)
	{
		return predictMillis(call, backend, call.pixelCount(), implementationEstimate, transferBytes, warm);
	}

	/**
	 * Learns from a measured call (compute time only).
	 *
	 * @param work the implementation's units of work for the call
	 */
	void observe(OpCall call, Backend backend, long work, long computeNanos);

	/** As {@link #observe(OpCall, Backend, long, long)} with the call's pixel count as its work. */
	default void observe(final OpCall call, final Backend backend, final long computeNanos) {
		observe(call, backend, call.pixelCount(), computeNanos);
	}

	/**
	 * Learns from a measured host↔device copy of {@code bytes} on a backend
	 * (one way), as dispatch makes them. Default: nothing learnt.
	 */
	default void observeTransfer(final String backendId, final long bytes, final long nanos) {
		// NB: a model without a bandwidth estimate ignores transfers.
	}

	/**
	 * A number that changes whenever {@link #predictMillis} could rank
	 * backends differently for the same arguments: dispatch remembers an
	 * {@code auto} decision per call shape while the version stays the same.
	 * {@link #UNVERSIONED} (the default) says predictions may change at any
	 * time: every {@code auto} call is then planned afresh.
	 */
	default long version() {
		return UNVERSIONED;
	}
}
