package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import net.imglib2.RandomAccessibleInterval;

/**
 * Everything before a backend runs: validates a request once (op, named
 * backend, parameters, inputs), finds where its inputs live, asks every
 * backend whether it can run it (and, in {@code auto} mode, what it would
 * cost), and lets the {@link Selector} decide. {@code explain} and
 * {@code run} both plan through here, so they always agree.
 * <p>
 * The description of the inputs runs on every call; the resolved parameters
 * are remembered per op and parameter map ({@link ParameterCache}) and the
 * decision per {@link CallShape} ({@link DecisionCache}), so that a call like
 * one before it skips parameter validation, the op's checks of its inputs
 * (passed by the remembered shape), the capability checks, the cost
 * predictions and the ranking. In {@code auto} mode the shape includes the
 * cost estimates' version; with a model that has none
 * ({@link CostModel#UNVERSIONED}) every {@code auto} call is planned afresh.
 * </p>
 * <p>
 * Every bad request is an {@link IllegalArgumentException} naming the op and
 * what is allowed; a backend whose capability check throws is a decline with
 * the failure as its reason.
 * </p>
 */
final class CallPlanner {

	private final Registry registry;
	private final DeprecatedIds ops;
	private final ScopeStack scopes;
	private final DispatchSettings settings;
	private final BackendAvailability availability;
	private final CostEstimates costs;
	private final TileFitter tiles;
	private final DecisionCache decisions = new DecisionCache();
	private final ParameterCache parameters = new ParameterCache();

	CallPlanner(final Registry registry, final DeprecatedIds ops, final ScopeStack scopes, final DispatchSettings settings,
		final BackendAvailability availability, final CostEstimates costs)
	{
		this(registry, ops, scopes, settings, availability, costs, null);
	}

	/** @param tilingRunner what runs calls too large for a device tile by tile, or {@code null} for none */
	CallPlanner(final Registry registry, final DeprecatedIds ops, final ScopeStack scopes, final DispatchSettings settings,
		final BackendAvailability availability, final CostEstimates costs, final TilingRunner tilingRunner)
	{
		this.registry = registry;
		this.ops = ops;
		this.scopes = scopes;
		this.settings = settings;
		this.availability = availability;
		this.costs = costs;
		this.tiles = new TileFitter(tilingRunner);
	}

	/** @throws IllegalArgumentException when the request is invalid, before any backend runs */
	PlannedCall plan(final OpRequest request) {
		return plan(template(request.opId(), request.backend(), request.rawParams()), request.rawInputs(), request
			.outputMode(), request.output());
	}

	/**
	 * The part of a request that does not depend on its images, checked: the op (a deprecated id resolved), the named
	 * backend, the parameters resolved ({@link ParameterCache}).
	 *
	 * @param named the backend named for the call, or {@code null}
	 * @throws IllegalArgumentException for an unknown op or backend, or bad parameters
	 */
	CallTemplate template(final String opId, final String named, final Map<String, Object> params) {
		final Op op = ops.require(opId);
		if (named != null && registry.backend(named) == null) throw new IllegalArgumentException(op.id() +
			": unknown backend '" + named + "'; known backends: " + String.join(", ", registry.backendIds()));
		return new CallTemplate(op, named, parameters.resolve(op, params));
	}

