package io.github.fijidispatch.testbackend;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.imglib2.Imglib2Backend;
import io.github.fijidispatch.backend.imglib2.Imglib2Gauss;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;

/** The Gaussian of a faulty backend: the reference result, then the backend's fault. */
abstract class AbstractFaultyGauss<B extends AbstractFaultyBackend> extends AbstractOpImplementation<B> {

	private final Imglib2Gauss reference = new Imglib2Gauss();
	private final Imglib2Backend referenceBackend = new Imglib2Backend();

	AbstractFaultyGauss(final String backendId, final Class<B> backendClass) {
		super(GaussOp.ID, backendId, backendClass);
	}

	@Override
	protected Object compute(final OpCall call, final B backend) throws Exception {
		return backend.deliver(call, (RandomAccessibleInterval<?>) reference.run(call, referenceBackend));
	}
}
