package io.github.fijidispatch.fiji;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.Parameters;

/**
 * Titles of result images that say what was done: the input's title without
 * its extension, the op's short name, then each parameter, e.g.
 * {@code cell-gauss-sigma2} for {@code filter.gauss} with σ = 2 on
 * {@code cell.png}. Numbers appear as name and value, choices as their value,
 * flags by name when set.
 */
public final class ResultTitles {

	private ResultTitles() {
		// NB: functions only
	}

	public static String of(final String inputTitle, final Op op, final Parameters params) {
		final StringBuilder sb = new StringBuilder(stripExtension(inputTitle == null ? "image" : inputTitle));
		sb.append('-').append(shortName(op.id()));
		for (final ParameterSpec spec : op.parameters()) {
			final Object value = params.get(spec.name());
			switch (spec.kind()) {
				case CHOICE:
					sb.append('-').append(value);
					break;
				case BOOLEAN:
					if (Boolean.TRUE.equals(value)) sb.append('-').append(spec.name());
					break;
				default:
					sb.append('-').append(spec.name()).append(ParameterSpec.toText(value));
			}
		}
		return sb.toString();
	}

	/** The last part of an op id: {@code gauss} for {@code filter.gauss}. */
	static String shortName(final String opId) {
		return opId.substring(opId.lastIndexOf('.') + 1);
	}

	static String stripExtension(final String title) {
		final int dot = title.lastIndexOf('.');
		if (dot <= 0) return title;
		final String ext = title.substring(dot + 1);
		return ext.matches("[A-Za-z][A-Za-z0-9]{1,4}") ? title.substring(0, dot) : title;
	}
}