	/**
	 * The plan of a call of {@code template} on {@code inputs}, its result going where {@code mode} says
	 * ({@code output}: the image given to {@code into}, else {@code null}).
	 *
	 * @throws IllegalArgumentException when the inputs or the output are invalid, before any backend runs
	 */
	PlannedCall plan(final CallTemplate template, final List<Object> inputs, final OutputMode mode, final Object output) {
		final Op op = template.op();
		final String named = template.named();
		final Parameters params = template.params();
		final int n = inputs.size();
		if (n != op.inputNames().size()) throw new IllegalArgumentException(op.id() + ": takes " +
			op.inputNames().size() + " image input(s) " + op.inputNames() + " but got " + n);
		Backend resident = null;
		final List<ImageInfo> infos;
		if (n == 1) {
			// NB: the common case, without a list to grow
			final Backend owner = owner(op, op.inputNames().get(0), inputs.get(0));
			infos = Collections.singletonList(describe(owner, inputs.get(0)));
			resident = owner;
		}
		else {
			infos = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				final Object input = inputs.get(i);
				final Backend owner = owner(op, op.inputNames().get(i), input);
				infos.add(describe(owner, input));
				if (owner != null && resident == null) resident = owner;
			}
		}
		final DispatchSettings.Snapshot snapshot = settings.snapshot();
		final DispatchScope scope = scopes.current();
		final boolean predict = snapshot.mode() == DispatchMode.AUTO;
		final long costVersion = predict ? costs.version() : 0;
		final CallShape shape = costVersion == CostModel.UNVERSIONED ? null
			: new CallShape(op, params, infos, named, resident, scope, snapshot, costVersion);
		final DecisionCache.Entry known = shape == null ? null : decisions.get(shape);
		// NB: a remembered shape passed op.check before (it depends on nothing else), so a hit skips it.
		if (known == null) op.check(infos, params);
		final OpCall call = new OpCall(op, params, inputs, infos, snapshot.deviceBudget());
		final OutputTarget target = OutputTarget.of(mode, output, call, image -> owner(op, null, image));
		// NB: the remembered decision as it is: its call text is that of an equal call (same op, infos, parameters).
		if (known != null) return new PlannedCall(named, call, resident, known.decision(), known.route(), target, known.work());
		final CallWork work = new CallWork();
		final Selector.Policy policy = new Selector.Policy(named, scope, snapshot, resident == null ? null : resident.id());
		// NB: indexed loops on the hot path; no iterator per call.
		final List<Backend> backends = registry.backends();
		final List<Selector.Option> options = new ArrayList<>(backends.size());
		final boolean[] settled = { true };
		for (int i = 0; i < backends.size(); i++)
			options.add(option(call, backends.get(i), resident, target, predict, work, settled));
		final Decision decision = Selector.select(op.id(), call, options, policy);
		final Route route = Route.of(decision, registry);
		if (shape != null && settled[0]) decisions.put(shape, decision, route, work);
		return new PlannedCall(named, call, resident, decision, route, target, work);
	}

	private static ImageInfo describe(final Backend owner, final Object input) {
		return owner == null ? HostImages.describe((RandomAccessibleInterval<?>) input) : owner.describe(input);
	}

	/** The backend whose device holds the input ({@code null} name: the output), {@code null} for a host image. */
	private Backend owner(final Op op, final String inputName, final Object input) {
		if (input == null) throw new IllegalArgumentException(op.id() + ": " + what(inputName) + " is null");
		if (HostImages.isHostImage(input)) return null;
		for (final Backend b : registry.backends())
			if (!b.isHostResident() && b.isResident(input)) return b;
		throw new IllegalArgumentException(op.id() + ": " + what(inputName) + " is a " + input.getClass().getName() +
			"; expected an ImgLib2 RandomAccessibleInterval or a device image of an installed backend (" +
			String.join(", ", registry.backendIds()) + ")" + (isImagePlus(input) ? IMAGE_PLUS_HINT : ""));
	}

	/** What a script that passed an ImageJ 1 image is told to do instead. */
	private static final String IMAGE_PLUS_HINT = "; wrap an ImagePlus first (no copy): io.github.fijidispatch.ij." +
		"ImagePlusImages.wrap(imp), or for channels and frames ImagePlusImages.wrapHyperstack(imp) run through " +
		"io.github.fijidispatch.hyperstack.Hyperstacks";

	/** Whether {@code o} is an ImageJ 1 {@code ImagePlus}, told by class name: this package does not link ImageJ 1. */
	private static boolean isImagePlus(final Object o) {
		for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass())
			if (c.getName().equals("ij.ImagePlus")) return true;
		return false;
	}

	private static String what(final String inputName) {
		return inputName == null ? "output" : "input '" + inputName + "'";
	}

	/**
	 * What backend {@code b} brings to the decision: availability, capability
	 * and (when asked for) cost. A capability check that threw or a prediction
	 * that failed clears {@code settled[0]}: such a decision is not remembered.
	 */
	private Selector.Option option(final OpCall call, final Backend b, final Backend resident, final OutputTarget target,
		final boolean predict, final CallWork work, final boolean[] settled)
	{
		final Support available = availability.of(b);
		final OpImplementation impl = registry.implementation(call.opId(), b.id());
		if (!available.isYes() || impl == null) return new Selector.Option(b.id(), available, impl != null, null, Double.NaN,
			b.getPriority());
		Support support;
		try {
			support = impl.supports(call, b);
			if (support == null) support = Support.no("implementation returned no answer");
		}
		catch (final RuntimeException | LinkageError e) {
			support = Support.no("capability check failed: " + CallFailures.describe(e));
			settled[0] = false;
		}
		if (support.isTooLarge()) return tiled(call, b, impl, support, resident, target, predict, settled);
		final double cost = predict && support.isYes() ? costs.predict(call, b, impl, work, transferBytes(call, b, resident))
			: Double.NaN;
		if (predict && support.isYes() && Double.isNaN(cost)) settled[0] = false;
		return new Selector.Option(b.id(), available, true, support, cost, b.getPriority());
	}

	/**
	 * The option of a backend whose device cannot hold the call as a whole: tile by tile when the call can be
	 * tiled (host inputs, a new result, an op with a block plan, tiles that fit), with the cost of its tiles
	 * (tiles × the largest tile's predicted cost, transfers included); otherwise a decline saying why not.
	 */
	private Selector.Option tiled(final OpCall call, final Backend b, final OpImplementation impl, final Support tooLarge,
		final Backend resident, final OutputTarget target, final boolean predict, final boolean[] settled)
	{
		final String refusal = resident != null ? "its inputs live on " + resident.id() + " (tiling takes host images)"
			: target != null ? "tiling makes a new result (not into an output or in place)" : null;
		Tiling tiling;
		try {
			tiling = refusal != null ? Tiling.refused(refusal) : tiles.fit(call, b, impl, tooLarge);
		}
		catch (final RuntimeException | LinkageError e) {
			tiling = Tiling.refused("planning the tiles failed: " + CallFailures.describe(e));
			settled[0] = false;
		}
		if (!tiling.isPossible()) return new Selector.Option(b.id(), Support.yes(), true, Support.no(tooLarge.reason() +
			"; not tiled: " + tiling.refusal()), Double.NaN, b.getPriority());
		double cost = Double.NaN;
		if (predict) {
			final OpCall tile = TileFitter.tileCall(call, tiling);
			cost = tiling.tiles() * costs.predict(tile, b, impl, new CallWork(), transferBytes(tile, b, null));
			if (Double.isNaN(cost)) settled[0] = false;
		}
		return new Selector.Option(b.id(), Support.yes(), true, tooLarge, cost, b.getPriority(), tiling);
	}

	/** Bytes that must move if the call runs on {@code b}: inputs there and the result back, unless they live there. */
	private static long transferBytes(final OpCall call, final Backend b, final Backend resident) {
		final boolean onResident = resident == null ? b.isHostResident() : resident == b;
		if (onResident) return 0;
		long bytes = 0;
		for (final ImageInfo info : call.infos())
			bytes += info.bytes();
		final ImageInfo out = call.outputInfo();
		return out == null ? bytes : bytes + out.bytes();
	}
}
