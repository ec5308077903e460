package io.github.fijidispatch.backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One validated call of an op: the op, its canonical parameters, and its
 * inputs with their descriptions. Dispatch hands an implementation the call
 * with the inputs already in the backend's native kind. Immutable (the
 * output description is computed once, on first use).
 */
public final class OpCall {

	private final Op op;
	private final Parameters params;
	private final List<Object> inputs;
	private final List<ImageInfo> infos;
	private final long deviceBudget;
	private ImageInfo outputInfo;
	private boolean outputKnown;

	/** A call without a device budget: devices are limited by their own memory only. */
	public OpCall(final Op op, final Parameters params, final List<?> inputs, final List<ImageInfo> infos) {
		this(op, params, inputs, infos, 0);
	}

	/**
	 * @param deviceBudget the most bytes a device backend may use for this call's buffers, or 0 for the device's own
	 *          limits (the device budget setting)
	 */
	public OpCall(final Op op, final Parameters params, final List<?> inputs, final List<ImageInfo> infos,
		final long deviceBudget)
	{
		if (deviceBudget < 0) throw new IllegalArgumentException("device budget " + deviceBudget + " is negative");
		this.op = op;
		this.params = params;
		this.inputs = frozen(inputs);
		this.infos = frozen(infos);
		this.deviceBudget = deviceBudget;
	}

	/** {@code original} with other inputs, sharing its infos (read-only already: not copied again). */
	private OpCall(final OpCall original, final List<?> newInputs) {
		this.op = original.op;
		this.params = original.params;
		this.inputs = frozen(newInputs);
		this.infos = original.infos;
		this.deviceBudget = original.deviceBudget;
	}

	/** The class of {@link Collections#singletonList}'s lists: immutable, so taken as they are. */
	private static final Class<?> SINGLETON = Collections.singletonList(null).getClass();

	/**
	 * A read-only copy: a singleton list for one element (the common case: no
	 * array behind it); a singleton list already is one, and is taken as it is.
	 */
	@SuppressWarnings("unchecked")
	private static <T> List<T> frozen(final List<? extends T> list) {
		if (list.getClass() == SINGLETON) return (List<T>) list;
		switch (list.size()) {
			case 0: return Collections.emptyList();
			case 1: return Collections.singletonList(list.get(0));
			default: return Collections.unmodifiableList(new ArrayList<>(list));
		}
	}

	public Op op() {
		return op;
	}

	public String opId() {
		return op.id();
	}

	public Parameters params() {
		return params;
	}

	public List<Object> inputs() {
		return inputs;
	}

	public Object input(final int i) {
		return inputs.get(i);
	}

	public List<ImageInfo> infos() {
		return infos;
	}

	public ImageInfo info(final int i) {
		return infos.get(i);
	}

	/** The pixels of all inputs together. */
	public long pixelCount() {
		long n = 0;
		for (int i = 0; i < infos.size(); i++)
			n += infos.get(i).pixelCount();
		return n;
	}

	/** The size and kind of the expected result ({@code null} for a table). */
	public ImageInfo outputInfo() {
		// NB: asked several times per call (cost, result check, conversion); computed once.
		if (!outputKnown) {
			outputInfo = op.outputInfo(infos, params);
			outputKnown = true;
		}
		return outputInfo;
	}

	/** Input {@code i} as a host image (for host backends). */
	@SuppressWarnings("unchecked")
	public <T extends RealType<T>> RandomAccessibleInterval<T> hostImage(final int i) {
		return (RandomAccessibleInterval<T>) inputs.get(i);
	}

	/**
	 * The most bytes a device backend may use for this call's buffers (inputs, output, temporaries) together, or 0
	 * when only the device's own limits apply. Device implementations compare their needs with the smaller of the
	 * two and answer {@link Support#tooLarge} beyond it.
	 */
	public long deviceBudgetBytes() {
		return deviceBudget;
	}

	/** The same call with other (converted) inputs. */
	public OpCall withInputs(final List<?> newInputs) {
		return new OpCall(this, newInputs);
	}

	@Override
	public String toString() {
		return describe(op, infos, params);
	}

	/**
	 * An object whose {@code toString} is this call's, holding no input: for what outlives the call (a decision kept
	 * in the dispatch trace must not keep a thousand calls' images alive, e.g. the blocks of a run larger than memory).
	 */
	public Object description() {
		return new Description(op, infos, params);
	}

	/** NB: a static class, so that it holds no reference to the call (an anonymous one would). */
	private static final class Description {

		private final Op op;
		private final List<ImageInfo> infos;
		private final Parameters params;

		Description(final Op op, final List<ImageInfo> infos, final Parameters params) {
			this.op = op;
			this.infos = infos;
			this.params = params;
		}

		@Override
		public String toString() {
			return describe(op, infos, params);
		}
	}

	private static String describe(final Op op, final List<ImageInfo> infos, final Parameters params) {
		return op.id() + "(" + infos + (params.asMap().isEmpty() ? "" : ", " + params) + ")";
	}
}
