package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.InteriorWindow;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
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
	 * Into an {@code ArrayImg} of the output kind, or a box of one (a block's region of the block engine's output),
	 * the last pass writes its values straight in, as {@link FloatVolume#toImage} would store them; otherwise (and
	 * when the only pass is along X) as the default does, through a new image.
	 */
	@Override
	protected boolean computeInto(final OpCall call, final Imglib2Backend backend, final Object output)
		throws Exception
	{
		final int n = call.info(0).numDimensions();
		final double[] sigma = call.params().reals("sigma", n);
		final StridedConvolution.RasterSink into = lastAxis(sigma) > 0 ? sinkOf(output, call.outputInfo().kind()) : null;
		if (into == null) return super.computeInto(call, backend, output);
		passes(call.hostImage(0), sigma, call.params(), into);
		return true;
	}

	/** Where a pass can put values of an output of {@code kind}: its storage, or the rows of a box of it; else none. */
	private static StridedConvolution.RasterSink sinkOf(final Object output, final PixelKind kind) {
		final ArrayImg<?, ?> flat = PixelArrays.flatImage(output, kind);
		if (flat != null) {
			final Object storage = PixelArrays.storage(flat);
			final PixelArrays arrays = PixelArrays.of(kind);
			return (at, values, count) -> arrays.fromFloats(values, 0, storage, (int) at, count);
		}
		final RowWriter rows = RowWriter.of(output, kind);
		return rows == null ? null : (at, values, count) -> rows.fromFloats(values, at, count);
	}

	/** The last axis with σ &gt; 0, or −1. */
	private static int lastAxis(final double[] sigma) {
		for (int d = sigma.length - 1; d >= 0; d--)
			if (sigma[d] != 0) return d;
		return -1;
	}

	/**
	 * A float copy of {@code image} blurred as {@link GaussOp} defines it, or with the call's interior window
	 * ({@link InteriorWindow}) only that box of it, bit for bit.
	 */
	static FloatVolume blur(final RandomAccessibleInterval<? extends RealType<?>> image, final double[] sigma,
		final Parameters params)
	{
		return passes(image, sigma, params, null);
	}

	/**
	 * The passes of the blur (X, then Y, then Z), computing no more than the result needs: with an interior window the
	 * axes with σ = 0 are cropped to it as they are read, and each pass outputs only the window's range along its axis,
	 * on the lines the passes before it kept; so each pass is smaller than the one before. The X pass reads the
	 * image's rows where they are stored ({@link FloatVolume#filterRowsOf}: no float copy of the image first). The
	 * last pass, when along an axis above X and {@code into} is given, puts its values there and nothing is returned;
	 * otherwise the result is returned as a volume.
	 */
	private static FloatVolume passes(final RandomAccessibleInterval<? extends RealType<?>> image, final double[] sigma,
		final Parameters params, final StridedConvolution.RasterSink into)
	{
		final int n = image.numDimensions();
		final boolean window = InteriorWindow.isGiven(params);
		final long[] origin = window ? InteriorWindow.origin(params, n) : new long[n];
		final long[] size = window ? InteriorWindow.size(params, n) : Intervals.dimensionsAsLongArray(image);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			// NB: an axis without a pass is cropped while reading; the others keep every pixel for their kernel
			min[d] = image.min(d) + (sigma[d] == 0 ? origin[d] : 0);
			max[d] = sigma[d] == 0 ? min[d] + size[d] - 1 : image.max(d);
		}
		final RandomAccessibleInterval<? extends RealType<?>> box = window ? Views.zeroMin(Views.interval(image, min,
			max)) : image;
		final int last = lastAxis(sigma);
		final float[][] kernels = new float[n][];
		for (int d = 0; d < n; d++)
			kernels[d] = sigma[d] == 0 ? null : GaussOp.halfKernel(sigma[d]);
		if (n == 3 && last == 2) {
			final List<long[]> chunks = SliceRingBlur.chunks((int) size[2], kernels[2].length - 1, StridedConvolution
				.window((int) box.dimension(2), kernels[2]), size[0] * size[1]);
			if (chunks != null) return streamed(box, kernels, origin, size, chunks, into);
		}
		FloatVolume result = null;
		for (int d = 0; d <= last; d++) {
			if (kernels[d] == null) continue;
			final float[] k = kernels[d];
			final int from = (int) origin[d];
			final int length = (int) size[d];
			if (d == 0) {
				// NB: a pass follows: the X pass's values are consumed within this call, in a volume reused per thread
				result = last == 0 ? FloatVolume.filterRowsOf(box, k.length - 1, alongX(k), from, length) : FloatVolume
					.filterRowsOf(box, k.length - 1, alongX(k), from, length, intermediate(box, length));
				continue;
			}
			final FloatVolume source = result == null ? FloatVolume.copyOf(box) : result;
			if (d == last && into != null) {
				StridedConvolution.along(source, d, k, from, length, into);
				return null;
			}
			result = StridedConvolution.along(source, d, k, from, length);
		}
		return result == null ? FloatVolume.copyOf(box) : result;
	}

	/**
	 * The passes of a 3D blur with σ &gt; 0 along Z streamed slice by slice ({@link SliceRingBlur}, which gives the same
	 * values): into {@code into}, or a new volume returned when it is {@code null}.
	 */
	private static FloatVolume streamed(final RandomAccessibleInterval<? extends RealType<?>> box,
		final float[][] kernels, final long[] origin, final long[] size, final List<long[]> chunks,
		final StridedConvolution.RasterSink into)
	{
		final int[] from = new int[3];
		final int[] length = new int[3];
		for (int d = 0; d < 3; d++) {
			// NB: an axis without a pass was cropped to the window as the box was read
			from[d] = kernels[d] == null ? 0 : (int) origin[d];
			length[d] = (int) size[d];
		}
		if (into != null) {
			SliceRingBlur.blur(box, kernels, from, length, chunks, into);
			return null;
		}
		final FloatVolume result = FloatVolume.zeros(size);
		SliceRingBlur.blur(box, kernels, from, length, chunks, StridedConvolution.RasterSink.into(result.data()));
		return result;
	}

	/** The largest X pass kept per thread for the next call ({@link #intermediate}): 4 MB. */
	static final long REUSED_PIXELS = 1 << 20;

	/** Per thread, the last X pass that was consumed by a later pass within its call. */
	private static final ThreadLocal<FloatVolume> X_PASS = new ThreadLocal<>();

	/**
	 * A volume for the X pass of {@code box} ({@code length} positions of each row) that a later pass consumes within
	 * the same call: the calling thread's last one when it has that size (the blocks of a block run mostly do: no
	 * volume allocated and zeroed per block), else a new one, kept when small. Its values are not zeroed.
	 */
	private static FloatVolume intermediate(final RandomAccessibleInterval<?> box, final int length) {
		final long[] size = Intervals.dimensionsAsLongArray(box);
		size[0] = length;
		final FloatVolume last = X_PASS.get();
		if (last != null && Arrays.equals(last.img().dimensionsAsLongArray(), size)) return last;
		final FloatVolume fresh = FloatVolume.zeros(size);
		if (Intervals.numElements(size) <= REUSED_PIXELS) X_PASS.set(fresh);
		return fresh;
	}

	/** {@link #convolve} with {@code k} as the window filter of the X pass. */
	static FloatVolume.WindowFilter alongX(final float[] k) {
		return (padded, out, length, width, batch) -> convolve(k, padded, out, length, width, batch);
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
