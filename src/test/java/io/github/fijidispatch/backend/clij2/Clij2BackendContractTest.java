package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.conformance.AbstractBackendContractTest;
import io.github.fijidispatch.dispatch.DispatchService;

/**
 * The CLIJ2 backend keeps the backend contract. Skipped with a notice
 * without an OpenCL device, failed without one when {@code CI} is set.
 */
class Clij2BackendContractTest extends AbstractBackendContractTest {

	@Override
	protected String backendId() {
		return Clij2Backend.ID;
	}

	@Override
	protected void requireAvailable(final DispatchService dispatch) {
		Clij2Assumptions.requireDevice(dispatch);
	}
}
