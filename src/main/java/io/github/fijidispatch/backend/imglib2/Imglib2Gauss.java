package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.gauss} on the CPU: one symmetric 1D convolution per axis with
 * σ &gt; 0 on a float copy ({@link FloatVolume}), then rounding into the input's
 * pixel type. A call with the internal interior window computes only what
 * the window needs, pass by pass ({@link #blur(RandomAccessibleInterval,
 * double[], Parameters)}). See {@link GaussOp} for the contract.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Gauss extends AbstractImglib2Implementation {

	public Imglib2Gauss() {
		super(GaussOp.ID);
	}

	/**
	 * Separable: pixels × the summed lengths of the 1D kernels ({@link GaussOp#windowLengths}); with an interior
	 * window, each pass's own pixels (those it outputs, see {@link #blur(RandomAccessibleInterval, double[],
	 * Parameters)}) × its kernel's length.
	 */
	@Override
	public long work(final OpCall call) {
		final int n = call.info(0).numDimensions();
		final double[] sigma = call.params().reals("sigma", n);
		if (!InteriorWindow.isGiven(call.params())) return Math.max(1, call.info(0).pixelCount()) * GaussOp.windowLengths(
			sigma);
		final long[] pass = call.info(0).dimensions();
		final long[] size = InteriorWindow.size(call.params(), n);
		for (int d = 0; d < n; d++)
			if (sigma[d] == 0) pass[d] = size[d];
		long work = 0;
		for (int d = 0; d < n; d++) {
			if (sigma[d] == 0) continue;
			pass[d] = size[d];
			long pixels = 1;
			for (final long p : pass)
				pixels *= p;
			work += pixels * (2L * GaussOp.radius(sigma[d]) + 1);
		}
		return Math.max(1, work);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final int n = call.info(0).numDimensions();
		final double[] sigma = call.params().reals("sigma", n);
		return blur(call.hostImage(0), sigma, call.params()).toImage(call.info(0).kind());
	}

	/**
	 * A float copy of {@code image} blurred as {@link GaussOp} defines it, or with the call's interior window
	 * ({@link InteriorWindow}) only that box of it, bit for bit, computing no more than the box needs: the copy holds
	 * the box's range on the axes with σ = 0 and every pixel on the others, and each pass (X, then Y, then Z) outputs
	 * only the box's range along its axis, on the lines the passes before it kept; so each pass is smaller than the
	 * one before.
	 */
	static FloatVolume blur(final RandomAccessibleInterval<? extends RealType<?>> image, final double[] sigma,
		final Parameters params)
	{
		if (!InteriorWindow.isGiven(params)) return blur(FloatVolume.copyOf(image), sigma);
		final int n = image.numDimensions();
		final long[] origin = InteriorWindow.origin(params, n);
		final long[] size = InteriorWindow.size(params, n);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			// NB: an axis without a pass is cropped while copying; the others keep every pixel for their kernel
			min[d] = image.min(d) + (sigma[d] == 0 ? origin[d] : 0);
			max[d] = sigma[d] == 0 ? min[d] + size[d] - 1 : image.max(d);
		}
		FloatVolume result = FloatVolume.copyOf(Views.zeroMin(Views.interval(image, min, max)));
		for (int d = 0; d < n; d++) {
			if (sigma[d] == 0) continue;
			final float[] k = GaussOp.halfKernel(sigma[d]);
			final int from = (int) origin[d];
			final int length = (int) size[d];
			if (d == 0) result = result.filterAlong(0, k.length - 1, (padded, out, len, width, batch) -> convolve(k, padded,
				out, len, width, batch), from, length);
			else result = StridedConvolution.along(result, d, k, from, length);
		}
		return result;
	}

	/**
	 * Blurs a volume as {@link GaussOp} defines it, one pass per axis with σ &gt;
	 * 0, consuming it: X in place (line by line), other axes into a new volume
	 * ({@link StridedConvolution}). Returns the blurred volume.
	 */
	static FloatVolume blur(final FloatVolume volume, final double[] sigma) {
		FloatVolume result = volume;
		for (int d = 0; d < sigma.length; d++) {
			if (sigma[d] == 0) continue;
			final float[] k = GaussOp.halfKernel(sigma[d]);
			if (d == 0) result.filterAlong(0, k.length - 1, (padded, out, length, width, batch) -> convolve(k, padded, out,
				length, width, batch));
			else result = StridedConvolution.along(result, d, k);
		}
		return result;
	}

	/**
	 * Symmetric convolution: out[j] = k0·x[j] + Σ k[t]·(x[j−t] + x[j+t]), the
	 * terms added in this order (t = 1, 2, ...) whatever the loop order, so the
	 * float result does not depend on the batch width.
	 */
	static void convolve(final float[] k, final float[] padded, final float[] out, final int length, final int width,
		final int batch)
	{
		if (batch == 1) {
			convolveLine(k, padded, out, length);
			return;
		}
		final int r = k.length - 1;
		for (int j = 0; j < length; j++) {
			final int centre = (j + r) * batch;
			final int o = j * batch;
			for (int b = 0; b < width; b++)
				out[o + b] = k[0] * padded[centre + b];
			for (int t = 1; t <= r; t++) {
				final float w = k[t];
				final int lo = centre - t * batch;
				final int hi = centre + t * batch;
				for (int b = 0; b < width; b++)
					out[o + b] += w * (padded[lo + b] + padded[hi + b]);
			}
		}
	}

	/**
	 * {@link #convolve} for a single line (lines along X): each term swept along the whole line, its two shifted runs
	 * of the padded line first copied to the start of arrays of their own ({@link #SHIFTED}), so that the sweep indexes
	 * every array from 0. (C2 before JDK 24 vectorises a loop only when all its array indices share one offset; the
	 * sweep over {@code padded[r - t + j]} and {@code padded[r + t + j]} into {@code out[j]} ran as scalar code.)
	 */
	private static void convolveLine(final float[] k, final float[] padded, final float[] out, final int length) {
		final int r = k.length - 1;
		final float k0 = k[0];
		final float[][] shifted = shifted(length);
		final float[] lo = shifted[0];
		final float[] hi = shifted[1];
		System.arraycopy(padded, r, lo, 0, length);
		for (int j = 0; j < length; j++)
			out[j] = k0 * lo[j];
		for (int t = 1; t <= r; t++) {
			final float w = k[t];
			System.arraycopy(padded, r - t, lo, 0, length);
			System.arraycopy(padded, r + t, hi, 0, length);
			for (int j = 0; j < length; j++)
				out[j] += w * (lo[j] + hi[j]);
		}
	}

	/** Two arrays per thread for {@link #convolveLine}'s shifted runs, grown to the longest line seen. */
	private static final ThreadLocal<float[][]> SHIFTED = ThreadLocal.withInitial(() -> new float[][] { new float[0],
		new float[0] });

	private static float[][] shifted(final int length) {
		final float[][] shifted = SHIFTED.get();
		if (shifted[0].length < length) {
			shifted[0] = new float[length];
			shifted[1] = new float[length];
		}
		return shifted;
	}
}
