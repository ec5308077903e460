package io.github.fijidispatch.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * The cost model {@code auto} mode ranks by, and what it learns from: which
 * implementations have already run successfully in this service (warm, no
 * first-call cost), each successful call's compute time per unit of work
 * ({@link OpImplementation#work}), and every host↔device copy dispatch times
 * of at least {@value #BANDWIDTH_SAMPLE_MIN_BYTES} bytes (smaller ones
 * measure latency, not bandwidth). A call whose result is rejected teaches
 * nothing and leaves its implementation cold. Thread-safe; the model can be
 * replaced at any time.
 */
final class CostEstimates {

	/** The smallest copy whose time is taken as a bandwidth sample. */
	static final long BANDWIDTH_SAMPLE_MIN_BYTES = 256 * 1024;

	private final Set<OpImplementation> warm = ConcurrentHashMap.newKeySet();
	/**
	 * The implementation last seen warm by {@link #observe}: a repeated call skips the set. NB: not volatile; a
	 * thread that reads it stale asks the set, which is the answer.
	 */
	private OpImplementation lastWarm;
	/** Changes when the model is replaced or an implementation turns warm. */
	private final AtomicLong own = new AtomicLong();
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
		own.incrementAndGet();
	}

	/**
	 * A number that changes whenever a prediction could change: the model was
	 * replaced, an implementation turned warm, or the model's own
	 * {@link CostModel#version()} changed; {@link CostModel#UNVERSIONED} when
	 * the model does not say (predictions may change at any time).
	 */
	long version() {
		final long before = own.get();
		final long modelVersion = model.version();
		// NB: read again: a replacement between the two reads must not pair the new model's version with the old count.
		if (modelVersion == CostModel.UNVERSIONED || own.get() != before) return CostModel.UNVERSIONED;
		return (before << 40) ^ modelVersion;
	}

	/**
	 * The predicted cost of running {@code call} on {@code backend} in ms, or
	 * {@code NaN} when the model fails (reported, never thrown: the call is
	 * still ranked by the other rules).
	 */
	double predict(final OpCall call, final Backend backend, final OpImplementation implementation, final CallWork work,
		final long transferBytes)
	{
		try {
			return model.predictMillis(call, backend, work.of(implementation, call), implementation.estimateMillis(call, backend),
				transferBytes, warm.contains(implementation));
		}
		catch (final RuntimeException e) {
			warn.accept("cost prediction failed for " + backend.id() + ": " + e);
			return Double.NaN;
		}
	}

	/**
	 * Learns from a call whose result passed its checks: the implementation is warm now.
	 *
	 * @param work the call's units of work on {@code implementation} ({@link OpImplementation#work})
	 */
	void observe(final OpCall call, final Backend backend, final OpImplementation implementation, final long work,
		final long computeNanos)
	{
		// NB: a read first: every call observes, and only the first one adds
		if (implementation != lastWarm) {
			if (!warm.contains(implementation) && warm.add(implementation)) own.incrementAndGet();
			lastWarm = implementation;
		}
		model.observe(call, backend, work, computeNanos);
	}

	/** Learns from a timed host↔device copy of {@code bytes} on {@code backendId}, one way. */
	void observeTransfer(final String backendId, final long bytes, final long nanos) {
		if (bytes >= BANDWIDTH_SAMPLE_MIN_BYTES) model.observeTransfer(backendId, bytes, nanos);
	}
}
