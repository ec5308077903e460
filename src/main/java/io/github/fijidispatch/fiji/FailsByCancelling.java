package io.github.fijidispatch.fiji;

import java.util.function.Consumer;

/**
 * A module, or the command of a module, that can report a failed run by
 * cancelling with the failure's message instead of throwing. SciJava's module
 * runner logs a thrown exception as "Command errored" with its Java stack
 * trace; a user of a menu or a macro must get the message alone, which
 * {@link Ij1Command} (the menu and macro path in plain ImageJ 1 and in
 * imagej-legacy) shows the way ImageJ shows errors. It therefore switches this
 * on for the run it makes. Run any other way (ModuleService, CommandService,
 * a script) the module still throws, so a caller never gets a silent empty
 * result.
 */
interface FailsByCancelling {

	/** From now on, a failure of {@code run()} cancels with {@link FailureMessages#of its message} instead of throwing. */
	void cancelOnFailure();

	/**
	 * Runs {@code body}; a runtime exception or an out-of-memory error is rethrown, or with {@code cancelOnFailure}
	 * turned into the reason given to {@code cancel} (a {@code Cancelable#cancel}).
	 */
	static void run(final boolean cancelOnFailure, final Consumer<String> cancel, final Runnable body) {
		try {
			body.run();
		}
		catch (final RuntimeException | OutOfMemoryError e) {
			if (!cancelOnFailure) throw e;
			cancel.accept(FailureMessages.of(e));
		}
	}
}
