package io.github.fijidispatch.dispatch;

import java.util.List;
import java.util.function.Function;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import net.imglib2.RandomAccessibleInterval;

/**
 * The image a call writes its result into, in the {@link OutputMode#COMPUTER}
 * and {@link OutputMode#INPLACE} modes, checked once before any backend runs:
 * an image op; an output of exactly the result's size and pixel kind; an
 * output that is an input only when the op allows in place and the result
 * fits that input; no output that shares pixels with an input otherwise.
 * Every refusal is a {@link BadInputException} for parameter
 * {@code output}. Immutable.
 */
final class OutputTarget {

	private final Object image;
	private final Backend owner;
	private final int overwrittenInput;

	private OutputTarget(final Object image, final Backend owner, final int overwrittenInput) {
		this.image = image;
		this.owner = owner;
		this.overwrittenInput = overwrittenInput;
	}

	/**
	 * The checked target of a call, or {@code null} in function mode.
	 *
	 * @param output the image given to {@code into} ({@link OutputMode#COMPUTER}), else ignored
	 * @param call the validated call
	 * @param ownerOf the backend holding a device image ({@code null} for a host image), throwing for anything else
	 * @throws BadInputException for a call that cannot write where it was asked to
	 */
	static OutputTarget of(final OutputMode mode, final Object into, final OpCall call,
		final Function<Object, Backend> ownerOf)
	{
		if (mode == OutputMode.FUNCTION) return null;
		final Op op = call.op();
		final Object output = mode == OutputMode.INPLACE ? call.input(0) : into;
		if (op.outputKind() != OutputKind.IMAGE) throw refusal(op, output, op.id() +
			" returns a table, so it has no image to write " + where(mode), "run() without into(...) or inPlace()");
		if (output == null) throw refusal(op, null, op.id() + ": into(...) was given no output image",
			"a host image or a device image of " + call.outputInfo());
		final int overwritten = indexOf(call.inputs(), output);
		if (overwritten >= 0) return inPlace(op, call, output, overwritten, ownerOf.apply(output));
		final Backend owner = ownerOf.apply(output);
		final ImageInfo info = owner == null ? HostImages.describe((RandomAccessibleInterval<?>) output) : owner.describe(output);
		if (!info.equals(call.outputInfo())) throw refusal(op, info, op.id() + ": the output is a " + info +
			" image but this call's result is " + call.outputInfo() + "; give an output of that size and pixel type",
			call.outputInfo().toString());
		for (int i = 0; i < call.inputs().size(); i++)
			if (owner == null && HostImages.isHostImage(call.input(i)) && HostImages.mayShare(
				(RandomAccessibleInterval<?>) output, (RandomAccessibleInterval<?>) call.input(i))) throw refusal(op, info, op.id() +
					": the output shares pixels with input '" + op.inputNames().get(i) + "' (a view of the same image) but is not " +
					"that input; give a separate output, or the input itself to run in place", "an image that shares no pixels with the inputs");
		return new OutputTarget(output, owner, -1);
	}

	/** The position of {@code image} itself among {@code inputs} (not of an equal image), or −1. */
	private static int indexOf(final List<Object> inputs, final Object image) {
		for (int i = 0; i < inputs.size(); i++)
			if (inputs.get(i) == image) return i;
		return -1;
	}

	private static OutputTarget inPlace(final Op op, final OpCall call, final Object input, final int index, final Backend owner) {
		final String name = op.inputNames().get(index);
		if (!op.allowsInPlace()) throw refusal(op, call.info(index), op.id() + " cannot run in place (over input '" + name +
			"'): only point ops and conversions within a kind can; give a separate output with into(...)",
			"a separate output image, " + call.outputInfo());
		if (!call.info(index).equals(call.outputInfo())) throw refusal(op, call.info(index), op.id() +
			" cannot run in place over input '" + name + "' (" + call.info(index) + "): this call's result is " +
			call.outputInfo() + "; give a separate output of that size and pixel type", call.outputInfo().toString());
		return new OutputTarget(input, owner, index);
	}

	private static String where(final OutputMode mode) {
		return mode == OutputMode.INPLACE ? "in place" : "into an output";
	}

	private static BadInputException refusal(final Op op, final Object value, final String message, final String allowed) {
		return new BadInputException(message, op.id(), "output", value == null ? null : String.valueOf(value), allowed);
	}

	/** The caller's image that receives the result. */
	Object image() {
		return image;
	}

	/** The backend whose device holds it, or {@code null} for a host image. */
	Backend owner() {
		return owner;
	}

	/** Whether it is one of the call's inputs (in place). */
	boolean isInPlace() {
		return overwrittenInput >= 0;
	}
}
