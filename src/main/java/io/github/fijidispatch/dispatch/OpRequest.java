package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;

/**
 * A call being put together: op id, inputs, parameters and optionally a
 * backend to use. Not thread-safe; build one per call.
 */
public final class OpRequest {

	private final DispatchService service;
	private final String opId;
	private final List<Object> inputs = new ArrayList<>(2);
	private final Map<String, Object> params = new LinkedHashMap<>();
	private String backend;

	OpRequest(final DispatchService service, final String opId) {
		this.service = service;
		this.opId = opId;
	}

	public String opId() {
		return opId;
	}

	public List<Object> inputs() {
		return Collections.unmodifiableList(inputs);
	}

	public Map<String, Object> params() {
		return Collections.unmodifiableMap(params);
	}

	/** The backend named for this call, or {@code null}. */
	public String backend() {
		return backend;
	}

	/** Adds an image input (host image or a backend's device image). */
	public OpRequest input(final Object image) {
		inputs.add(image);
		return this;
	}

	public OpRequest inputs(final Object... images) {
		inputs.addAll(Arrays.asList(images));
		return this;
	}

	/** Sets a parameter (number, per-axis array, choice text, flag, or text to parse). */
	public OpRequest set(final String name, final Object value) {
		params.put(name, value);
		return this;
	}

	public OpRequest set(final Map<String, ?> values) {
		if (values != null) params.putAll(values);
		return this;
	}

	/** Runs on this backend only: it is used or the call fails, never replaced. {@code null} clears. */
	public OpRequest on(final String backendId) {
		this.backend = backendId;
		return this;
	}

	/** Runs the call; an image result comes back in the inputs' kind. */
	@SuppressWarnings("unchecked")
	public <R> R run() {
		return (R) service.run(this);
	}

	/** Runs an op that returns an image and returns it as a host image. */
	@SuppressWarnings("unchecked")
	public <T> RandomAccessibleInterval<T> runImage() {
		return (RandomAccessibleInterval<T>) service.run(this);
	}

	/** Runs an op that returns a table. */
	public ResultTable runTable() {
		return (ResultTable) service.run(this);
	}

	/** What running would do, without running. */
	public Decision explain() {
		return service.explain(this);
	}

	@Override
	public String toString() {
		return opId + inputs.size() + " input(s) " + params + (backend == null ? "" : " on " + backend);
	}
}
