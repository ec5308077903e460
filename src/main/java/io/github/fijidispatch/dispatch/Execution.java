package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.RandomAccessibleInterval;

/**
 * One attempt at a planned call on one backend: converts the inputs to the
 * backend's native kind, runs the implementation, checks the result
 * ({@link ResultChecks}), lets the cost model learn from it, and converts it
 * to the kind of the caller's inputs. Every native image it makes stays on its
 * {@link TransferLedger} until it is freed or handed to the caller: on success
 * the temporaries are freed before {@link #run} returns; after a failure the
 * caller calls {@link #releaseAll}. Not thread-safe: one attempt, one thread.
 * <p>
 * Into a caller's output ({@link OutputTarget}): an implementation that can
 * writes the output directly ({@link OpImplementation#runInto}) when the
 * output is a native image of this backend; otherwise the backend computes a
 * new result as in function mode, and dispatch copies it into the output (on
 * the output's device, or on the host). In place, the direct write happens
 * only when no backend follows this attempt ({@code followed}); otherwise the
 * input is overwritten only by the copy of a complete result, so that a
 * failure leaves it untouched for the next backend. {@link #wroteInput}
 * tells whether an attempt began to overwrite its input.
 * </p>
 */
final class Execution {

	private final PlannedCall plan;
	private final Backend backend;
	private final OpImplementation implementation;
	private final CostEstimates costs;
	private final TransferLedger ledger;
	private final boolean followed;
	private long computeNanos;
	/** When the result was ready for the caller (see {@link #readyNanos()}). */
	private long readyNanos;
	/** Whether anything that takes time (a conversion, a copy, a release) followed the compute. */
	private boolean workAfterCompute;
	private boolean wroteInput;

	/**
	 * @param implementation the op's implementation on {@code backend}
	 * @param totals the service-wide transfer counts
	 * @param followed whether another backend would run the call if this attempt failed
	 */
	Execution(final PlannedCall plan, final Backend backend, final OpImplementation implementation,
		final TransferStats totals, final CostEstimates costs, final boolean followed)
	{
		this.plan = plan;
		this.backend = backend;
		this.implementation = implementation;
		this.costs = costs;
		this.ledger = new TransferLedger(backend, totals, costs);
		this.followed = followed;
	}

	/**
	 * @return the result, of the caller's inputs' kind (or a table); the caller's output in the other modes
	 * @throws Exception whatever the backend threw, or an {@link IllegalStateException} for a result that fails its checks
	 */
	Object run() throws Exception {
		final OpCall call = plan.call();
		final OpCall nativeCall = nativeCall(call);
		final OutputTarget target = plan.target();
		if (target != null && writesDirectly(target) && runInto(nativeCall, target.image())) return finish(target.image());
		final long start = System.nanoTime();
		final Object result = backend.execute(implementation, nativeCall);
		final long end = System.nanoTime();
		computeNanos = end - start;
		readyNanos = end;
		if (ResultChecks.requireNew(backend, nativeCall, result)) {
			ledger.hold(result);
			ResultChecks.requireDeclaredShape(backend, nativeCall, result);
		}
		costs.observe(call, backend, implementation, plan.work(implementation), computeNanos);
		if (target == null) return finish(toCaller(result, call.outputInfo()));
		workAfterCompute = true;
		writeInto(result, target);
		return finish(target.image());
	}

	/** Whether this attempt began to overwrite an input the caller asked to have overwritten (in place). */
	boolean wroteInput() {
		return wroteInput;
	}

	/** The call with its inputs in the backend's kind: the call itself when every input already is (no copy). */
	private OpCall nativeCall(final OpCall call) {
		final int n = call.inputs().size();
		List<Object> natives = null;
		for (int i = 0; i < n; i++) {
			final Object input = call.input(i);
			final Object converted = toBackend(input, call.info(i));
			if (converted != input && natives == null) {
				natives = new ArrayList<>(n);
				for (int j = 0; j < i; j++)
					natives.add(call.input(j));
			}
			if (natives != null) natives.add(converted);
		}
		return natives == null ? call : call.withInputs(natives);
	}

