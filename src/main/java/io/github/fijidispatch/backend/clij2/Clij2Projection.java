package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij.clearcl.interfaces.ClearCLImageInterface;
import net.haesleinhuepf.clij2.CLIJ2;

/**
 * Base of the projections: the input is arranged as a 3D stack whose z axis
 * is the projected one and whose x, y are the remaining axes in the output's
 * order (transposes, or a plain reinterpretation of a 2D buffer), then
 * CLIJ2's z projection writes the output directly. See {@link ProjectionOp}.
 */
abstract class Clij2Projection extends AbstractClij2Implementation {

	/** One CLIJ2 z-projection kernel. */
	@FunctionalInterface
	interface ZProjection {

		boolean apply(CLIJ2 clij2, ClearCLImageInterface stack, ClearCLImageInterface out);
	}

	private final String kernelName;
	private final ZProjection kernel;

	protected Clij2Projection(final String opId, final String kernelName, final ZProjection kernel) {
		super(opId);
		this.kernelName = kernelName;
		this.kernel = kernel;
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		// NB: up to two rearranged copies of the input, at most float-sized each.
		return 2;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final ClearCLBuffer in = input(call, 0);
		final ImageInfo outInfo = call.outputInfo();
		final ClearCLBuffer stack = alongZ(ws, in, call.info(0), ProjectionOp.axis(call.params()));
		final ClearCLBuffer out = ws.create(outInfo.dimensions(), outInfo.kind());
		Clij2Workspace.check(kernel.apply(ws.clij2(), stack, out), kernelName);
		return out;
	}

	/** The input as a 3D stack with the projected axis last and the other axes in order. */
	private static ClearCLBuffer alongZ(final Clij2Workspace ws, final ClearCLBuffer in, final ImageInfo info, final int axis) {
		final long[] d = info.dimensions();
		if (d.length == 2) {
			// NB: X×Y read as X×1×Y (project y) or, transposed, 1×Y×X (project x); the memory layout is unchanged.
			final ClearCLBuffer flat = ws.reinterpret(in, axis == 1 ? new long[] { d[0], 1, d[1] } : new long[] { d[0], d[1], 1 });
			if (axis == 1) return flat;
			final ClearCLBuffer t = ws.create(new long[] { 1, d[1], d[0] }, info.kind());
			Clij2Workspace.check(ws.clij2().transposeXZ(flat, t), "transposeXZ");
			return t;
		}
		if (axis == 2) return in;
		if (axis == 1) {
			final ClearCLBuffer t = ws.create(new long[] { d[0], d[2], d[1] }, info.kind());
			Clij2Workspace.check(ws.clij2().transposeYZ(in, t), "transposeYZ");
			return t;
		}
		final ClearCLBuffer yxz = ws.create(new long[] { d[1], d[0], d[2] }, info.kind());
		Clij2Workspace.check(ws.clij2().transposeXY(in, yxz), "transposeXY");
		final ClearCLBuffer yzx = ws.create(new long[] { d[1], d[2], d[0] }, info.kind());
		Clij2Workspace.check(ws.clij2().transposeYZ(yxz, yzx), "transposeYZ");
		return yzx;
	}
}
