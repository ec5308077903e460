package io.github.fijidispatch.dispatch;

import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.Op;

import org.scijava.service.SciJavaService;

/**
 * Routes every op call to the best backend that can run it, following the
 * dispatch contract (README, "How a call is dispatched"): validate once;
 * collect the candidates with reasons for every no; order them (named backend, resident
 * inputs, scope, settings, plugin priority; cost in {@code auto} mode); run,
 * falling back on a failure unless a backend was named; return a result of
 * the input's kind; record the decision.
 * <pre>
 * &#64;Parameter DispatchService dispatch;
 * RandomAccessibleInterval&lt;?&gt; blurred = dispatch.op("filter.gauss").input(img).set("sigma", 2).run();
 * try (DispatchScope s = dispatch.prefer("clij2")) { ... }
 * </pre>
 */
public interface DispatchService extends SciJavaService {

	/** Starts a call of the op with this id. */
	OpRequest op(String opId);

	/** Runs a call; the result is an image of the inputs' kind or a table. */
	Object run(OpRequest request);

	/** Shorthand: {@code run(op(opId).inputs(inputs).set(params))}. */
	Object run(String opId, Map<String, ?> params, Object... inputs);

	/** What a run of this call would do, without running it. */
	Decision explain(OpRequest request);

	/**
	 * The op, backend and parameters of {@code template} checked once, for many runs on other images
	 * ({@link OpRequest#prepare()}).
	 *
	 * @throws IllegalArgumentException for an unknown op or backend, bad parameters, or a template that was given
	 *           images (they go to each run)
	 */
	PreparedCall prepare(OpRequest template);

	/** Opens a scope on this thread in which these backends are preferred, in this order. */
	DispatchScope prefer(String... backendIds);

	/** Opens a scope on this thread in which only these backends may run. */
	DispatchScope only(String... backendIds);

	/**
	 * The innermost open scope of the calling thread (the one its calls obey), or {@code null}: what work handed to
	 * other threads reopens there to run as this thread would.
	 */
	DispatchScope currentScope();

	/** The global settings (priority, mode, fallback). */
	DispatchSettings settings();

	/** The installed backends, highest plugin priority first. */
	List<Backend> backends();

	/** The backend with this id, or {@code null}. */
	Backend backend(String id);

	/**
	 * Whether the backend can run anything here, as dispatch sees it: asked
	 * once per service and remembered, so that a slow device probe is paid
	 * once; a backend whose check throws or answers nothing is a no with that
	 * reason. Fronts show this answer rather than asking the backend again.
	 */
	Support availability(Backend backend);

	/** Every op definition, ordered by id. */
	List<Op> ops();

	/**
	 * The op with this id.
	 *
	 * @throws IllegalArgumentException for an unknown id, listing the known ones
	 */
	Op opDefinition(String opId);

	/** The implementation of an op on a backend, or {@code null}. */
	OpImplementation implementation(String opId, String backendId);

	/** The cost model mode {@code auto} ranks by; it learns from every successful call. */
	CostModel costModel();

	/**
	 * Replaces the cost model mode {@code auto} ranks by (e.g. with a
	 * {@link CalibratedCostModel} that a benchmark run calibrates).
	 *
	 * @throws IllegalArgumentException for {@code null}
	 */
	void setCostModel(CostModel model);

	/** Recent call records. */
	DispatchTrace trace();

	/** Host↔device conversions made so far. */
	TransferStats transfers();
}
