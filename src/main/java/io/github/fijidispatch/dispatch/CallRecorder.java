package io.github.fijidispatch.dispatch;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.scijava.event.EventService;
import org.scijava.log.LogService;

/**
 * Leaves the record of every dispatched call, successful or not: numbered in
 * call order, added to the bounded {@link DispatchTrace}, logged at debug
 * level, and published as a {@link DispatchEvent}. Thread-safe.
 */
final class CallRecorder {

	private final DispatchTrace trace = new DispatchTrace(DispatchTrace.DEFAULT_CAPACITY);
	private final AtomicLong sequence = new AtomicLong();
	private final LogService log;
	private final EventService events;

	/**
	 * @param events where records are published; {@code null} for nowhere
	 */
	CallRecorder(final LogService log, final EventService events) {
		this.log = log;
		this.events = events;
	}

	DispatchTrace trace() {
		return trace;
	}

	/**
	 * Records a finished call.
	 *
	 * @param attempts every attempt, in order
	 * @param done the attempt whose result was returned, or {@code null} if the call failed
	 * @param startNanos {@link System#nanoTime()} when the call began
	 */
	CallRecord record(final Decision decision, final List<Attempt> attempts, final Execution done, final long startNanos) {
		final long total = System.nanoTime() - startNanos;
		final CallRecord record = done == null ? new CallRecord(sequence.incrementAndGet(), Thread.currentThread().getName(),
			decision, attempts, null, 0, 0, 0, 0, total)
			: new CallRecord(sequence.incrementAndGet(), Thread.currentThread().getName(), decision, attempts,
				done.backend().id(), done.ledger().uploads(), done.ledger().downloads(), done.ledger().transferNanos(),
				done.computeNanos(), total);
		return publish(record);
	}

	/**
	 * Records a call whose result {@code backendId} computed tile by tile.
	 *
	 * @param runNanos the tiled run's time (every tile's transfers and compute, and the assembly)
	 */
	CallRecord recordTiled(final Decision decision, final List<Attempt> attempts, final String backendId, final int tiles,
		final long runNanos, final long startNanos)
	{
		final long total = System.nanoTime() - startNanos;
		return publish(new CallRecord(sequence.incrementAndGet(), Thread.currentThread().getName(), decision, attempts,
			backendId, 0, 0, 0, runNanos, total, tiles));
	}

	private CallRecord publish(final CallRecord record) {
		trace.add(record);
		if (log.isDebug()) log.debug("[dispatch] " + record);
		// NB: publishing costs microseconds even with nobody listening; ask first.
		if (events != null && !events.getSubscribers(DispatchEvent.class).isEmpty()) events.publish(new DispatchEvent(record));
		return record;
	}
}
