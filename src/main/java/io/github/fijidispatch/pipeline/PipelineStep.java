package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a pipeline file as written: its number (1 first), the op id, the name of its result, the names of
 * its inputs (empty: the previous result, or the pipeline's input for step 1), optionally a backend, and its parameters as JSON values
 * (numbers, strings, booleans, lists of numbers). Not validated; {@link PipelineValidator} does that.
 */
public final class PipelineStep {

	private final int number;
	private final String op;
	private final String name;
	private final String backend;
	private final List<String> inputs;
	private final Map<String, Object> parameters;

	public PipelineStep(final int number, final String op, final String name, final String backend,
		final List<String> inputs, final Map<String, ?> parameters)
	{
		this.number = number;
		this.op = op;
		this.name = name;
		this.backend = backend;
		this.inputs = Collections.unmodifiableList(new ArrayList<>(inputs));
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** 1 for the first step. */
	public int number() {
		return number;
	}

	public String op() {
		return op;
	}

	/** The name later steps refer to this step's result by. */
	public String name() {
		return name;
	}

	/** The backend every block of this step runs on, or {@code null} for the run's choice. */
	public String backend() {
		return backend;
	}

	/** The inputs by name, as written; empty when the file names none. */
	public List<String> inputs() {
		return inputs;
	}

	/** The parameters as written (raw JSON values), in file order. */
	public Map<String, Object> parameters() {
		return parameters;
	}

	@Override
	public String toString() {
		return "step " + number + " " + name + " = " + op + inputs + " " + parameters;
	}
}
