package io.github.fijidispatch.cli.demo;

import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.InputScale;
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
	/** Whether the result equals the reference run's value for value (what the next step's inputs then are). */
	final boolean identical;
	final String text;

	private StepAgreement(final boolean agrees, final boolean identical, final String text) {
		this.agrees = agrees;
		this.identical = identical;
		this.text = text;
	}

	/**
	 * Judges one step of a run against the reference run's. An op whose
	 * tolerance is exact is exact for identical inputs only: where this run's
	 * inputs already differ from the reference run's (an upstream step agreed
	 * within a numeric bound), the step is judged by the default numeric rule
	 * instead, and the text says so.
	 *
	 * @param params the step's parameters
	 * @param inputs the scale of the step's inputs in the reference run (what a numeric tolerance is relative to)
	 * @param sameInputs whether this run's inputs to the step equal the reference run's
	 */
	static StepAgreement of(final Op op, final Map<String, ?> params, final Object reference, final Object result,
		final InputScale inputs, final boolean sameInputs)
	{
		final Tolerance declared = op.tolerance().forCall(op.resolve(params));
		final boolean relaxed = !sameInputs && declared.kind() == Tolerance.Kind.EXACT;
		final ResultComparison c = ResultComparison.compare(relaxed ? Tolerance.NUMERIC : declared, reference, result,
			inputs);
		final String note = relaxed ? " (its input differed upstream)" : "";
		// NB: a comparison with no difference shows the values equal, except for a partition, which allows renumbering
		final boolean partition = declared.kind() == Tolerance.Kind.PARTITION;
		final boolean identical = c.agrees() && c.maxError() == 0 && (!partition ||
			ResultComparison.compare(Tolerance.EXACT, reference, result, inputs).agrees());
		if (!c.agrees()) return new StepAgreement(false, false, c + note);
		if (c.maxError() == 0) return new StepAgreement(true, identical, partition ? "same partition" : "identical");
		return new StepAgreement(true, false, String.format(Locale.ROOT, "max |Δ| %.3g (≤ %.3g)%s", c.maxError(),
			c.bound(), note));
	}

	@Override
	public String toString() {
		return text;
	}
}
