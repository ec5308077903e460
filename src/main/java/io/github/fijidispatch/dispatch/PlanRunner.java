package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scijava.log.LogService;

/**
 * Runs a {@link PlannedCall}: its backends in the decision's order (its {@link Route}), one
 * {@link Execution} each, until one returns a result. A failed attempt is
 * cleaned up, kept with its reason, and logged as a warning when another
 * backend follows (a backend named on the call has no followers: it is never
 * replaced). Every call, successful or not, is recorded once
 * ({@link CallRecorder}); a call without a result throws what
 * {@link CallFailures} makes of its attempts. An attempt that failed after it
 * began to overwrite its input (in place) ends the call: no backend follows.
 * A backend whose candidate is tiled ({@link Candidate#tiling()}) runs the
 * call through the {@link TilingRunner}, every tile a dispatched call of its
 * own on that backend; a failed tiled run falls back like any attempt.
 */
final class PlanRunner {

	/** What a failed attempt's reason adds when it had begun to overwrite its input (in place). */
	static final String PARTLY_OVERWRITTEN = "the input may be partly overwritten (in place), so no other backend was tried";

	private final TransferStats transfers;
	private final CostEstimates costs;
	private final CallRecorder recorder;
	private final LogService log;
	private final TilingRunner tilingRunner;
	private final DispatchService dispatch;

	PlanRunner(final TransferStats transfers, final CostEstimates costs, final CallRecorder recorder, final LogService log) {
		this(transfers, costs, recorder, log, null, null);
	}

	/**
	 * @param tilingRunner runs tiled candidates ({@code null}: the planner plans none)
	 * @param dispatch the service the tiles are dispatched through
	 */
	PlanRunner(final TransferStats transfers, final CostEstimates costs, final CallRecorder recorder, final LogService log,
		final TilingRunner tilingRunner, final DispatchService dispatch)
	{
		this.transfers = transfers;
		this.costs = costs;
		this.recorder = recorder;
		this.log = log;
		this.tilingRunner = tilingRunner;
		this.dispatch = dispatch;
	}

	/**
	 * @param startNanos {@link System#nanoTime()} when the call began, for its record
	 * @return the first successful attempt's result
	 * @throws DispatchException when no backend produced a result; {@link IllegalArgumentException} when every
	 *           attempt rejected the input
	 */
	Object run(final PlannedCall plan, final long startNanos) {
		final Decision decision = plan.decision();
		final Route route = plan.route();
		final int n = route.size();
		// NB: created at the first failure; a call that succeeds at once needs no list
		List<Attempt> attempts = null;
		Throwable lastFailure = null;
		boolean allBadInput = true;
		for (int i = 0; i < n; i++) {
			final String backendId = route.id(i);
			final boolean followed = plan.named() == null && i + 1 < n;
			final Tiling tiling = tilingRunner == null ? null : route.tiling(i);
			if (tiling != null) {
				final long runStart = System.nanoTime();
				try {
					final Object result = tilingRunner.run(dispatch, plan.call(), backendId, tiling);
					final Attempt success = new Attempt(backendId, null);
					if (attempts == null) attempts = Collections.singletonList(success);
					else attempts.add(success);
					recorder.recordTiled(decision, attempts, backendId, tiling.tiles(), System.nanoTime() - runStart, startNanos);
					return result;
				}
				catch (final RuntimeException | OutOfMemoryError | LinkageError e) {
					final String failure = "tiled run (" + tiling.describe() + "): " + CallFailures.describe(e);
					if (attempts == null) attempts = new ArrayList<>(2);
					attempts.add(new Attempt(backendId, failure));
					lastFailure = e;
					allBadInput &= e instanceof IllegalArgumentException;
					if (followed) log.warn("[dispatch] " + decision.opId() + " failed on " + backendId + " (" + failure +
						"); falling back to " + route.id(i + 1));
					continue;
				}
			}
			final Execution execution = new Execution(plan, route.backend(i), route.implementation(i), transfers, costs,
				followed);
			final Object result;
			try {
				result = execution.run();
			}
			catch (final Exception | OutOfMemoryError | LinkageError e) {
				cleanUp(execution);
				final String failure = CallFailures.describe(e) + (execution.wroteInput() ? "; " + PARTLY_OVERWRITTEN : "");
				if (attempts == null) attempts = new ArrayList<>(2);
				attempts.add(new Attempt(backendId, failure));
				lastFailure = e;
				allBadInput &= e instanceof IllegalArgumentException;
				// NB: a half-written input is no input for the next backend
				if (execution.wroteInput()) break;
				if (followed) log.warn("[dispatch] " + decision.opId() + " failed on " +
					backendId + " (" + failure + "); falling back to " + route.id(i + 1));
				continue;
			}
			final Attempt success = new Attempt(backendId, null);
			if (attempts == null) attempts = Collections.singletonList(success);
			else attempts.add(success);
			recorder.record(decision, attempts, execution, startNanos);
			return result;
		}
		if (attempts == null) attempts = Collections.emptyList();
		recorder.record(decision, attempts, null, startNanos);
		throw CallFailures.of(plan.named(), decision, attempts, lastFailure, allBadInput);
	}

	/** Frees what a failed attempt made, reporting (not hiding) a failure to do so. */
	private void cleanUp(final Execution execution) {
		final RuntimeException e = execution.releaseAll();
		if (e != null) log.warn("[dispatch] " + execution.backend().id() + ": releasing temporaries after a failure failed: " + e, e);
	}
}
