package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.conformance.AbstractOutputModeContractTest;

/** The reference backend keeps the output-mode contract. */
class Imglib2OutputModeContractTest extends AbstractOutputModeContractTest {

	@Override
	protected String backendId() {
		return Imglib2Backend.ID;
	}
}
