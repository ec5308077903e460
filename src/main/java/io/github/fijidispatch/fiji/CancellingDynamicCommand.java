package io.github.fijidispatch.fiji;

import org.scijava.command.DynamicCommand;

/**
 * {@link CancellingCommand} for a command whose inputs are set up at run time
 * (choices offered by an initializer): run from a menu or a macro, a failure
 * cancels with its message; run any other way, it is thrown.
 */
abstract class CancellingDynamicCommand extends DynamicCommand implements FailsByCancelling {

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
