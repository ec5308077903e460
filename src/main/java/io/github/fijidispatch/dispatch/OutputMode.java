package io.github.fijidispatch.dispatch;

/**
 * Where a call's image result goes, named as ImageJ Ops and SciJava Ops name
 * their op kinds. Macros, menus and scripts that do not ask use
 * {@link #FUNCTION}.
 */
public enum OutputMode {
	/** A new image of the inputs' kind ({@link OpRequest#run()} without more). */
	FUNCTION,
	/** Into an image the caller gives, of the declared size and type ({@link OpRequest#into}). */
	COMPUTER,
	/** Over the first input, for ops that allow it ({@link OpRequest#inPlace()}). */
	INPLACE
}
