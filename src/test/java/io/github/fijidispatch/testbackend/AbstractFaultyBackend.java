package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import net.imglib2.RandomAccessibleInterval;

/**
 * A host backend that computes the correct Gaussian with the reference code
 * and then misbehaves in one way ({@link #misbehave}). It remembers what it
 * handed out last, so tests can check that no such output reaches a caller.
 * Available only while {@link FaultyBackends} is on.
 */
abstract class AbstractFaultyBackend extends AbstractTestBackend {

	private volatile Object lastOutput;

	AbstractFaultyBackend(final String id) {
		super(id);
	}

	@Override
	public Support availability() {
		return FaultyBackends.enabled() ? Support.yes() : Support.no("fault-injection test backend, enabled only by the fault tests");
	}

	/** What the backend returns (or throws) instead of {@code correct}. */
	abstract Object misbehave(OpCall call, RandomAccessibleInterval<?> correct);

	final Object deliver(final OpCall call, final RandomAccessibleInterval<?> correct) {
		final Object out = misbehave(call, correct);
		lastOutput = out;
		return out;
	}

	/** The last object this backend returned from a run, or {@code null}. */
	public Object lastOutput() {
		return lastOutput;
	}
}
