package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.math.PairwiseMathOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * The pixel-by-pixel ops on two images ({@link PairwiseMathOp}) on the CPU:
 * one parallel loop computing {@code operator(a, b)} in double and storing it
 * in the output kind the op declares (rounded half up and saturated for
 * integer kinds): a table of every pair of values for two 8-bit images
 * ({@link TabulatedMap}), plain array blocks for others ({@link PixelBlocks}),
 * views and every storage alike. Subclasses only name
 * the op and the operator. Into a caller's {@code ArrayImg} of the output
 * kind, the loop writes it directly ({@link #computeInto}), each block read
 * from both inputs before it is written, so the output may be either input.
 */
public abstract class Imglib2PairwiseMath extends AbstractImglib2Implementation {

	/**
	 * The operator over a block of pixel pairs:
	 * {@code x[i] = operator(x[i], y[i])} for {@code i < n}. Each op's own
	 * loop, so that no call is made per pixel.
	 */
	@FunctionalInterface
	protected interface BlockOperator extends TabulatedMap.PairFunction {
		// NB: the op's loop, tabulated for pairs of 8-bit images
	}

	private final BlockOperator operator;

	protected Imglib2PairwiseMath(final String opId, final BlockOperator operator) {
		super(opId);
		this.operator = operator;
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return compute(call, call.outputInfo().kind(), null);
	}

	@Override
	protected boolean computeInto(final OpCall call, final Imglib2Backend backend, final Object output)
		throws Exception
	{
		final ArrayImg<?, ?> target = PixelArrays.flatImage(output, call.outputInfo().kind());
		if (target == null) return super.computeInto(call, backend, output);
		compute(call, call.outputInfo().kind(), target);
		return true;
	}

	private <T extends RealType<T> & NativeType<T>> Img<T> compute(final OpCall call, final PixelKind kind,
		final ArrayImg<?, ?> into)
	{
		final Img<T> tabulated = TabulatedMap.map(call.hostImage(0), call.hostImage(1), kind, operator, into);
		if (tabulated != null) return tabulated;
		final PixelBlocks a = PixelBlocks.of(call.hostImage(0));
		final PixelBlocks b = PixelBlocks.of(call.hostImage(1));
		final ArrayImg<T, ?> out = TabulatedMap.target(into, kind, a);
		final Object target = PixelArrays.storage(out);
		final PixelArrays to = PixelArrays.of(kind);
		final BlockOperator op = operator;
		a.forEachRange((reader, first, end) -> {
			// NB: images of one size (the op checks it) have the same blocks
			final PixelBlocks.Reader other = b.reader();
			final double[] x = new double[PixelBlocks.BLOCK];
			final double[] y = new double[PixelBlocks.BLOCK];
			for (long block = first; block < end; block++) {
				final int n = reader.doubles(block, x);
				other.doubles(block, y);
				op.apply(x, y, n);
				to.fromDoubles(x, 0, target, (int) a.start(block), n);
			}
		});
		return out;
	}
}
