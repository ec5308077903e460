package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * Ops that map every pixel through a function of its value on the CPU: one
 * parallel loop computing the function in double and storing it in the
 * output kind (rounded half up and saturated for integer kinds). Images of
 * integer kinds up to 16 bits look the results up in a table
 * ({@link TabulatedMap}); others run in plain array blocks
 * ({@link PixelBlocks}), views and every storage alike. Subclasses
 * name the op and build the function from the call's parameters. Into a
 * caller's {@code ArrayImg} of the output kind, the loop writes it directly
 * ({@link #computeInto}); reading each block before writing it, so the output
 * may be the input (in place). Into a box of such an image (a view whose rows
 * are runs of its storage, {@link RowWriter}: a block's region of the block
 * engine's output), it writes the box's rows in place, with the same values.
 */
public abstract class Imglib2PixelMath extends AbstractImglib2Implementation {

	/** Pixels per parallel range, at least, of the plain float loop. */
	private static final long LINEAR_GRAIN = 1 << 16;

	private final Function<Parameters, DoubleUnaryOperator> function;

	protected Imglib2PixelMath(final String opId, final Function<Parameters, DoubleUnaryOperator> function) {
		super(opId);
		this.function = function;
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return map(call.hostImage(0), call.outputInfo().kind(), function.apply(call.params()), null);
	}

	@Override
	protected boolean computeInto(final OpCall call, final Imglib2Backend backend, final Object output)
		throws Exception
	{
		final ArrayImg<?, ?> target = PixelArrays.flatImage(output, call.outputInfo().kind());
		if (target != null) {
			map(call.hostImage(0), call.outputInfo().kind(), function.apply(call.params()), target);
			return true;
		}
		final RowWriter rows = RowWriter.of(output, call.outputInfo().kind());
		if (rows == null) return super.computeInto(call, backend, output);
		mapRows(call.hostImage(0), call.outputInfo().kind(), function.apply(call.params()), rows);
		return true;
	}

	/**
	 * {@link #map} into the rows of a box of an output ({@code into}, of the image's size): the float32 linear loop
	 * row by row when the image's rows are runs of a float array too, else the blocks of doubles; the same values as
	 * {@link #map} stores (its tables hold exactly what {@link PixelArrays#fromDoubles} stores of {@code f}).
	 */
	static void mapRows(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind,
		final DoubleUnaryOperator f, final RowWriter into)
	{
		final StridedRows source = kind == PixelKind.FLOAT32 && f instanceof Linear ? floatRuns(image) : null;
		if (source != null && into.sameShape(source)) {
			final float[] in = (float[]) source.runArray();
			final float[] out = (float[]) into.storage();
			// NB: rows that follow each other in both storages (a block of whole rows or planes) go in one loop
			final long rowsPerRun = Math.min(source.rowsPerRun(LINEAR_GRAIN), into.rowsPerRun(LINEAR_GRAIN));
			final int length = (int) (into.width() * rowsPerRun);
			final Linear linear = (Linear) f;
			ParallelRanges.forEach(into.rowCount() / rowsPerRun, Math.max(1, LINEAR_GRAIN / length), (from, to) -> {
				for (long g = from; g < to; g++) {
					final long r = g * rowsPerRun;
					if (linear == Linear.IDENTITY) System.arraycopy(in, source.runStart(r), out, into.rowStart(r), length);
					else linear.applyTo(in, source.runStart(r), out, into.rowStart(r), length);
				}
			});
			return;
		}
		final PixelBlocks blocks = PixelBlocks.of(image);
		blocks.forEachRange((reader, first, end) -> {
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				if (f instanceof Linear) ((Linear) f).applyTo(block, n);
				else for (int i = 0; i < n; i++)
					block[i] = f.applyAsDouble(block[i]);
				into.fromDoubles(block, blocks.start(b), n);
			}
		});
	}

	/** The rows of a float32 image that are runs of one float array (the array image itself, or a box of it), or {@code null}. */
	private static StridedRows floatRuns(final RandomAccessibleInterval<? extends RealType<?>> image) {
		if (PixelKind.of(image.getType()) != PixelKind.FLOAT32) return null;
		final StridedRows rows = StridedRows.of(image, PixelKind.FLOAT32);
		return rows != null && rows.rowsAreRuns() ? rows : null;
	}

	/**
	 * An image of {@code kind} holding {@code f} of every pixel, stored as that
	 * kind stores values: {@code into} (an {@code ArrayImg} of {@code kind} and
	 * the image's size, which may be the image itself), or a new one when
	 * {@code null}.
	 */
	static <T extends RealType<T> & NativeType<T>> Img<T> map(final RandomAccessibleInterval<? extends RealType<?>> image,
		final PixelKind kind, final DoubleUnaryOperator f, final ArrayImg<?, ?> into)
	{
		if (into == null && f == Linear.IDENTITY && kind == PixelKind.FLOAT32) {
			// NB: one plain conversion loop straight into the float output
			@SuppressWarnings("unchecked")
			final Img<T> floats = (Img<T>) (Img<?>) FloatVolume.copyOf(image).img();
			return floats;
		}
		final Img<T> linear = linearFloats(image, kind, f, into);
		if (linear != null) return linear;
		final Img<T> tabulated = TabulatedMap.map(image, kind, f, into);
		if (tabulated != null) return tabulated;
		final PixelBlocks source = PixelBlocks.of(image);
		final ArrayImg<T, ?> out = TabulatedMap.target(into, kind, source);
		final Object target = PixelArrays.storage(out);
		final PixelArrays to = PixelArrays.of(kind);
		source.forEachRange((reader, first, end) -> {
			final double[] block = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, block);
				if (f instanceof Linear) ((Linear) f).applyTo(block, n);
				else for (int i = 0; i < n; i++)
					block[i] = f.applyAsDouble(block[i]);
				to.fromDoubles(block, 0, target, (int) source.start(b), n);
			}
		});
		return out;
	}

	/**
	 * The memory-bound case in one plain loop over the arrays, in parallel: a
	 * {@link Linear} map of a float32 {@code ArrayImg} to float32 (into
	 * {@code into}, which may be the image itself, or a new image). {@code null}
	 * for any other case.
	 */
	private static <T extends RealType<T> & NativeType<T>> Img<T> linearFloats(
		final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind, final DoubleUnaryOperator f,
		final ArrayImg<?, ?> into)
	{
		final ArrayImg<?, ?> source = PixelArrays.flatImage(image, PixelKind.FLOAT32);
		if (kind != PixelKind.FLOAT32 || !(f instanceof Linear) || source == null) return null;
		final float[] in = (float[]) PixelArrays.storage(source);
		@SuppressWarnings("unchecked")
		final ArrayImg<T, ?> out = into != null ? (ArrayImg<T, ?>) into : PixelArrays.newImage(kind, Intervals
			.dimensionsAsLongArray(image));
		final float[] target = (float[]) PixelArrays.storage(out);
		final Linear linear = (Linear) f;
		ParallelRanges.forEach(in.length, LINEAR_GRAIN, (from, to) -> {
			// NB: in blocks, so that the loop is a method called often (compiled whole, early) rather than one long OSR loop
			for (long b = from; b < to; b += PixelBlocks.BLOCK)
				linear.applyTo(in, target, (int) b, (int) Math.min(to, b + PixelBlocks.BLOCK));
		});
		return out;
	}

	/**
	 * The mapping {@code v ↦ (v − shift) · factor}, which {@link #map} applies
	 * to whole blocks in one loop instead of a call per pixel: the identity,
	 * adding or multiplying a scalar (exactly {@code v + s} and {@code v · s}),
	 * a linear rescaling.
	 */
	static final class Linear implements DoubleUnaryOperator {

		/** {@code v ↦ v}; {@link #map} skips it altogether. */
		static final Linear IDENTITY = new Linear(0, 1);

		private final double shift;
		private final double factor;

		Linear(final double shift, final double factor) {
			this.shift = shift;
			this.factor = factor;
		}

		/** {@code v ↦ v + value} (as {@code (v − (−value)) · 1}, which IEEE arithmetic makes identical). */
		static Linear plus(final double value) {
			return new Linear(-value, 1);
		}

		/** {@code v ↦ v · value}. */
		static Linear times(final double value) {
			return new Linear(0, value);
		}

		@Override
		public double applyAsDouble(final double v) {
			return (v - shift) * factor;
		}

		/**
		 * {@code out[i] = (float) f(in[i])} for {@code from ≤ i < to}: the
		 * float values in double, as every path computes them. NB: one float
		 * operation with a float operand (a scalar a float holds exactly, added
		 * or multiplied) rounds to the same float as the double operation
		 * rounded to float (double has more than twice float's precision, so
		 * its rounding is innocuous), and float loops vectorise where the
		 * float→double conversions do not (about 6× less CPU time): those
		 * cases run in float ({@code LinearFloatLoopTest}).
		 */
		void applyTo(final float[] in, final float[] out, final int from, final int to) {
			final float s = (float) shift;
			final float k = (float) factor;
			if (factor == 1 && s == shift) {
				for (int i = from; i < to; i++)
					out[i] = in[i] - s;
			}
			else if (Double.doubleToRawLongBits(shift) == 0 && k == factor) {
				// NB: +0 only: v − (−0) turns −0 into +0 before the product
				for (int i = from; i < to; i++)
					out[i] = in[i] * k;
			}
			else {
				final double ds = shift;
				final double dk = factor;
				for (int i = from; i < to; i++)
					out[i] = (float) ((in[i] - ds) * dk);
			}
		}

		/** As {@link #applyTo(float[], float[], int, int)}, from {@code in[at ..]} to {@code out[to ..]}, {@code n} pixels. */
		void applyTo(final float[] in, final int at, final float[] out, final int to, final int n) {
			// NB: one index for both arrays where it can (a block's box of an input and of an output of the same size):
			// C2 before JDK 24 vectorises the loop only then
			if (at == to) {
				applyTo(in, out, at, at + n);
				return;
			}
			final float s = (float) shift;
			final float k = (float) factor;
			if (factor == 1 && s == shift) {
				for (int i = 0; i < n; i++)
					out[to + i] = in[at + i] - s;
			}
			else if (Double.doubleToRawLongBits(shift) == 0 && k == factor) {
				for (int i = 0; i < n; i++)
					out[to + i] = in[at + i] * k;
			}
			else {
				final double ds = shift;
				final double dk = factor;
				for (int i = 0; i < n; i++)
					out[to + i] = (float) ((in[at + i] - ds) * dk);
			}
		}

		void applyTo(final double[] values, final int n) {
			if (this == IDENTITY) return;
			for (int i = 0; i < n; i++)
				values[i] = (values[i] - shift) * factor;
		}
	}
}
