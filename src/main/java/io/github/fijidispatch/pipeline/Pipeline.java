package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pipeline as read from its file ({@link PipelineFile}): the file it came from (for messages), the name its steps
 * use for the pipeline's input image, and the steps in order. The last step's result is the pipeline's result.
 */
public final class Pipeline {

	/** The input's name unless the file gives one ({@code "input": "raw"}). */
	public static final String DEFAULT_INPUT = "input";

	private final String source;
	private final String inputName;
	private final List<PipelineStep> steps;

	public Pipeline(final String source, final String inputName, final List<PipelineStep> steps) {
		this.source = source;
		this.inputName = inputName;
		this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
	}

	/** The file name (or another label) that messages name. */
	public String source() {
		return source;
	}

	public String inputName() {
		return inputName;
	}

	public List<PipelineStep> steps() {
		return steps;
	}
}
