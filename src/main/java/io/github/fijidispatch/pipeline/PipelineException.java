package io.github.fijidispatch.pipeline;

import io.github.fijidispatch.op.BadInputException;

/**
 * A pipeline file that cannot run: the message names the file, the step (number and op) when there is one, and the
 * problem (for a parameter or an input, the op's own message).
 */
public final class PipelineException extends BadInputException {

	private static final long serialVersionUID = 1L;

	private PipelineException(final String message, final String op, final String parameter, final String value,
		final String allowed)
	{
		super(message, op, parameter, value, allowed);
	}

	/** A problem of the file as a whole. */
	static PipelineException inFile(final String file, final String problem) {
		return new PipelineException(file + ": " + problem, null, "pipeline", file, null);
	}

	/** A problem of one step; {@code op} may be {@code null} when the step names none. */
	static PipelineException atStep(final String file, final int step, final String op, final String problem) {
		return new PipelineException(file + ", step " + step + (op == null ? "" : " (" + op + ")") + ": " + problem, op,
			"step " + step, null, null);
	}

	/** A problem of one step that an op reported ({@code cause}'s message, its parts kept). */
	static PipelineException atStep(final String file, final int step, final String op,
		final IllegalArgumentException cause)
	{
		final String message = file + ", step " + step + " (" + op + "): " + cause.getMessage();
		final PipelineException e = cause instanceof BadInputException ? new PipelineException(message, op,
			((BadInputException) cause).parameter(), ((BadInputException) cause).value(), ((BadInputException) cause)
				.allowed()) : new PipelineException(message, op, "step " + step, null, null);
		e.initCause(cause);
		return e;
	}
}
