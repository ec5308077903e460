package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import net.imglib2.RandomAccessibleInterval;

/**
 * What a backend's result must be before dispatch passes it on: a
 * {@link ResultTable} for a table op; otherwise a new native image of that
 * backend (not one of its inputs) with exactly the size and pixel type the op
 * promises. A result that is not is a backend fault: an
 * {@link IllegalStateException} naming the backend and what was wrong, on
 * which dispatch falls back. Two steps, so that the caller can take charge of
 * a new image (to free it) before its shape is judged.
 * <p>
 * The output modes ({@link OutputMode}) do not change this: a backend's own
 * result is always new and never an input, also when dispatch then copies it
 * into the caller's output or over the input (in place). Only an
 * implementation's direct write ({@code OpImplementation#runInto}) puts the
 * result in the caller's image, checked beforehand ({@link OutputTarget}),
 * and only in place does it touch an input: the one the caller asked to
 * have overwritten.
 * </p>
 */
final class ResultChecks {

	private ResultChecks() {
		// NB: static holder
	}

	/**
	 * Checks the result's kind.
	 *
	 * @return whether it is an image (a new native image of {@code backend}, which the caller now owns), as opposed to a table
	 * @throws IllegalStateException for a result of the wrong kind, of another backend, or one of the inputs
	 */
	static boolean requireNew(final Backend backend, final OpCall nativeCall, final Object result) {
		final Op op = nativeCall.op();
		if (op.outputKind() == OutputKind.TABLE) {
			if (!(result instanceof ResultTable)) throw new IllegalStateException(backend.id() + " returned " + kindOf(result) +
				" for " + op.id() + ", which returns a table");
			return false;
		}
		if (result == null || !backend.isResident(result)) throw new IllegalStateException(backend.id() + " returned " +
			kindOf(result) + ", not an image of its own kind");
		for (final Object input : nativeCall.inputs())
			if (input == result) throw new IllegalStateException(backend.id() + " returned its input instead of a new image");
		return true;
	}

	/** @throws IllegalStateException when an image result's size or pixel type is not what the op promises */
	static void requireDeclaredShape(final Backend backend, final OpCall nativeCall, final Object image) {
		final ImageInfo expected = nativeCall.outputInfo();
		// NB: a host backend's result is a host image, whose shape can be compared without describing it
		if (backend.isHostResident() && image instanceof RandomAccessibleInterval &&
			HostImages.hasShape((RandomAccessibleInterval<?>) image, expected)) return;
		final ImageInfo actual = backend.describe(image);
		if (!expected.equals(actual)) throw new IllegalStateException(backend.id() + " returned a " + actual + " image; " +
			nativeCall.op().id() + " must return " + expected);
	}

	private static String kindOf(final Object o) {
		return o == null ? "null" : "a " + o.getClass().getName();
	}
}
