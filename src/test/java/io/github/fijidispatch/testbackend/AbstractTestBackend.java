package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.Support;

/** A host backend that is available only while {@link TestBackends} is on. */
abstract class AbstractTestBackend extends AbstractBackend {

	AbstractTestBackend(final String id) {
		super(id);
	}

	@Override
	public Support availability() {
		return TestBackends.enabled() ? Support.yes() : Support.no("test backend, enabled only by the tests that use it");
	}
}
