package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.conformance.AbstractOutputModeContractTest;
import io.github.fijidispatch.dispatch.DispatchService;

/**
 * The CLIJ2 backend keeps the output-mode contract, including outputs and
 * in-place inputs that are its device buffers. Skipped with a notice without
 * an OpenCL device, failed without one when {@code CI} is set.
 */
class Clij2OutputModeContractTest extends AbstractOutputModeContractTest {

	@Override
	protected String backendId() {
		return Clij2Backend.ID;
	}

	@Override
	protected void requireAvailable(final DispatchService dispatch) {
		Clij2Assumptions.requireDevice(dispatch);
	}
}
