package io.github.fijidispatch.dispatch;

import java.util.Arrays;
import java.util.List;

/**
 * One op with its parameters and named backend, checked once, for many calls on other images: the block engine's
 * blocks, or a script's loop over a folder of images. Each run is a dispatched call like
 * {@link OpRequest#run()}: its images are checked, its backend chosen (the decision remembered per shape, as for any
 * call), it falls back, is recorded in the trace and teaches the cost model; only the op, the backend and the
 * parameters are not looked up and checked again.
 * <pre>
 * PreparedCall blur = dispatch.op("filter.gauss").set("sigma", 2).prepare();
 * for (RandomAccessibleInterval&lt;?&gt; image : images) results.add(blur.run(image));
 * </pre>
 * Thread-safe: runs on several threads at once are independent calls (each obeys the scope of its own thread).
 */
public final class PreparedCall {

	private final CallPlanner planner;
	private final PlanRunner runner;
	private final CallTemplate template;

	PreparedCall(final CallPlanner planner, final PlanRunner runner, final CallTemplate template) {
		this.planner = planner;
		this.runner = runner;
		this.template = template;
	}

	/** The op's id (the current one, when it was prepared under a deprecated id). */
	public String opId() {
		return template.op().id();
	}

	/**
	 * Runs the op on {@code inputs} ({@link OpRequest#run()}): an image result comes back in the inputs' kind.
	 *
	 * @throws IllegalArgumentException for inputs the op does not take, before any backend runs
	 */
	@SuppressWarnings("unchecked")
	public <R> R run(final Object... inputs) {
		return (R) run(OutputMode.FUNCTION, null, inputs);
	}

	/**
	 * Runs the op on {@code inputs} with its result written into {@code output} ({@link OpRequest#into}, whose
	 * checks it passes); returns {@code output}.
	 *
	 * @throws io.github.fijidispatch.op.BadInputException for an output that does not fit, before any backend runs
	 */
	@SuppressWarnings("unchecked")
	public <T> T runInto(final T output, final Object... inputs) {
		return (T) run(OutputMode.COMPUTER, output, inputs);
	}

	private Object run(final OutputMode mode, final Object output, final Object[] inputs) {
		final long start = System.nanoTime();
		if (inputs == null) throw new IllegalArgumentException(opId() + ": a prepared call's run was given no inputs");
		final List<Object> images = Arrays.asList(inputs);
		return runner.run(planner.plan(template, images, mode, output), start);
	}

	@Override
	public String toString() {
		return "prepared " + opId() + " " + template.params().asMap() + (template.named() == null ? "" : " on " +
			template.named());
	}
}
