package io.github.fijidispatch.op;

import java.util.regex.Pattern;

/**
 * The form every op id takes: {@code category.name}, each part lowercase
 * words joined by underscores ({@code filter.gauss}, {@code math.add_scalar},
 * {@code transform.rotate90}). Snake case, as scikit-image names its functions
 * ({@code skimage.morphology.remove_small_holes}), because ids are typed in
 * macros, shell commands and Python-minded scripts alike, where a lowercase
 * id cannot be mistyped in its case.
 */
public final class OpIds {

	/** {@code category.name}, lowercase snake case. */
	public static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*\\.[a-z][a-z0-9]*(_[a-z0-9]+)*");

	private OpIds() {
		// NB: static holder
	}

	/**
	 * Returns {@code id} when it has the {@link #FORM}.
	 *
	 * @throws IllegalArgumentException naming the id and the form it must take
	 */
	public static String requireWellFormed(final String id) {
		if (id == null || !FORM.matcher(id).matches()) throw new IllegalArgumentException("op id '" + id +
			"' is not allowed; expected category.name in lowercase words joined by '_', e.g. math.add_scalar");
		return id;
	}
}
