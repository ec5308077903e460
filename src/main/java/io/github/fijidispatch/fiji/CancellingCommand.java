package io.github.fijidispatch.fiji;

import org.scijava.command.ContextCommand;

/**
 * A suite command that, run from a menu or a macro, reports a failure by
 * cancelling with its message ({@link FailsByCancelling}) and otherwise
 * throws it. Subclasses put their work in {@link #execute()}.
 */
abstract class CancellingCommand extends ContextCommand implements FailsByCancelling {

	private volatile boolean cancelOnFailure;

	@Override
	public final void cancelOnFailure() {
		cancelOnFailure = true;
	}

	@Override
	public final void run() {
		FailsByCancelling.run(cancelOnFailure, this::cancel, this::execute);
	}

	/** The command's work; a failure is thrown. */
	protected abstract void execute();
}