	/** After a failure: frees every native image this attempt made, returning what went wrong doing so (or {@code null}). */
	RuntimeException releaseAll() {
		return ledger.releaseAll();
	}

	Backend backend() {
		return backend;
	}

	TransferLedger ledger() {
		return ledger;
	}

	long computeNanos() {
		return computeNanos;
	}

	/**
	 * {@link System#nanoTime()} when the result was ready for the caller: the
	 * end of the compute when nothing followed it (a host result handed over as
	 * it is, no temporary to free), else the end of the conversions, copies
	 * and releases after it. Read after a successful {@link #run}.
	 */
	long readyNanos() {
		return readyNanos;
	}

	// -- Helper methods --

	/** Frees the temporaries and returns {@code out}, or throws what freeing them threw; notes when it was ready. */
	private Object finish(final Object out) {
		// NB: a clock read saved on the common path: nothing to free and nothing done since the compute ended
		if (!workAfterCompute && !ledger.holdsAny()) return out;
		final RuntimeException releaseFailure = ledger.releaseAll();
		if (releaseFailure != null) throw releaseFailure;
		readyNanos = System.nanoTime();
		return out;
	}

	/** Whether the implementation may write the caller's output itself: it is this backend's, and an input only on the last attempt. */
	private boolean writesDirectly(final OutputTarget target) {
		return backend.isResident(target.image()) && !(target.isInPlace() && followed);
	}

	/** The implementation's direct write into {@code output}; {@code false} when it cannot (nothing written). */
	private boolean runInto(final OpCall nativeCall, final Object output) throws Exception {
		final long start = System.nanoTime();
		wroteInput = plan.target().isInPlace();
		final boolean written = backend.executeInto(implementation, nativeCall, output);
		computeNanos = System.nanoTime() - start;
		if (!written) {
			wroteInput = false;
			return false;
		}
		readyNanos = start + computeNanos;
		costs.observe(plan.call(), backend, implementation, plan.work(implementation), computeNanos);
		return true;
	}

	/**
	 * Copies a complete native result into the caller's output: on this
	 * backend when the output is its own, else through the host (and onto the
	 * output's device, through a temporary there).
	 */
	private void writeInto(final Object result, final OutputTarget target) {
		final Object output = target.image();
		final ImageInfo info = plan.call().outputInfo();
		if (backend.isResident(output)) {
			wroteInput = target.isInPlace();
			backend.copy(result, output);
			return;
		}
		final RandomAccessibleInterval<?> host = backend.isHostResident() ? (RandomAccessibleInterval<?>) result
			: ledger.download(backend, result, info);
		final Backend device = target.owner();
		if (device == null) {
			wroteInput = target.isInPlace();
			HostImages.copy(host, (RandomAccessibleInterval<?>) output);
			return;
		}
		final Object staged = ledger.upload(device, host, info);
		try {
			wroteInput = target.isInPlace();
			device.copy(staged, output);
		}
		finally {
			device.release(staged);
		}
	}

	private Object toBackend(final Object input, final ImageInfo info) {
		if (backend.isResident(input)) return input;
		final RandomAccessibleInterval<?> host = HostImages.isHostImage(input) ? (RandomAccessibleInterval<?>) input
			: ledger.download(plan.resident(), input, info);
		if (backend.isHostResident()) return host;
		final Object uploaded = ledger.upload(backend, host, info);
		ledger.hold(uploaded);
		return uploaded;
	}

	/**
	 * The result as the caller's kind: where the inputs came from (a device
	 * backend, or the host). NB: a device result stays on the ledger until the
	 * copy the caller gets exists, so that a failing download or upload cannot
	 * leak it.
	 */
	private Object toCaller(final Object result, final ImageInfo info) {
		if (result == null || info == null) return result;
		final Backend target = plan.resident();
		if (target == backend || (target == null && backend.isHostResident())) {
			ledger.handOver(result);
			return result;
		}
		workAfterCompute = true;
		final RandomAccessibleInterval<?> host = backend.isHostResident() ? (RandomAccessibleInterval<?>) result
			: ledger.download(backend, result, info);
		if (host == result) ledger.handOver(result);
		return target == null ? host : ledger.upload(target, host, info);
	}
}
