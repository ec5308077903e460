package io.github.fijidispatch.dispatch;

import java.util.List;

import org.scijava.event.EventHistory;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.event.bushe.AbstractProxySubscriber;
import org.scijava.log.LogService;

/**
 * Leaves the record of every dispatched call, successful or not: numbered in
 * call order (its position in the {@link DispatchTrace}, plus one), added to that bounded trace, logged at debug
 * level, and published as a {@link DispatchEvent} when someone would receive it. Thread-safe.
 * <p>
 * NB: SciJava publishes an event by running its delivery on the event dispatch thread and waiting for it
 * ({@code EventQueue.invokeAndWait}), so every publication costs the caller a round trip to that thread, and a
 * wait for whatever it is busy with. Every context has an {@link EventHistory} subscribed to every event, which
 * drops them unless it is recording; an event only it would receive is not published.
 */
final class CallRecorder {

	private final DispatchTrace trace = new DispatchTrace(DispatchTrace.DEFAULT_CAPACITY);
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
		// NB: a successful call's time ends when its result was ready (no clock read here); a failed one's now
		final long total = (done == null ? System.nanoTime() : done.readyNanos()) - startNanos;
		// NB: the trace position is the call's number: one atomic step for both
		final long position = trace.claim();
		final CallRecord record = done == null ? new CallRecord(position + 1, Thread.currentThread().getName(),
			decision, attempts, null, 0, 0, 0, 0, total)
			: new CallRecord(position + 1, Thread.currentThread().getName(), decision, attempts,
				done.backend().id(), done.ledger().uploads(), done.ledger().downloads(), done.ledger().transferNanos(),
				done.computeNanos(), total);
		return publish(position, record);
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
		final long position = trace.claim();
		return publish(position, new CallRecord(position + 1, Thread.currentThread().getName(), decision, attempts,
			backendId, 0, 0, 0, runNanos, total, tiles));
	}

	private CallRecord publish(final long position, final CallRecord record) {
		trace.publish(position, record);
		if (log.isDebug()) log.debug("[dispatch] " + record);
		// NB: publishing costs microseconds even with nobody listening, and a round trip to the EDT with anyone; ask first.
		if (events != null && anyReceives(events.getSubscribers(DispatchEvent.class))) events.publish(new DispatchEvent(
			record));
		return record;
	}

	/**
	 * Whether an event published to {@code subscribers} would reach any of them: every subscriber counts except an
	 * {@link EventHistory} that is not recording.
	 */
	static boolean anyReceives(final List<? extends EventSubscriber<?>> subscribers) {
		for (final EventSubscriber<?> subscriber : subscribers)
			if (!isIdleHistory(subscriber)) return true;
		return false;
	}

	private static boolean isIdleHistory(final EventSubscriber<?> subscriber) {
		if (!(subscriber instanceof AbstractProxySubscriber)) return false;
		final Object target = ((AbstractProxySubscriber) subscriber).getProxiedSubscriber();
		return target instanceof EventHistory && !((EventHistory) target).isActive();
	}
}
