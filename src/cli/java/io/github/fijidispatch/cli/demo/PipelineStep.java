package io.github.fijidispatch.cli.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a demo pipeline: an op, its parameters, and which earlier
 * results it takes as inputs (by step name; {@link #INPUT} is the image).
 */
final class PipelineStep {

	/** The name under which a pipeline's input image is found. */
	static final String INPUT = "input";

	final String name;
	final String opId;
	final Map<String, Object> params;
	final String[] inputs;

	PipelineStep(final String name, final String opId, final Map<String, Object> params, final String... inputs) {
		this.name = name;
		this.opId = opId;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.inputs = inputs.clone();
	}

	static Map<String, Object> params(final Object... keyValues) {
		final Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2)
			m.put((String) keyValues[i], keyValues[i + 1]);
		return m;
	}
}
