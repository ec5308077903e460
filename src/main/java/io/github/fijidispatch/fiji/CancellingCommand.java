package io.github.fijidispatch.fiji;

import org.scijava.command.DynamicCommand;

/**
 * A suite command that, run from a menu or a macro, reports a failure by
 * cancelling with its message ({@link FailsByCancelling}) and otherwise
 * throws it. Subclasses put their work in {@link #execute()}. A
 * {@code DynamicCommand}, so that a subclass may also set up its inputs at run
 * time (choices offered by an initializer).
 */
abstract class CancellingCommand extends DynamicCommand implements FailsByCancelling {

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
