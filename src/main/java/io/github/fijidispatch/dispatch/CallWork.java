package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;

/**
 * The units of work ({@link OpImplementation#work}) of calls of one
 * {@link CallShape}, per implementation, each asked of its implementation
 * once: work is a function of the validated call (op, parameters, input
 * sizes and kinds), which is what a shape fixes, and some implementations
 * work it out from their parameters (a kernel's size from a sigma) at a cost
 * comparable to running on a tiny image. Remembered with the shape's decision
 * ({@link DecisionCache}), so that the cost model's observation of every call
 * does not ask again. Thread-safe: an immutable list of answers, replaced as
 * a whole; two threads that ask at once both compute, with the same answer.
 */
final class CallWork {

	/** One implementation's answer, and the answers before it. */
	private static final class Answer {

		final OpImplementation implementation;
		final long work;
		final Answer next;

		Answer(final OpImplementation implementation, final long work, final Answer next) {
			this.implementation = implementation;
			this.work = work;
			this.next = next;
		}
	}

	private volatile Answer answers;

	/** {@code implementation.work(call)}, asked once per implementation; {@code call} must be of this shape. */
	long of(final OpImplementation implementation, final OpCall call) {
		final Answer head = answers;
		for (Answer a = head; a != null; a = a.next)
			if (a.implementation == implementation) return a.work;
		final long work = implementation.work(call);
		answers = new Answer(implementation, work, head);
		return work;
	}
}
