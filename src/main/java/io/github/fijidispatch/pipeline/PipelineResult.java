package io.github.fijidispatch.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a pipeline run returns: the last step's result (the written OME-Zarr image's path, or a
 * {@code ResultTable}) and a record per step (as in the output's provenance: number, name, op, inputs, resolved
 * parameters, blocks per backend, milliseconds).
 */
public final class PipelineResult {

	private final Object result;
	private final List<Map<String, Object>> steps;

	PipelineResult(final Object result, final List<Map<String, Object>> steps) {
		this.result = result;
		this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
	}

	/** A {@link java.nio.file.Path} for an image, a {@code ResultTable} for a table. */
	public Object result() {
		return result;
	}

	public List<Map<String, Object>> steps() {
		return steps;
	}
}
