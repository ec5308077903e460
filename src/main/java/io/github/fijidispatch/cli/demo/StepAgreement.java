package io.github.fijidispatch.cli.demo;

import java.util.Locale;

import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

/**
 * How one step's result compares with the reference run's, in words for the
 * demo's table. The judgement is the conformance kit's
 * ({@link ResultComparison}, under the op's {@link Tolerance}): one rule, one
 * home; this class only words it.
 */
final class StepAgreement {

	final boolean agrees;
	final String text;

	private StepAgreement(final boolean agrees, final String text) {
		this.agrees = agrees;
		this.text = text;
	}

	/**
	 * @param inputRange max − min of the step's first input in the reference run (the numeric tolerance's scale)
	 */
	static StepAgreement of(final Op op, final Object reference, final Object result, final double inputRange) {
		final ResultComparison c = ResultComparison.compare(op, reference, result, inputRange);
		if (!c.agrees()) return new StepAgreement(false, c.toString());
		if (c.maxError() == 0) return new StepAgreement(true,
			op.tolerance().kind() == Tolerance.Kind.PARTITION ? "same partition" : "identical");
		return new StepAgreement(true, String.format(Locale.ROOT, "max |Δ| %.3g (≤ %.3g)", c.maxError(), c.bound()));
	}

	@Override
	public String toString() {
		return text;
	}
}
