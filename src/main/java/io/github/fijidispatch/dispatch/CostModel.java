package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;

/**
 * Predicts what a call would cost on a backend, for mode {@code auto}:
 * compute + transfers + first-call warm-up, in milliseconds.
 */
public interface CostModel {

	/**
	 * @param call the validated call (host-side description of its inputs)
	 * @param backend the candidate backend
	 * @param implementationEstimate the implementation's own compute estimate
	 *          in ms, or {@code NaN}
	 * @param transferBytes bytes that would have to move to and from the device
	 * @param warm whether this op already ran on this backend in this session
	 */
	double predictMillis(OpCall call, Backend backend, double implementationEstimate, long transferBytes, boolean warm);

	/** Learns from a measured call (compute time only). */
	void observe(OpCall call, Backend backend, long computeNanos);
}
