package io.github.fijidispatch.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * The cost model {@code auto} mode ranks by, and what it learns from: which
 * implementations have already run successfully in this service (warm, no
 * first-call cost) and each successful call's compute time. A call whose
 * result is rejected teaches nothing and leaves its implementation cold.
 * Thread-safe; the model can be replaced at any time.
 */
final class CostEstimates {

	private final Set<OpImplementation> warm = ConcurrentHashMap.newKeySet();
	private final Consumer<String> warn;
	private volatile CostModel model;

	/**
	 * @param model the initial model
	 * @param warn where a failing prediction is reported
	 */
	CostEstimates(final CostModel model, final Consumer<String> warn) {
		this.warn = warn;
		setModel(model);
	}

	CostModel model() {
		return model;
	}

	/** @throws IllegalArgumentException for {@code null} */
	void setModel(final CostModel replacement) {
		if (replacement == null) throw new IllegalArgumentException("cost model must not be null");
		this.model = replacement;
	}

	/**
	 * The predicted cost of running {@code call} on {@code backend} in ms, or
	 * {@code NaN} when the model fails (reported, never thrown: the call is
	 * still ranked by the other rules).
	 */
	double predict(final OpCall call, final Backend backend, final OpImplementation implementation, final long transferBytes) {
		try {
			return model.predictMillis(call, backend, implementation.estimateMillis(call, backend), transferBytes,
				warm.contains(implementation));
		}
		catch (final RuntimeException e) {
			warn.accept("cost prediction failed for " + backend.id() + ": " + e);
			return Double.NaN;
		}
	}

	/** Learns from a call whose result passed its checks: the implementation is warm now. */
	void observe(final OpCall call, final Backend backend, final OpImplementation implementation, final long computeNanos) {
		warm.add(implementation);
		model.observe(call, backend, computeNanos);
	}
}
