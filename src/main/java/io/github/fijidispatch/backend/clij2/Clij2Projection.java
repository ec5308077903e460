package io.github.fijidispatch.backend.clij2;

import java.util.Map;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.project.ProjectionOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

/**
 * Base of the projections: the input is arranged as a 3D stack whose z axis
 * is the projected one and whose x, y are the remaining axes in the output's
 * order (transposes, or a plain reinterpretation of a 2D buffer), then the
 * backend's {@code project} kernel writes the output directly, NaN skipped as
 * the contract says. NB: CLIJ2's {@code maximumZProjection} and the like are
 * not used: NaN propagates through them. See {@link ProjectionOp}.
 */
abstract class Clij2Projection extends AbstractClij2Implementation {

	/** What the {@code project} kernel computes along z (its {@code mode}). */
	enum Reduction {
		MAX, MIN, SUM, MEAN
	}

	private final Reduction reduction;

	protected Clij2Projection(final String opId, final Reduction reduction) {
		super(opId);
		this.reduction = reduction;
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
		final Map<String, Object> p = Clij2Kernels.sizeParameters(stack);
		p.put("dst", out);
		p.put("src", stack);
		p.put("mode", reduction.ordinal());
		final long[] size = Clij2Kernels.globalSize(stack);
		Clij2Kernels.run(ws.clij2(), "project", new long[] { size[0], size[1], 1 }, p);
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
