package io.github.fijidispatch.backend;

/**
 * Base of implementations that run on one backend class {@code B}: it casts
 * the backend once so that subclasses work with their own type.
 *
 * @param <B> the backend type
 */
public abstract class AbstractOpImplementation<B extends Backend> implements OpImplementation {

	private final String opId;
	private final String backendId;
	private final Class<B> backendClass;

	protected AbstractOpImplementation(final String opId, final String backendId, final Class<B> backendClass) {
		this.opId = opId;
		this.backendId = backendId;
		this.backendClass = backendClass;
	}

	// -- OpImplementation methods --

	@Override
	public String opId() {
		return opId;
	}

	@Override
	public String backendId() {
		return backendId;
	}

	@Override
	public final Support supports(final OpCall call, final Backend backend) {
		return canRun(call, backendClass.cast(backend));
	}

	@Override
	public final double estimateMillis(final OpCall call, final Backend backend) {
		return estimate(call, backendClass.cast(backend));
	}

	@Override
	public final Object run(final OpCall call, final Backend backend) throws Exception {
		return compute(call, backendClass.cast(backend));
	}

	@Override
	public final boolean runInto(final OpCall call, final Backend backend, final Object output) throws Exception {
		return computeInto(call, backendClass.cast(backend), output);
	}

	// -- Typed methods --

	/** Default: yes. */
	protected Support canRun(final OpCall call, final B backend) {
		return Support.yes();
	}

	/** Default: no estimate. */
	protected double estimate(final OpCall call, final B backend) {
		return Double.NaN;
	}

	/** Runs the call; see {@link OpImplementation#run}. */
	protected abstract Object compute(OpCall call, B backend) throws Exception;

	/** Default: cannot (writes nothing, returns {@code false}); see {@link OpImplementation#runInto}. */
	protected boolean computeInto(final OpCall call, final B backend, final Object output) throws Exception {
		return false;
	}

	@Override
	public String toString() {
		return backendId + ":" + opId;
	}
}
