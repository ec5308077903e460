package io.github.fijidispatch.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule for parameters that come from a user (the command line, a pipeline
 * file): only the names an op declares in {@link Op#parameters()}. An op may
 * also resolve internal parameters ({@link ParameterSpec#isInternal()}: the
 * block engine passes them to run one block of a whole-image call), which are
 * no part of its contract; a user who names one gets the same answer as for
 * any name the op does not know.
 */
public final class UserParameters {

	private UserParameters() {
		// NB: static holder
	}

	/**
	 * Refuses the first name of {@code given} that {@code op} does not declare.
	 *
	 * @throws BadInputException naming the op, the parameter, its value and the
	 *           declared names
	 */
	public static void requireDeclared(final Op op, final Map<String, ?> given) {
		if (given == null) return;
		for (final Map.Entry<String, ?> e : given.entrySet()) {
			boolean declared = false;
			for (final ParameterSpec p : op.parameters())
				declared |= p.name().equals(e.getKey());
			if (!declared) throw unknown(op.id(), op.parameters(), e.getKey(), e.getValue());
		}
	}

	/** The error for a parameter name {@code op} does not declare, listing the names it does. */
	public static BadInputException unknown(final String opId, final List<ParameterSpec> declared, final String name,
		final Object value)
	{
		final List<String> names = new ArrayList<>();
		for (final ParameterSpec p : declared)
			names.add(p.name());
		final String known = names.isEmpty() ? "this op takes no parameters" : "known: " + String.join(", ", names);
		return new BadInputException(opId + ": unknown parameter '" + name + "'; " + known, opId, name, String.valueOf(
			value), known);
	}
}
