package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The scale of one call's inputs that numeric tolerances are relative to:
 * per named input, its range ({@code max − min} of its finite pixels) and
 * its magnitude (the largest finite {@code |pixel|}). Immutable.
 */
public final class InputScale {

	private final List<String> names;
	private final double[] ranges;
	private final double[] magnitudes;

	/**
	 * @param names the op's input names, in call order
	 * @param ranges per input, {@code max − min} of its finite pixels
	 * @param magnitudes per input, its largest finite {@code |pixel|}
	 */
	public InputScale(final List<String> names, final double[] ranges, final double[] magnitudes) {
		if (names.size() != ranges.length || names.size() != magnitudes.length) throw new IllegalArgumentException(
			"an input scale needs one range and one magnitude per input; got " + names.size() + " names, " + ranges.length +
				" ranges, " + magnitudes.length + " magnitudes");
		this.names = Collections.unmodifiableList(new ArrayList<>(names));
		this.ranges = ranges.clone();
		this.magnitudes = magnitudes.clone();
	}

	/** One input named {@code image}: for callers that only know the overall range and magnitude. */
	public static InputScale of(final double range, final double magnitude) {
		return new InputScale(Collections.singletonList("image"), new double[] { range }, new double[] { magnitude });
	}

	/** The largest range over the inputs. */
	public double range() {
		return Arrays.stream(ranges).max().orElse(0);
	}

	/** The range of one input. */
	public double range(final String input) {
		return ranges[index(input)];
	}

	/** The largest magnitude over the inputs. */
	public double magnitude() {
		return Arrays.stream(magnitudes).max().orElse(0);
	}

	/** The magnitude of one input. */
	public double magnitude(final String input) {
		return magnitudes[index(input)];
	}

	public List<String> names() {
		return names;
	}

	private int index(final String input) {
		final int i = names.indexOf(input);
		if (i < 0) throw new IllegalArgumentException("no input '" + input + "' in this call; inputs: " + names);
		return i;
	}

	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		for (int i = 0; i < names.size(); i++)
			sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(": range ").append(Bound.format(ranges[i]))
				.append(", magnitude ").append(Bound.format(magnitudes[i]));
		return sb.toString();
	}
}
