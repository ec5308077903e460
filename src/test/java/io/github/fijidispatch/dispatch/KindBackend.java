package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.DeviceKind;

/** A backend that is only an id and a kind of device: for cost-model tests on synthetic timings. */
final class KindBackend extends AbstractBackend {

	private final DeviceKind kind;

	KindBackend(final String id, final DeviceKind kind) {
		super(id);
		this.kind = kind;
	}

	@Override
	public DeviceKind deviceKind() {
		return kind;
	}
}
