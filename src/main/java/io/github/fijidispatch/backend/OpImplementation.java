package io.github.fijidispatch.backend;

import org.scijava.plugin.SciJavaPlugin;

/**
 * One backend's implementation of one op. A SciJava plugin
 * ({@code @Plugin(type = OpImplementation.class)}); dispatch creates one
 * instance and calls it from many threads, so implementations keep no
 * per-call state.
 */
public interface OpImplementation extends SciJavaPlugin {

	/** The op implemented, e.g. {@code filter.gauss}. */
	String opId();

	/** The backend it runs on, e.g. {@code imglib2}. */
	String backendId();

	/**
	 * Whether this implementation can run the (validated) call on the backend:
	 * pixel kind, dimensionality, size against device memory, neighbourhood
	 * limits. A no carries the reason. Must be cheap and must not touch pixels,
	 * and must depend only on the call's op, parameters and input descriptions
	 * (and the backend's fixed properties, such as its device memory): dispatch
	 * remembers the answer per call shape.
	 */
	Support supports(OpCall call, Backend backend);

	/**
	 * Optional estimate of the compute time in milliseconds for this call
	 * (transfers excluded); {@code NaN} lets the cost model decide.
	 */
	default double estimateMillis(final OpCall call, final Backend backend) {
		return Double.NaN;
	}

	/**
	 * The units of work this implementation does for the (validated) call,
	 * which the cost model of mode {@code auto} learns a time per unit of.
	 * Default: the pixels of all inputs ({@link OpCall#pixelCount()}), right
	 * for point ops and for algorithms whose cost per pixel does not grow with
	 * their parameters. A brute-force neighbourhood kernel states pixels ×
	 * neighbourhood size; a separable filter pixels × the sum of its window
	 * lengths. Must be cheap, positive, and must not touch pixels.
	 */
	default long work(final OpCall call) {
		return Math.max(1, call.pixelCount());
	}

	/**
	 * Runs the call (function mode). Inputs are in the backend's native kind and must not be
	 * modified, whatever the call's output mode; the result is a new native image (or a table) of
	 * {@link OpCall#outputInfo()}'s size and kind. A thrown exception is a
	 * backend failure that dispatch may fall back from.
	 */
	Object run(OpCall call, Backend backend) throws Exception;

	/**
	 * Runs the call writing its result straight into {@code output}, when this
	 * implementation can for that output: the <em>computer</em> mode of ImageJ
	 * Ops, without a new image and a copy. {@code output} is a native image of
	 * the backend with {@link OpCall#outputInfo()}'s size and kind (dispatch
	 * checked it); it is one of the call's inputs when the op
	 * {@linkplain io.github.fijidispatch.op.Op#allowsInPlace() allows in place}
	 * and the caller asked for it, so an implementation that writes it must
	 * read each input pixel before it writes the output pixel at that
	 * position. Other inputs must not be modified. The default cannot: it
	 * writes nothing and returns {@code false}, and dispatch runs
	 * {@link #run} and copies the result.
	 *
	 * @return whether the result is now in {@code output}; {@code false} only when nothing was written
	 */
	default boolean runInto(final OpCall call, final Backend backend, final Object output) throws Exception {
		return false;
	}
}
