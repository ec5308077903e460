package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Builds the conformance cases of an op: every parameter combination of
 * {@link ParameterSets} on small seeded random images (2D and 3D, uint8,
 * uint16, float32) and on the bundled {@code cell.png} (uint8 and float32).
 * Every combination also runs on float32 inputs holding NaN and infinities
 * in each {@link NonFinitePattern} (2D; the scattered and infinite patterns in
 * 3D too), where every backend must follow the op's
 * {@link io.github.fijidispatch.op.Op#nonFinite() non-finite rule}.
 * Combinations the op rejects for an image (e.g. projecting along z of a 2D
 * image) are left out. Images are small (≤ 48² and ≤ 24³) so that a whole
 * run on a slow OpenCL device takes minutes.
 */
public final class ConformanceCases {

	public static final long[] SIZE_2D = { 40, 32 };
	public static final long[] SIZE_3D = { 24, 20, 8 };
	private static final PixelKind[] KINDS = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 };
	private static final PixelKind[] SAMPLE_KINDS = { PixelKind.UINT8, PixelKind.FLOAT32 };

	/** How an op's inputs are made: the part of each op the declaration cannot tell. */
	enum InputStyle {
		/** Random pixels for every input (each input with its own seed). */
		RANDOM,
		/** A binary mask: the op's meaning lies in foreground and background. */
		MASK,
		/** A float32 label image, then an intensity image. */
		LABELS_AND_INTENSITY
	}

	private ConformanceCases() {
		// NB: static holder
	}

	static InputStyle inputStyle(final Op op) {
		if (op.id().startsWith("morphology.") || op.id().equals("label.components")) return InputStyle.MASK;
		if (op.id().equals("label.measure")) return InputStyle.LABELS_AND_INTENSITY;
		return InputStyle.RANDOM;
	}

	/** The cases of one op, in a stable order; empty when it needs parameters the kit has no values for. */
	public static List<ConformanceCase> of(final Op op) {
		final List<ConformanceCase> cases = new ArrayList<>();
		for (final Map<String, Object> params : ParameterSets.of(op)) {
			for (final long[] dims : Arrays.asList(SIZE_2D, SIZE_3D))
				for (final PixelKind kind : KINDS)
					add(cases, op, params, "random", randomInputs(op, kind, dims));
			for (final PixelKind kind : SAMPLE_KINDS)
				add(cases, op, params, "cell.png", sampleInputs(op, kind));
			for (final NonFinitePattern pattern : NonFinitePattern.values())
				for (final long[] dims : Arrays.asList(SIZE_2D, SIZE_3D))
					if (dims == SIZE_2D || pattern == NonFinitePattern.SCATTERED_NAN || pattern == NonFinitePattern.INFINITIES)
						addNonFinite(cases, op, params, pattern, dims);
		}
		return cases;
	}

	private static void addNonFinite(final List<ConformanceCase> cases, final Op op, final Map<String, Object> params,
		final NonFinitePattern pattern, final long[] dims)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = nonFiniteInputs(op, pattern, dims);
		if (accepts(op, params, inputs)) cases.add(new ConformanceCase(op, pattern.description(), params, inputs, pattern));
	}

	/**
	 * The op's float32 inputs made as usual ({@link #randomInputs}), then the
	 * pattern put into each (each with its own seed); a label image keeps its
	 * labels, only the intensity image gets the pattern.
	 */
	public static List<RandomAccessibleInterval<? extends RealType<?>>> nonFiniteInputs(final Op op,
		final NonFinitePattern pattern, final long[] dims)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = randomInputs(op, PixelKind.FLOAT32, dims);
		final int first = inputStyle(op) == InputStyle.LABELS_AND_INTENSITY ? 1 : 0;
		for (int i = first; i < inputs.size(); i++) {
			@SuppressWarnings("unchecked")
			final Img<FloatType> img = (Img<FloatType>) inputs.get(i);
			pattern.applyTo(img, 21 + i);
		}
		return inputs;
	}

	/**
	 * The cases of one op on views and other storages
	 * ({@link ConformanceViews#STORAGES}): its first parameter set on random
	 * 2D float32 and 3D uint16 inputs, every input of a call in the same
	 * storage, each judged against the reference result on the ArrayImgs of
	 * the same pixels. The main cases use ArrayImgs only.
	 */
	public static List<ConformanceCase> views(final Op op) {
		final List<ConformanceCase> cases = new ArrayList<>();
		final List<Map<String, Object>> sets = ParameterSets.of(op);
		if (sets.isEmpty()) return cases;
		final Map<String, Object> params = sets.get(0);
		for (final String storage : ConformanceViews.STORAGES) {
			addViews(cases, op, params, storage, PixelKind.FLOAT32, SIZE_2D);
			addViews(cases, op, params, storage, PixelKind.UINT16, SIZE_3D);
		}
		return cases;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addViews(final List<ConformanceCase> cases, final Op op, final Map<String, Object> params,
		final String storage, final PixelKind kind, final long[] dims)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> arrays = randomInputs(op, kind, dims);
		final List<RandomAccessibleInterval<? extends RealType<?>>> views = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> array : arrays)
			views.add(ConformanceViews.of(storage, (Img) array));
		if (accepts(op, params, views)) cases.add(new ConformanceCase(op, "random " + storage, params, views, arrays));
	}

	private static void add(final List<ConformanceCase> cases, final Op op, final Map<String, Object> params,
		final String source, final List<RandomAccessibleInterval<? extends RealType<?>>> inputs)
	{
		if (accepts(op, params, inputs)) cases.add(new ConformanceCase(op, source, params, inputs));
	}

	/** Whether the op's own validation accepts the call (the kit tests results, not rejections). */
	static boolean accepts(final Op op, final Map<String, Object> params,
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs)
	{
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<?> in : inputs)
			infos.add(HostImages.describe(in));
		try {
			final Parameters resolved = op.resolve(params);
			op.check(infos, resolved);
			return true;
		}
		catch (final IllegalArgumentException e) {
			return false;
		}
	}

	/** Seeded inputs for the op, of this kind and size, made the way the op needs them (mask, labels, ...). */
	public static List<RandomAccessibleInterval<? extends RealType<?>>> randomInputs(final Op op, final PixelKind kind,
		final long[] dims)
	{
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = new ArrayList<>();
		switch (inputStyle(op)) {
			case MASK:
				inputs.add(ConformanceImages.mask(kind, 14, 0.55, dims));
				break;
			case LABELS_AND_INTENSITY:
				inputs.add(ConformanceImages.labels(15, dims));
				inputs.add(ConformanceImages.random(kind, 11, dims));
				break;
			default:
				for (int i = 0; i < op.inputNames().size(); i++)
					inputs.add(ConformanceImages.random(kind, 11 + i, dims));
		}
		return inputs;
	}

	private static List<RandomAccessibleInterval<? extends RealType<?>>> sampleInputs(final Op op, final PixelKind kind) {
		final Img<? extends RealType<?>> cell = ConformanceImages.sample(kind);
		final long[] dims = new long[] { cell.dimension(0), cell.dimension(1) };
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = new ArrayList<>();
		switch (inputStyle(op)) {
			case MASK:
				inputs.add(aboveMean(ConformanceImages.sample(kind)));
				break;
			case LABELS_AND_INTENSITY:
				inputs.add(ConformanceImages.labels(15, dims));
				inputs.add(cell);
				break;
			default:
				inputs.add(cell);
				// NB: a second input differs from the first, so that differences and ratios are not trivial.
				for (int i = 1; i < op.inputNames().size(); i++)
					inputs.add(ConformanceImages.random(kind, 11 + i, dims));
		}
		return inputs;
	}

	/** The sample as a mask: 255 where a pixel is at least the mean, else 0. */
	private static Img<? extends RealType<?>> aboveMean(final Img<? extends RealType<?>> img) {
		double sum = 0;
		for (final RealType<?> t : img)
			sum += t.getRealDouble();
		final double mean = sum / img.size();
		for (final RealType<?> t : img)
			t.setReal(t.getRealDouble() >= mean ? 255 : 0);
		return img;
	}
}
