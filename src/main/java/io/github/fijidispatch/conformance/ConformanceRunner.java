package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.dispatch.Candidate;
import io.github.fijidispatch.dispatch.CandidateStatus;
import io.github.fijidispatch.dispatch.Decision;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Runs conformance cases on backends named explicitly through dispatch
 * ({@code .on(backendId)}) and compares each result with the reference
 * backend's. Besides agreement it checks the invariants every backend owes:
 * inputs unmodified, a result of the declared size and kind, a new image
 * (writing into it leaves the inputs alone), and the same result for the
 * same call twice. The reference result of a case is computed once.
 * <p>
 * The Fiji command {@code Plugins > Dispatch > Verify Backends} and
 * {@code fiji-dispatch verify} call {@link #verify}.
 * </p>
 */
public final class ConformanceRunner {

	private final DispatchService dispatch;
	private final Map<ConformanceCase, Reference> references = new ConcurrentHashMap<>();

	public ConformanceRunner(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** Runs every case of every op on every available backend (the reference included, against itself). */
	public static ConformanceReport verify(final DispatchService dispatch) {
		final ConformanceRunner runner = new ConformanceRunner(dispatch);
		return runner.run(runner.availableBackends());
	}

	/** The ids of the backends available here, in dispatch's order. */
	public List<String> availableBackends() {
		final List<String> ids = new ArrayList<>();
		for (final Backend b : dispatch.backends())
			if (dispatch.availability(b).isYes()) ids.add(b.id());
		return ids;
	}

	/** Every case of every op on these backends. */
	public ConformanceReport run(final Collection<String> backendIds) {
		return run(backendIds, Collections.<String> emptyList());
	}

	/** Every case of the named ops (all ops when none are named) on these backends. */
	public ConformanceReport run(final Collection<String> backendIds, final Collection<String> opIds) {
		final List<ConformanceOutcome> outcomes = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			if (!opIds.isEmpty() && !opIds.contains(op.id())) continue;
			for (final ConformanceCase c : ConformanceCases.of(op)) {
				for (final String b : backendIds)
					outcomes.add(outcome(c, b));
				references.remove(c);
			}
		}
		return new ConformanceReport(backendIds, outcomes);
	}

	/** Runs one case on one backend and judges the result. */
	public ConformanceOutcome outcome(final ConformanceCase c, final String backendId) {
		final Decision decision = request(c, backendId).explain();
		if (!decision.isRunnable()) return ConformanceOutcome.declined(c, backendId, reason(decision, backendId));
		final Reference ref = references.computeIfAbsent(c, this::reference);
		if (ref.outcome != null) return ref.outcome.forBackend(c, backendId);
		final long[] before = Checksums.of(c.inputs());
		final Object result;
		try {
			result = request(c, backendId).run();
		}
		catch (final Exception | OutOfMemoryError | LinkageError e) {
			return ConformanceOutcome.failed(c, backendId, describe(e));
		}
		final String broken = brokenInvariant(c, backendId, before, result);
		if (broken != null) return ConformanceOutcome.failed(c, backendId, broken);
		return ConformanceOutcome.compared(c, backendId, ResultComparison.compare(c.op(), c.params(), ref.result, result,
			c.inputScale()));
	}

	/**
	 * The reference backend's result for a case (computed once and kept while
	 * this runner runs the case), or {@code null} when the reference declines
	 * or fails it.
	 */
	public Object referenceResult(final ConformanceCase c) {
		return references.computeIfAbsent(c, this::reference).result;
	}

	private OpRequest request(final ConformanceCase c, final String backendId) {
		return dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on(backendId);
	}

	private static String reason(final Decision decision, final String backendId) {
		final Candidate candidate = decision.candidate(backendId);
		if (candidate == null) return "dispatch does not know backend " + backendId;
		final String status = candidate.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		if (candidate.reason().isEmpty()) return status;
		return candidate.status() == CandidateStatus.DECLINED ? candidate.reason() : status + ": " + candidate.reason();
	}

	private Reference reference(final ConformanceCase c) {
		final String id = Backends.REFERENCE;
		final OpRequest request = dispatch.op(c.opId()).inputs(c.referenceInputs().toArray()).set(c.params()).on(id);
		final Decision decision = request.explain();
		if (!decision.isRunnable()) return new Reference(null, ConformanceOutcome.Status.DECLINED,
			"the reference backend " + id + " cannot run this case: " + reason(decision, id));
		try {
			return new Reference(request.run(), null, null);
		}
		catch (final Exception | OutOfMemoryError | LinkageError e) {
			return new Reference(null, ConformanceOutcome.Status.FAILED, "the reference backend " + id + " failed: " + describe(e));
		}
	}

	/** The first invariant the result breaks, or {@code null}. */
	private String brokenInvariant(final ConformanceCase c, final String backendId, final long[] before, final Object result) {
		final String modified = modifiedInput(c, c.inputs(), before);
		if (modified != null) return modified;
		if (c.op().outputKind() == OutputKind.IMAGE) {
			final ImageInfo declared = declaredOutput(c);
			final ImageInfo actual = HostImages.isHostImage(result) ? HostImages.describe((RandomAccessibleInterval<?>) result) : null;
			if (!declared.equals(actual)) return "returned " + (actual == null ? String.valueOf(result) : actual.toString()) +
				"; the op declares " + declared;
		}
		return secondRunProblem(c, backendId, result);
	}

	private static String modifiedInput(final ConformanceCase c, final List<? extends RandomAccessibleInterval<? extends RealType<?>>> inputs,
		final long[] before)
	{
		final long[] after = Checksums.of(inputs);
		for (int i = 0; i < after.length; i++)
			if (after[i] != before[i]) return "modified its input '" + c.op().inputNames().get(i) + "'";
		return null;
	}

	private ImageInfo declaredOutput(final ConformanceCase c) {
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<?> in : c.inputs())
			infos.add(HostImages.describe(in));
		return c.op().outputInfo(infos, c.op().resolve(c.params()));
	}

	/**
	 * Runs the call again on copies of the inputs: the result must be the
	 * same, and overwriting it must leave those inputs unchanged.
	 */
	private String secondRunProblem(final ConformanceCase c, final String backendId, final Object first) {
		final List<RandomAccessibleInterval<? extends RealType<?>>> copies = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> in : c.inputs())
			copies.add(ConformanceImages.copy(in));
		final Object second;
		try {
			second = dispatch.op(c.opId()).inputs(copies.toArray()).set(c.params()).on(backendId).run();
		}
		catch (final Exception | OutOfMemoryError | LinkageError e) {
			return "the second run of the same call failed: " + describe(e);
		}
		final ResultComparison same = ResultComparison.same(c.op(), first, second);
		if (!same.agrees()) return "two runs of the same call differ: " + same;
		if (second instanceof ResultTable) return null;
		final long[] before = Checksums.of(copies);
		for (final RealType<?> t : Views.iterable(ResultComparison.realImage(second)))
			t.setReal(t.getRealDouble() == 0 ? 1 : 0);
		final String shared = modifiedInput(c, copies, before);
		return shared == null ? null : "its result shares pixels with its input (writing into the result " + shared + ")";
	}

	static String describe(final Throwable e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) +
			(e.getCause() == null || e.getCause() == e ? "" : " (cause: " + e.getCause() + ")");
	}

	/** The reference result of a case, or why there is none. */
	private static final class Reference {

		final Object result;
		final Failure outcome;

		Reference(final Object result, final ConformanceOutcome.Status status, final String why) {
			this.result = result;
			this.outcome = status == null ? null : new Failure(status, why);
		}
	}

	/** A reference that could not be computed: every backend's outcome for the case says so. */
	private static final class Failure {

		final ConformanceOutcome.Status status;
		final String why;

		Failure(final ConformanceOutcome.Status status, final String why) {
			this.status = status;
			this.why = why;
		}

		ConformanceOutcome forBackend(final ConformanceCase c, final String backendId) {
			return status == ConformanceOutcome.Status.DECLINED ? ConformanceOutcome.declined(c, backendId, why)
				: ConformanceOutcome.failed(c, backendId, why);
		}
	}
}
