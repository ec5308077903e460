package io.github.fijidispatch.op;

/**
 * Bad input that names its parts: the op, the parameter (or input, or
 * command-line option), the value given and what is allowed. Any part may be
 * {@code null} when it does not apply. The message is the full sentence a
 * user reads; the parts are for machine-readable reports such as the command
 * line's {@code --json} errors.
 */
public class BadInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String op;
	private final String parameter;
	private final String value;
	private final String allowed;

	public BadInputException(final String message, final String op, final String parameter, final String value,
		final String allowed)
	{
		super(message);
		this.op = op;
		this.parameter = parameter;
		this.value = value;
		this.allowed = allowed;
	}

	/** The op id, e.g. {@code filter.gauss}, or {@code null}. */
	public String op() {
		return op;
	}

	/** The parameter, input or option that is wrong, or {@code null}. */
	public String parameter() {
		return parameter;
	}

	/** The value as given, or {@code null}. */
	public String value() {
		return value;
	}

	/** What would be accepted instead, or {@code null}. */
	public String allowed() {
		return allowed;
	}
}
