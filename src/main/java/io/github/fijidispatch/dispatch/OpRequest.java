package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
	// NB: sized for the few parameters an op takes: a smaller table on every call
	private final Map<String, Object> params = new LinkedHashMap<>(8);
	private String backend;
	private OutputMode mode = OutputMode.FUNCTION;
	private Object output;

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

	/** The inputs as given, without a read-only view around them: for dispatch, which only reads them. */
	List<Object> rawInputs() {
		return inputs;
	}

	/** The parameters as given, without a read-only view around them: for dispatch, which only reads them. */
	Map<String, Object> rawParams() {
		return params;
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

	/**
	 * Computer mode: the result is written into {@code output}, a host image
	 * or a device image of an installed backend (e.g. a CLIJ2
	 * {@code ClearCLBuffer}: written on its device, not downloaded), which
	 * must have exactly the size and pixel kind of the call's result
	 * ({@link io.github.fijidispatch.op.Op#outputInfo}); {@link #run()} then
	 * returns {@code output}. An output that is one of the inputs is the
	 * in-place case ({@link #inPlace()}); one that shares pixels with an input
	 * otherwise is refused. Checked before any backend runs: a wrong output is
	 * a {@link io.github.fijidispatch.op.BadInputException} for parameter
	 * {@code output}, naming the op, the output and what is allowed.
	 * If a backend fails midway, the next one writes every pixel of the
	 * output again.
	 */
	public OpRequest into(final Object output) {
		this.mode = OutputMode.COMPUTER;
		this.output = output;
		return this;
	}

	/**
	 * In-place mode: the result overwrites the first input, for ops that
	 * {@linkplain io.github.fijidispatch.op.Op#allowsInPlace() allow it} and
	 * calls whose result has that input's size and kind; any other call is
	 * refused before it runs, naming the op. This is the only way a call
	 * changes its input. Data safety: while another backend could follow
	 * (fallback), a backend computes the result beside the input and dispatch
	 * writes it over the input only once it is complete, so a backend that
	 * fails midway leaves the input as it was for the next one; only the last
	 * backend that may run (a named one, or the last of the plan) writes the
	 * input directly where its implementation can, and if it fails midway the
	 * call's error says that the input may be partly overwritten.
	 */
	public OpRequest inPlace() {
		this.mode = OutputMode.INPLACE;
		this.output = null;
		return this;
	}

	/** Where the result goes: {@link OutputMode#FUNCTION} unless {@link #into} or {@link #inPlace()} was called. */
	public OutputMode outputMode() {
		return mode;
	}

	/** The output given to {@link #into}, or {@code null}. */
	public Object output() {
		return output;
	}

	/** Runs the call; an image result comes back in the inputs' kind (or is the output given, in the other modes). */
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

	/**
	 * This request's op, backend and parameters checked once, for many runs on other images (a request without
	 * inputs or output; each run takes its own): {@link DispatchService#prepare}.
	 */
	public PreparedCall prepare() {
		return service.prepare(this);
	}

	/** What running would do, without running. */
	public Decision explain() {
		return service.explain(this);
	}

	@Override
	public String toString() {
		return opId + inputs.size() + " input(s) " + params + (backend == null ? "" : " on " + backend) +
			(mode == OutputMode.FUNCTION ? "" : " " + mode.name().toLowerCase(Locale.ROOT));
	}
}
