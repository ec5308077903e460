package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.event.EventHandler;
import org.scijava.event.EventHistory;
import org.scijava.event.EventService;

/**
 * Which calls publish a {@link DispatchEvent}: only those someone would receive, since each publication waits for
 * the event dispatch thread. Every real context (Fiji's, the command line's) has an {@link EventHistory} subscribed
 * to every event.
 */
class CallRecorderEventsTest {

	private Context context;
	private EventService events;
	private EventHistory history;

	@BeforeEach
	void setUp() {
		context = new Context(DispatchService.class, EventHistory.class);
		events = context.service(EventService.class);
		history = context.service(EventHistory.class);
	}

	@AfterEach
	void tearDown() {
		context.dispose();
	}

	private boolean anyReceives() {
		return CallRecorder.anyReceives(events.getSubscribers(DispatchEvent.class));
	}

	@Test
	void anIdleHistoryAloneReceivesNothing() {
		assertFalse(events.getSubscribers(DispatchEvent.class).isEmpty(), "the history subscribes to every event");
		assertFalse(anyReceives());
	}

	@Test
	void aRecordingHistoryReceivesTheCall() {
		history.setActive(true);
		assertTrue(anyReceives());
		context.service(DispatchService.class).op(GaussOp.ID).input(ArrayImgs.floats(4, 4)).run();
		assertTrue(history.toHTML(null, null).contains(DispatchEvent.class.getSimpleName()), history.toHTML(null,
			null));
	}

	@Test
	void anyOtherSubscriberReceivesTheCall() {
		final List<DispatchEvent> received = new ArrayList<>();
		final Object subscriber = new Object() {

			@EventHandler
			public void onEvent(final DispatchEvent e) {
				received.add(e);
			}
		};
		events.subscribe(subscriber);
		assertTrue(anyReceives());
		context.service(DispatchService.class).op(GaussOp.ID).input(ArrayImgs.floats(4, 4)).run();
		assertEquals(1, received.size());
	}
}
