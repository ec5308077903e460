package io.github.fijidispatch.reliability;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.Op;

/**
 * One bad or borderline call of an op: its category (e.g. {@code 4D image}),
 * the inputs and parameters, and whether the op must reject it or may
 * either reject it or return a correct result.
 */
final class BadCall {

	final Op op;
	final String category;
	final String what;
	final List<Object> inputs;
	final Map<String, Object> params;
	final boolean mustReject;
	/** Whether the inputs hold NaN or infinite pixels (results may then hold them too). */
	final boolean nonFinitePixels;

	BadCall(final Op op, final String category, final String what, final Object[] inputs, final Map<String, ?> params,
		final boolean mustReject, final boolean nonFinitePixels)
	{
		this.op = op;
		this.category = category;
		this.what = what;
		this.inputs = Collections.unmodifiableList(Arrays.asList(inputs));
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.mustReject = mustReject;
		this.nonFinitePixels = nonFinitePixels;
	}

	@Override
	public String toString() {
		return op.id() + " — " + category + ": " + what + (mustReject ? " (must be rejected)" : "");
	}
}
