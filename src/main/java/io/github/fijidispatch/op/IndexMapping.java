package io.github.fijidispatch.op;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;

/**
 * How an op that moves pixels without changing them (crop, flip, rotate)
 * finds the input box an output block comes from: running the op on that box
 * (with {@link #parameters}) gives exactly the output block. Declared by the
 * op in its {@link BlockPlan}; plain and serialisable, so that a cluster can
 * reuse it.
 */
public interface IndexMapping extends Serializable {

	/**
	 * The input box, {@code {min, max}} (inclusive) per axis, that the output
	 * block {@code [outMin, outMax]} is made from.
	 */
	long[][] source(long[] outMin, long[] outMax);

	/**
	 * The parameters that replace the call's own when the op runs on the
	 * source box of this output block (e.g. a crop's origin and size). Default:
	 * none; the call's parameters apply as they are.
	 */
	default Map<String, Object> parameters(final long[] outMin, final long[] outMax) {
		return Collections.emptyMap();
	}
}
