package io.github.fijidispatch.dispatch;

import org.scijava.event.SciJavaEvent;

/** Published after every dispatched call, successful or not; carries its record. */
public class DispatchEvent extends SciJavaEvent {

	private final CallRecord record;

	public DispatchEvent(final CallRecord record) {
		this.record = record;
	}

	public CallRecord record() {
		return record;
	}

	@Override
	public String toString() {
		return super.toString() + "\n\trecord = " + record;
	}
}
