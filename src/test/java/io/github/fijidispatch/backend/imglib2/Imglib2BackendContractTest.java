package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.conformance.AbstractBackendContractTest;

/** The reference backend keeps the backend contract and agrees with itself. */
class Imglib2BackendContractTest extends AbstractBackendContractTest {

	@Override
	protected String backendId() {
		return Imglib2Backend.ID;
	}
}
