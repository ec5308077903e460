package io.github.fijidispatch.backend.clij2;

import java.nio.FloatBuffer;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.scale} with the backend's {@code resample} kernel. The
 * sampling positions {@code (i + 0.5) / f − 0.5} are separable, so they are
 * computed per axis on the host in double — the source index
 * ({@code floor(p + 0.5)} for nearest, {@code floor(p)} for linear) and the
 * linear weight — and uploaded as small lookup buffers; the kernel reads zero
 * outside the image and interpolates in float. Nearest is thus exact; integer
 * outputs are rounded half up and saturated. Indices are held as floats:
 * axes over 2^24 pixels are declined. A call with the internal box
 * parameters computes that box of the whole result. See {@link ScaleOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Scale extends AbstractClij2Implementation {

	/** The longest axis whose indices float lookups hold exactly. */
	static final long MAX_AXIS = 1L << 24;

	public Clij2Scale() {
		super(ScaleOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		final long[] in = call.info(0).dimensions();
		final long[] out = call.outputInfo().dimensions();
		for (int d = 0; d < in.length; d++)
			if (in[d] > MAX_AXIS || out[d] > MAX_AXIS) return Support.no("clij2's resampling holds pixel indices as float, exact up to 2^24 = " +
				MAX_AXIS + " per axis; axis " + "xyz".charAt(d) + " has " + Math.max(in[d], out[d]) + ": run on imglib2");
		return Support.yes();
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 0;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final long[] dims = call.outputInfo().dimensions();
		final int n = dims.length;
		final double[] f = call.params().reals("factors", n);
		final boolean linear = "linear".equals(call.params().choice("interpolation"));
		final ClearCLBuffer out = ws.create(dims, call.info(0).kind());
		// NB: a box of the whole result (the block engine's internal parameters) samples at the whole image's positions
		final long[] outOrigin = ScaleOp.origin(call.params(), n, false);
		final long[] srcOrigin = ScaleOp.origin(call.params(), n, true);
		final long[] source = Clij2Kernels.globalSize(in);
		final Map<String, Object> p = Clij2Kernels.sizeParameters(out);
		p.remove("depth");
		p.put("src", in);
		p.put("dst", out);
		p.put("sw", (int) source[0]);
		p.put("sh", (int) source[1]);
		p.put("sd", (int) source[2]);
		p.put("rounding", call.info(0).kind().isInteger() ? 1 : 0);
		for (int d = 0; d < 3; d++) {
			final int size = d < n ? (int) dims[d] : 1;
			final float[] index = new float[size];
			final float[] weight = new float[size];
			for (int i = 0; d < n && i < size; i++) {
				final double pos = ScaleOp.position(outOrigin[d] + i, f[d]);
				final double base = Math.floor(linear ? pos : pos + 0.5);
				index[i] = (float) (base - srcOrigin[d]);
				weight[i] = linear ? (float) (pos - base) : 0;
			}
			p.put("l" + "xyz".charAt(d), upload(ws, index));
			p.put("w" + "xyz".charAt(d), upload(ws, weight));
		}
		Clij2Kernels.run(ws.clij2(), "resample", out, p);
		return out;
	}

	private static ClearCLBuffer upload(final Clij2Workspace ws, final float[] values) {
		final ClearCLBuffer b = ws.floats(new long[] { values.length });
		b.readFrom(FloatBuffer.wrap(values), true);
		return b;
	}
}
