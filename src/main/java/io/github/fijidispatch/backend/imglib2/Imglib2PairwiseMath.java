package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.math.PairwiseMathOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The pixel-by-pixel ops on two images ({@link PairwiseMathOp}) on the CPU:
 * one parallel loop computing {@code operator(a, b)} in double and storing it
 * in the output kind the op declares (rounded half up and saturated for
 * integer kinds): a table of every pair of values for two array-backed 8-bit
 * images ({@link TabulatedMap}), plain array blocks for other array-backed
 * images ({@link FlatPixels}), pixel by pixel for views. Subclasses only name
 * the op and the operator.
 */
public abstract class Imglib2PairwiseMath extends AbstractOpImplementation<Imglib2Backend> {

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
		super(opId, Imglib2Backend.ID, Imglib2Backend.class);
		this.operator = operator;
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		return compute(call, call.outputInfo().kind());
	}

	private <T extends RealType<T> & NativeType<T>> Img<T> compute(final OpCall call, final PixelKind kind) {
		final Img<T> tabulated = TabulatedMap.map(call.hostImage(0), call.hostImage(1), kind, operator);
		if (tabulated != null) return tabulated;
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(call.info(0).dimensions());
		final DoubleUnaryOperator store = StoredValues.forKind(kind);
		final BlockOperator op = operator;
		final RandomAccessibleInterval<? extends RealType<?>> a = call.hostImage(0);
		final RandomAccessibleInterval<? extends RealType<?>> b = call.hostImage(1);
		final FlatPixels fa = FlatPixels.of(a);
		final FlatPixels fb = FlatPixels.of(b);
		final FlatPixels to = FlatPixels.of(out);
		if (fa != null && fb != null && to != null && fa.size() == fb.size()) {
			FlatPixels.forEachRange(fa.size(), (from, end) -> {
				final double[] x = new double[FlatPixels.BLOCK];
				final double[] y = new double[FlatPixels.BLOCK];
				for (long flat = from; flat < end; flat += FlatPixels.BLOCK) {
					final int n = (int) Math.min(FlatPixels.BLOCK, end - flat);
					fa.read(flat, x, n);
					fb.read(flat, y, n);
					op.apply(x, y, n);
					to.write(flat, x, n);
				}
			});
			return out;
		}
		LoopBuilder.setImages(Views.zeroMin(a), Views.zeroMin(b), out).multiThreaded().forEachChunk(chunk -> {
			final double[] x = new double[1];
			final double[] y = new double[1];
			chunk.forEachPixel((p, q, o) -> {
				x[0] = p.getRealDouble();
				y[0] = q.getRealDouble();
				op.apply(x, y, 1);
				o.setReal(store.applyAsDouble(x[0]));
			});
			return null;
		});
		return out;
	}
}
