package io.github.fijidispatch.op;

/**
 * What an op does with non-finite pixels (NaN, +Inf, −Inf in float inputs):
 * one of the rules of {@code OPS.md} ("Non-finite pixels") and the unit an
 * output is computed from (a window, a line, an image, a label), so that the
 * sentence an op's javadoc states, the README's op table and the conformance
 * kit's oracle all come from this one declaration.
 * <p>
 * Every backend honours the op's rule or declines the call with a reason; it
 * never gives a different answer silently.
 * </p>
 */
public final class NonFinite {

	/** The rules. */
	public enum Rule {

		/** NaN and infinities propagate as IEEE 754 arithmetic says. */
		IEEE("IEEE (propagate)"),
		/** NaN is skipped (no data); ±Inf are ordinary ordered values. */
		NO_DATA("no data (skip NaN)"),
		/** A mask from ordered values: NaN is never foreground. */
		NAN_BACKGROUND("NaN is background"),
		/** A mask input: NaN, being non-zero, is foreground. */
		NAN_FOREGROUND("NaN is foreground (mask input)"),
		/** A type conversion: NaN gives 0, ±Inf saturate. */
		CONVERSION("NaN → 0, ±Inf saturate");

		private final String label;

		Rule(final String label) {
			this.label = label;
		}

		/** As the README's op table shows it. */
		public String label() {
			return label;
		}
	}

	private final Rule rule;
	private final String unit;

	private NonFinite(final Rule rule, final String unit) {
		this.rule = rule;
		this.unit = unit;
	}

	/**
	 * IEEE propagation over {@code unit}, what one output value is computed
	 * from ({@code "window"}, {@code "pixel"}, {@code "image"}, ...).
	 */
	public static NonFinite ieee(final String unit) {
		return new NonFinite(Rule.IEEE, unit);
	}

	/** NaN is no data in {@code unit}, the window, line, image or label an output value reduces. */
	public static NonFinite noData(final String unit) {
		return new NonFinite(Rule.NO_DATA, unit);
	}

	/** A mask of ordered values (thresholds): NaN is never foreground. */
	public static NonFinite nanBackground() {
		return new NonFinite(Rule.NAN_BACKGROUND, "image");
	}

	/** A mask input (morphology, labelling): NaN is non-zero, so foreground. */
	public static NonFinite nanForeground() {
		return new NonFinite(Rule.NAN_FOREGROUND, "image");
	}

	/** A type conversion. */
	public static NonFinite conversion() {
		return new NonFinite(Rule.CONVERSION, "image");
	}

	public Rule rule() {
		return rule;
	}

	/** What one output value is computed from: window, line, image, pixel, label. */
	public String unit() {
		return unit;
	}

	/**
	 * The sentence every op's javadoc states, word for word (a test holds
	 * them together): the rule and what an all-NaN unit gives.
	 */
	public String sentence() {
		switch (rule) {
			case IEEE:
				return "Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN, infinities propagate " +
					"as IEEE 754 says, and an all-NaN " + unit + " gives NaN.";
			case NO_DATA:
				return "Non-finite pixels: NaN is no data and is skipped, ±Inf are ordinary ordered values, and " +
					article(unit) + " " + unit + " of NaN only gives NaN.";
			case NAN_BACKGROUND:
				return "Non-finite pixels: NaN is never foreground, ±Inf are ordinary ordered values, and an all-NaN " +
					"image gives an all-background mask.";
			case NAN_FOREGROUND:
				return "Non-finite pixels: the input is a mask whose non-zero pixels are foreground, so NaN and ±Inf are " +
					"foreground, and an all-NaN image is all foreground.";
			default:
				return "Non-finite pixels: to an integer type NaN gives 0 and ±Inf saturate, scale=true maps the finite " +
					"[min, max], float32 keeps every value, and an all-NaN image gives 0 (NaN as float32).";
		}
	}

	private static String article(final String noun) {
		return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
	}

	@Override
	public String toString() {
		return rule.label() + " per " + unit;
	}
}
