package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * The dispatch service: registry built once at initialization, then each
 * call is validated, decided ({@link Selector}), executed with counted
 * transfers and fallback, and recorded.
 */
@Plugin(type = Service.class)
public class DefaultDispatchService extends AbstractService implements DispatchService {

	@Parameter
	private PluginService pluginService;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private EventService eventService;

	private Registry registry;
	private DeprecatedIds deprecatedIds;
	private DispatchSettings settings;
	private final ScopeStack scopes = new ScopeStack();
	private final DispatchTrace trace = new DispatchTrace(DispatchTrace.DEFAULT_CAPACITY);
	private final TransferStats transfers = new TransferStats();
	private final AtomicLong sequence = new AtomicLong();
	private final Map<String, Support> availability = new ConcurrentHashMap<>();
	private final Set<OpImplementation> warm = ConcurrentHashMap.newKeySet();
	private volatile CostModel costModel = new PriorCostModel();

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
		costModel = CostModelFile.load(CostModelLocation.resolve(System.getProperties(), System.getenv()),
			deprecatedIds::current, message -> log.warn("[dispatch] " + message), message -> log.debug("[dispatch] " + message));
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
		return prepare(request).decision;
	}

	@Override
	public Object run(final OpRequest request) {
		final long start = System.nanoTime();
		final Prepared prepared = prepare(request);
		final Decision decision = prepared.decision;
		final List<Attempt> attempts = new ArrayList<>(2);
		Throwable lastFailure = null;
		boolean allBadInput = true;
		final List<String> plan = decision.plan();
		for (int i = 0; i < plan.size(); i++) {
			final String backendId = plan.get(i);
			final Execution execution = new Execution(prepared, registry.backend(backendId));
			try {
				final Object result = execution.run();
				attempts.add(new Attempt(backendId, null));
				finish(decision, attempts, execution, start);
				return result;
			}
			catch (final Exception | OutOfMemoryError | LinkageError e) {
				execution.releaseAll();
				final String failure = describeFailure(e);
				attempts.add(new Attempt(backendId, failure));
				lastFailure = e;
				allBadInput &= e instanceof IllegalArgumentException;
				if (request.backend() == null && attempts.size() < decision.plan().size())
					log.warn("[dispatch] " + decision.opId() + " failed on " + backendId + " (" + failure + "); falling back to " +
						decision.plan().get(attempts.size()));
			}
		}
		finish(decision, attempts, null, start);
		// NB: pixel values only a backend can judge (e.g. fractional labels) are
		// bad input, not a backend fault: when every attempt says so, so does the call.
		if (allBadInput && lastFailure != null) throw badInput(decision.opId(), (IllegalArgumentException) lastFailure);
		throw failure(request, decision, attempts, lastFailure);
	}

	@Override
	public DispatchScope prefer(final String... backendIds) {
		return scopes.open(false, knownBackends("prefer", backendIds));
	}

	@Override
	public DispatchScope only(final String... backendIds) {
		return scopes.open(true, knownBackends("only", backendIds));
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
	public List<Op> ops() {
		return registry.ops();
	}

	@Override
	public Op opDefinition(final String opId) {
		final Op op = deprecatedIds.op(opId);
		if (op == null) {
			final List<String> ids = new ArrayList<>();
			for (final Op o : registry.ops())
				ids.add(o.id());
			throw new IllegalArgumentException("unknown op '" + opId + "'; known ops: " + String.join(", ", ids));
		}
		return op;
	}

	@Override
	public OpImplementation implementation(final String opId, final String backendId) {
		return registry.implementation(deprecatedIds.current(opId), backendId);
	}

	@Override
	public DispatchTrace trace() {
		return trace;
	}

	@Override
	public TransferStats transfers() {
		return transfers;
	}

	/** The backend's availability, asked once and remembered. */
	public Support availability(final Backend backend) {
		return availability.computeIfAbsent(backend.id(), id -> askAvailability(backend));
	}

	/** Replaces the cost model used in {@code auto} mode. */
	public void setCostModel(final CostModel model) {
		if (model == null) throw new IllegalArgumentException("cost model must not be null");
		this.costModel = model;
	}

	public CostModel costModel() {
		return costModel;
	}

	// -- Helper methods --

	private Support askAvailability(final Backend backend) {
		try {
			final Support s = backend.availability();
			return s == null ? Support.no("backend returned no availability") : s;
		}
		catch (final RuntimeException | LinkageError e) {
			return Support.no("availability check failed: " + describeFailure(e));
		}
	}

	private List<String> knownBackends(final String scopeKind, final String... ids) {
		if (ids == null || ids.length == 0) throw new IllegalArgumentException(scopeKind + "(...) needs at least one backend; known backends: " +
			String.join(", ", registry.backendIds()));
		for (final String id : ids)
			if (registry.backend(id) == null) throw new IllegalArgumentException(scopeKind + "(...): unknown backend '" + id +
				"'; known backends: " + String.join(", ", registry.backendIds()));
		return Arrays.asList(ids);
	}

	/** Validation, input description and the decision: everything before running. */
	private Prepared prepare(final OpRequest request) {
		final Op op = opDefinition(request.opId());
		final String named = request.backend();
		if (named != null && registry.backend(named) == null) throw new IllegalArgumentException(op.id() +
			": unknown backend '" + named + "'; known backends: " + String.join(", ", registry.backendIds()));
		final Parameters params = op.resolve(request.params());
		final List<Object> inputs = request.inputs();
		if (inputs.size() != op.inputNames().size()) throw new IllegalArgumentException(op.id() + ": takes " +
			op.inputNames().size() + " image input(s) " + op.inputNames() + " but got " + inputs.size());
		final List<ImageInfo> infos = new ArrayList<>(inputs.size());
		Backend resident = null;
		for (int i = 0; i < inputs.size(); i++) {
			final Object input = inputs.get(i);
			final Backend owner = owner(op, op.inputNames().get(i), input);
			infos.add(owner == null ? HostImages.describe((RandomAccessibleInterval<?>) input) : owner.describe(input));
			if (owner != null && resident == null) resident = owner;
		}
		op.check(infos, params);
		final OpCall call = new OpCall(op, params, inputs, infos);
		final Selector.Policy policy = new Selector.Policy(named, scopes.current(), settings.snapshot(),
			resident == null ? null : resident.id());
		// NB: indexed loops on the hot path; no iterator per call.
		final List<Backend> backends = registry.backends();
		final List<Selector.Option> options = new ArrayList<>(backends.size());
		for (int i = 0; i < backends.size(); i++)
			options.add(option(call, backends.get(i), resident, policy.settings.mode() == DispatchMode.AUTO));
		return new Prepared(call, resident, Selector.select(op.id(), call, options, policy));
	}

	/** The backend whose device holds the input, {@code null} for a host image. */
	private Backend owner(final Op op, final String inputName, final Object input) {
		if (input == null) throw new IllegalArgumentException(op.id() + ": input '" + inputName + "' is null");
		if (HostImages.isHostImage(input)) return null;
		for (final Backend b : registry.backends())
			if (!b.isHostResident() && b.isResident(input)) return b;
		throw new IllegalArgumentException(op.id() + ": input '" + inputName + "' is a " + input.getClass().getName() +
			"; expected an ImgLib2 RandomAccessibleInterval or a device image of an installed backend (" +
			String.join(", ", registry.backendIds()) + ")");
	}

	private Selector.Option option(final OpCall call, final Backend b, final Backend resident, final boolean predict) {
		final Support available = availability(b);
		final OpImplementation impl = registry.implementation(call.opId(), b.id());
		if (!available.isYes() || impl == null) return new Selector.Option(b.id(), available, impl != null, null, Double.NaN, b.getPriority());
		Support support;
		try {
			support = impl.supports(call, b);
			if (support == null) support = Support.no("implementation returned no answer");
		}
		catch (final RuntimeException | LinkageError e) {
			support = Support.no("capability check failed: " + describeFailure(e));
		}
		double cost = Double.NaN;
		if (predict && support.isYes()) {
			try {
				cost = costModel.predictMillis(call, b, impl.estimateMillis(call, b), transferBytes(call, b, resident),
					warm.contains(impl));
			}
			catch (final RuntimeException e) {
				log.warn("[dispatch] cost prediction failed for " + b.id() + ": " + e);
			}
		}
		return new Selector.Option(b.id(), available, true, support, cost, b.getPriority());
	}

	/** Bytes that must move if the call runs on {@code b}. */
	private static long transferBytes(final OpCall call, final Backend b, final Backend resident) {
		final boolean onResident = resident == null ? b.isHostResident() : resident == b;
		if (onResident) return 0;
		long bytes = 0;
		for (final ImageInfo info : call.infos())
			bytes += info.bytes();
		final ImageInfo out = call.outputInfo();
		return out == null ? bytes : bytes + out.bytes();
	}

	private void finish(final Decision decision, final List<Attempt> attempts, final Execution done, final long start) {
		final long total = System.nanoTime() - start;
		final CallRecord record = new CallRecord(sequence.incrementAndGet(), Thread.currentThread().getName(), decision,
			attempts, done == null ? null : done.backend.id(), done == null ? 0 : done.uploads,
			done == null ? 0 : done.downloads, done == null ? 0 : done.transferNanos, done == null ? 0 : done.computeNanos, total);
		trace.add(record);
		if (log.isDebug()) log.debug("[dispatch] " + record);
		// NB: publishing costs microseconds even with nobody listening; ask first.
		if (eventService != null && !eventService.getSubscribers(DispatchEvent.class).isEmpty())
			eventService.publish(new DispatchEvent(record));
	}

	private static DispatchException failure(final OpRequest request, final Decision decision, final List<Attempt> attempts,
		final Throwable cause)
	{
		final String op = decision.opId();
		if (request.backend() != null) {
			if (attempts.isEmpty()) return new DispatchException(op + ": backend '" + request.backend() +
				"' was named on the call but cannot run it: " + decision.candidate(request.backend()).reason());
			return new DispatchException(op + ": backend '" + request.backend() + "' was named on the call and failed: " +
				attempts.get(0).failure() + " (a named backend is never replaced)", cause);
		}
		if (attempts.isEmpty()) return new DispatchException(op + ": no backend can run " + decision.call() + ": " +
			decision.reasons());
		final StringBuilder sb = new StringBuilder(op + ": every backend that could run it failed: ");
		for (int i = 0; i < attempts.size(); i++)
			sb.append(i == 0 ? "" : "; ").append(attempts.get(i));
		return new DispatchException(sb.toString(), cause);
	}

	private static IllegalArgumentException badInput(final String opId, final IllegalArgumentException e) {
		final String message = String.valueOf(e.getMessage());
		return new IllegalArgumentException(message.startsWith(opId) ? message : opId + ": " + message, e);
	}

	static String describeFailure(final Throwable e) {
		final String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
	}

	// -- Helper classes --

	/** A validated call with its decision. */
	private static final class Prepared {

		final OpCall call;
		final Backend resident;
		final Decision decision;

		Prepared(final OpCall call, final Backend resident, final Decision decision) {
			this.call = call;
			this.resident = resident;
			this.decision = decision;
		}
	}

	/**
	 * One attempt on one backend: converts inputs, runs, checks and converts
	 * the result, and frees every temporary it made, on success or failure.
	 */
	private final class Execution {

		final Prepared prepared;
		final Backend backend;
		final List<Object> temporaries = new ArrayList<>(2);
		int uploads;
		int downloads;
		long transferNanos;
		long computeNanos;

		Execution(final Prepared prepared, final Backend backend) {
			this.prepared = prepared;
			this.backend = backend;
		}

		Object run() throws Exception {
			final OpCall call = prepared.call;
			final List<Object> natives = new ArrayList<>(call.inputs().size());
			for (int i = 0; i < call.inputs().size(); i++)
				natives.add(toBackend(call.input(i), call.info(i)));
			final OpImplementation impl = registry.implementation(call.opId(), backend.id());
			final OpCall nativeCall = natives.equals(call.inputs()) ? call : call.withInputs(natives);
			final long start = System.nanoTime();
			final Object result = backend.execute(impl, nativeCall);
			computeNanos = System.nanoTime() - start;
			warm.add(impl);
			checkResult(nativeCall, result);
			costModel.observe(call, backend, computeNanos);
			final Object out = toCaller(result, call.outputInfo());
			releaseTemporaries();
			return out;
		}

		private Object toBackend(final Object input, final ImageInfo info) {
			if (backend.isResident(input)) return input;
			RandomAccessibleInterval<?> host;
			if (HostImages.isHostImage(input)) host = (RandomAccessibleInterval<?>) input;
			else host = download(prepared.resident, input, info);
			if (backend.isHostResident()) return host;
			final long start = System.nanoTime();
			final Object uploaded = backend.upload(host);
			temporaries.add(uploaded);
			recordUpload(info.bytes(), System.nanoTime() - start);
			return uploaded;
		}

		private RandomAccessibleInterval<?> download(final Backend from, final Object image, final ImageInfo info) {
			final long start = System.nanoTime();
			final RandomAccessibleInterval<?> host = from.download(image);
			final long time = System.nanoTime() - start;
			downloads++;
			transferNanos += time;
			transfers.download(info.bytes(), time);
			return host;
		}

		private void recordUpload(final long bytes, final long time) {
			uploads++;
			transferNanos += time;
			transfers.upload(bytes, time);
		}

		private void checkResult(final OpCall nativeCall, final Object result) {
			final Op op = nativeCall.op();
			if (op.outputKind() == OutputKind.TABLE) {
				if (!(result instanceof ResultTable)) throw new IllegalStateException(backend.id() +
					" returned " + kindOf(result) + " for " + op.id() + ", which returns a table");
				return;
			}
			if (result == null || !backend.isResident(result)) throw new IllegalStateException(backend.id() +
				" returned " + kindOf(result) + ", not an image of its own kind");
			for (final Object input : nativeCall.inputs())
				if (input == result) throw new IllegalStateException(backend.id() + " returned its input instead of a new image");
			temporaries.add(result);
			final ImageInfo expected = nativeCall.outputInfo();
			final ImageInfo actual = backend.describe(result);
			if (!expected.equals(actual)) throw new IllegalStateException(backend.id() + " returned a " + actual +
				" image; " + op.id() + " must return " + expected);
		}

		private Object toCaller(final Object result, final ImageInfo info) {
			if (!(result != null && info != null)) return result;
			temporaries.remove(result);
			final Backend target = prepared.resident;
			if (target == backend || (target == null && backend.isHostResident())) return result;
			final RandomAccessibleInterval<?> host = backend.isHostResident() ? (RandomAccessibleInterval<?>) result
				: download(backend, result, info);
			if (host != result) backend.release(result);
			if (target == null) return host;
			final long start = System.nanoTime();
			final Object uploaded = target.upload(host);
			recordUpload(info.bytes(), System.nanoTime() - start);
			return uploaded;
		}

		private void releaseTemporaries() {
			for (final Object t : temporaries)
				backend.release(t);
			temporaries.clear();
		}

		/** After a failure: frees everything this attempt made, reporting (not hiding) problems. */
		void releaseAll() {
			try {
				releaseTemporaries();
			}
			catch (final RuntimeException e) {
				log.warn("[dispatch] " + backend.id() + ": releasing temporaries after a failure failed: " + e, e);
			}
		}

		private String kindOf(final Object o) {
			return o == null ? "null" : "a " + o.getClass().getName();
		}
	}
}
