package io.github.fijidispatch.op.filter;

import io.github.fijidispatch.op.BlockPlan;
import java.util.List;

import io.github.fijidispatch.op.AbstractOp;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

import org.scijava.plugin.Plugin;

/**
 * {@code filter.sobel}: Sobel gradient magnitude.
 * <p>
 * Contract: {@code sqrt(Σ_a g_a²)} over the axes {@code a}, where {@code g_a}
 * is the correlation with the Sobel kernel for axis {@code a}: the derivative
 * {@code [-1, 0, 1]} along {@code a} times the smoothing {@code [1, 2, 1]}
 * along every other axis, i.e. the weight of the neighbour at offset
 * {@code o ∈ {-1,0,1}ⁿ} is {@code o_a · Π_{b≠a} (2 − |o_b|)}. In 2D this is the
 * standard 3×3 Sobel ({@code gx = [[-1,0,1],[-2,0,2],[-1,0,1]]}, {@code gy} its
 * transpose), in 3D the 3×3×3 Sobel–Feldman kernel; no normalisation. A
 * neighbour of weight 0 (offset 0 along {@code a}) is not part of {@code g_a},
 * so a NaN there does not reach it. Boundary:
 * clamp to edge. Arithmetic in float; the output is float32 of the input's
 * size. Tolerance: float |Δ| ≤ 1e-4 · input range (at least 16 float32 ulps of the largest magnitude), integer
 * |Δ| ≤ 1.
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN window gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class SobelOp extends AbstractOp {

	public static final String ID = "filter.sobel";

	public SobelOp() {
		super(ID, "Sobel", "Filters", "Gradient magnitude with the 3×3 (3×3×3) Sobel kernels, clamp-to-edge, float out.",
			oneImage());
	}

	@Override
	public ImageInfo outputInfo(final List<ImageInfo> inputs, final Parameters params) {
		return inputs.get(0).withKind(PixelKind.FLOAT32);
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("window");
	}

	/** A 3-pixel stencil on every axis. */
	@Override
	public BlockPlan blockwise(final Parameters params, final ImageInfo image) {
		return BlockPlan.local(image.numDimensions(), 1);
	}
}
