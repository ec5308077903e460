package io.github.fijidispatch.backend.clij2;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

import org.scijava.plugin.Plugin;

/**
 * {@code label.components} on the device with the backend's own kernels
 * ({@code label_*.cl}; CLIJ2's own labelling links imglib2-ij, which only
 * Fiji ships, and may number components in another order), numbered as the
 * reference numbers them: 1..N in raster order of each component's first
 * pixel. See {@link ComponentsOp}.
 * <p>
 * Label equivalence on an int label per pixel, starting as the pixel's own
 * index: a scan lowers, with an atomic minimum, the label of the pixel a
 * label names to the smallest label among the neighbours; pointer jumping
 * then takes every pixel to the root of its chain. Scans repeat until one
 * changes nothing (a flag pulled to the host per scan); every component then
 * carries the index of its first pixel. Numbering stays on the device: roots
 * are counted per chunk of {@value #CHUNK} pixels, a one-item prefix sum gives
 * each chunk its first number, each chunk numbers its roots in order, and
 * every other pixel copies its root's number. Images over 2^24 pixels are
 * declined: float labels would merge silently.
 * </p>
 */
@Plugin(type = OpImplementation.class)
public class Clij2Components extends AbstractClij2Implementation {

	/** Pixels per work item of the root counting and numbering. */
	static final int CHUNK = 1024;

	public Clij2Components() {
		super(ComponentsOp.ID);
	}

	@Override
	protected Support accepts(final OpCall call) {
		final long n = call.info(0).pixelCount();
		if (n > ComponentsOp.MAX_PIXELS) return Support.no("clij2 labels in float32, exact only up to 2^24 = " +
			ComponentsOp.MAX_PIXELS + " pixels; this image has " + n + ": crop or tile it, or run on imglib2");
		return Support.yes();
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: the int labels (as large as a float image), plus a count per chunk
		return 2;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final CLIJ2 clij2 = ws.clij2();
		final int count = (int) in.getVolume();
		final ClearCLBuffer labels = ws.floats(in.getDimensions());
		final Map<String, Object> init = new HashMap<>();
		init.put("labels", labels);
		init.put("src", in);
		init.put("count", count);
		Clij2Kernels.run(clij2, "label_init", count, init);
		equivalences(clij2, ws, labels, in, "full".equals(call.params().choice("connectivity")));
		final ClearCLBuffer out = ws.floats(in.getDimensions());
		number(clij2, ws, labels, out, count);
		return out;
	}

	/** Scans and resolves until a scan changes nothing: every pixel then holds its component's first index. */
	private static void equivalences(final CLIJ2 clij2, final Clij2Workspace ws, final ClearCLBuffer labels,
		final ClearCLBuffer shape, final boolean full)
	{
		final ClearCLBuffer changed = ws.floats(new long[] { 1 });
		final Map<String, Object> scan = Clij2Kernels.sizeParameters(shape);
		scan.put("labels", labels);
		scan.put("changed", changed);
		scan.put("full", full ? 1 : 0);
		final Map<String, Object> resolve = new HashMap<>();
		resolve.put("labels", labels);
		resolve.put("count", (int) shape.getVolume());
		final float[] flag = new float[1];
		do {
			// NB: float 0 and int 0 have the same bits
			flag[0] = 0;
			changed.readFrom(FloatBuffer.wrap(flag), true);
			Clij2Kernels.run(clij2, "label_scan", shape, scan);
			Clij2Kernels.run(clij2, "label_resolve", shape.getVolume(), resolve);
			changed.writeTo(FloatBuffer.wrap(flag), true);
		}
		while (Float.floatToRawIntBits(flag[0]) != 0);
	}

	/** Writes 1..N at the roots in raster order, then every other foreground pixel's root's number, 0 elsewhere. */
	private static void number(final CLIJ2 clij2, final Clij2Workspace ws, final ClearCLBuffer labels,
		final ClearCLBuffer out, final int count)
	{
		final int chunks = (count + CHUNK - 1) / CHUNK;
		final ClearCLBuffer roots = ws.floats(new long[] { chunks });
		final Map<String, Object> p = new HashMap<>();
		p.put("roots", roots);
		p.put("labels", labels);
		p.put("count", count);
		p.put("chunk", CHUNK);
		Clij2Kernels.run(clij2, "label_count_roots", chunks, p);
		final Map<String, Object> offsets = new HashMap<>();
		offsets.put("roots", roots);
		offsets.put("chunks", chunks);
		Clij2Kernels.run(clij2, "label_offsets", 1, offsets);
		p.put("dst", out);
		Clij2Kernels.run(clij2, "label_number", chunks, p);
		final Map<String, Object> spread = new HashMap<>();
		spread.put("dst", out);
		spread.put("labels", labels);
		spread.put("count", count);
		Clij2Kernels.run(clij2, "label_spread", count, spread);
	}
}
