package io.github.fijidispatch.dispatch;

import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.Op;

import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * The dispatch service: a facade over the parts that each own one concern.
 * At initialization it builds the {@link Registry} from the plugins, seeds the
 * {@link DispatchSettings} from the environment and loads the cost model
 * ({@link CostModelFile}). Each call is then planned by the
 * {@link CallPlanner} (validation, candidates, {@link Selector}) and run by
 * the {@link PlanRunner} (an {@link Execution} per attempt, fallback,
 * {@link CallFailures}, the {@link CallRecorder}'s trace and events). A call
 * too large for a device runs there tile by tile through the first
 * {@link TilingRunner} plugin (the block engine's), when one is installed.
 */
@Plugin(type = Service.class)
public class DefaultDispatchService extends AbstractService implements DispatchService {

	@Parameter
	private PluginService pluginService;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private EventService eventService;

	private final ScopeStack scopes = new ScopeStack();
	private final TransferStats transfers = new TransferStats();
	private final BackendAvailability availability = new BackendAvailability();
	private Registry registry;
	private DeprecatedIds deprecatedIds;
	private DispatchSettings settings;
	private CostEstimates costs;
	private CallRecorder recorder;
	private CallPlanner planner;
	private PlanRunner runner;

	// -- Service methods --

	@Override
	public void initialize() {
		registry = new Registry(pluginService.createInstancesOfType(Op.class),
			pluginService.createInstancesOfType(Backend.class),
			pluginService.createInstancesOfType(OpImplementation.class));
		for (final String problem : registry.problems())
			log.warn("[dispatch] " + problem);
		deprecatedIds = new DeprecatedIds(registry, message -> log.warn("[dispatch] " + message));
		settings = new DispatchSettings(registry.backendIds());
		settings.seed(System.getenv(), System.getProperties(), message -> log.warn("[dispatch] " + message));
		costs = new CostEstimates(CostModelFile.load(CostModelLocation.resolve(System.getProperties(), System.getenv()),
			deprecatedIds::current, message -> log.warn("[dispatch] " + message), message -> log.debug("[dispatch] " + message)),
			message -> log.warn("[dispatch] " + message));
		recorder = new CallRecorder(log, eventService);
		final List<TilingRunner> tilingRunners = pluginService.createInstancesOfType(TilingRunner.class);
		final TilingRunner tiling = tilingRunners.isEmpty() ? null : tilingRunners.get(0);
		planner = new CallPlanner(registry, deprecatedIds, scopes, settings, availability, costs, tiling);
		runner = new PlanRunner(transfers, costs, recorder, log, tiling, this);
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		if (registry == null) return;
		for (final Backend b : registry.backends()) {
			try {
				b.dispose();
			}
			catch (final RuntimeException e) {
				log.warn("[dispatch] disposing backend " + b.id() + " failed: " + e, e);
			}
		}
	}

	// -- DispatchService methods --

	@Override
	public OpRequest op(final String opId) {
		return new OpRequest(this, opId);
	}

	@Override
	public Object run(final String opId, final Map<String, ?> params, final Object... inputs) {
		return run(op(opId).set(params).inputs(inputs));
	}

	@Override
	public Decision explain(final OpRequest request) {
		return planner.plan(request).decision();
	}

	@Override
	public Object run(final OpRequest request) {
		final long start = System.nanoTime();
		return runner.run(planner.plan(request), start);
	}

	@Override
	public PreparedCall prepare(final OpRequest template) {
		if (!template.rawInputs().isEmpty() || template.outputMode() != OutputMode.FUNCTION) throw new IllegalArgumentException(
			template.opId() + ": prepare() keeps the op, its backend and its parameters; give the images (inputs, and the " +
				"output of runInto) to each run of the prepared call, not to the request");
		return new PreparedCall(planner, runner, planner.template(template.opId(), template.backend(), template
			.rawParams()));
	}

	@Override
	public DispatchScope prefer(final String... backendIds) {
		return scopes.open(false, registry.requireBackends("prefer(...)", backendIds));
	}

	@Override
	public DispatchScope only(final String... backendIds) {
		return scopes.open(true, registry.requireBackends("only(...)", backendIds));
	}

	@Override
	public DispatchScope currentScope() {
		return scopes.current();
	}

	@Override
	public DispatchSettings settings() {
		return settings;
	}

	@Override
	public List<Backend> backends() {
		return registry.backends();
	}

	@Override
	public Backend backend(final String id) {
		return registry.backend(id);
	}

	@Override
	public Support availability(final Backend backend) {
		return availability.of(backend);
	}

	@Override
	public List<Op> ops() {
		return registry.ops();
	}

	@Override
	public Op opDefinition(final String opId) {
		return deprecatedIds.require(opId);
	}

	@Override
	public OpImplementation implementation(final String opId, final String backendId) {
		return registry.implementation(deprecatedIds.current(opId), backendId);
	}

	@Override
	public CostModel costModel() {
		return costs.model();
	}

	@Override
	public void setCostModel(final CostModel model) {
		costs.setModel(model);
	}

	@Override
	public DispatchTrace trace() {
		return recorder.trace();
	}

	@Override
	public TransferStats transfers() {
		return transfers;
	}
}
