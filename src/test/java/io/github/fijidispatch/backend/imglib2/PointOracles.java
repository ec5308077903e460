package io.github.fijidispatch.backend.imglib2;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.convert.ConvertTypeOp;

/**
 * Brute-force definitions of the pixel-by-pixel ops, written from the op
 * javadocs in double precision: pairwise and scalar math, value
 * thresholds, type conversion.
 */
final class PointOracles {

	private PointOracles() {
		// NB: static holder
	}

	static FlatImage pairwise(final OracleCall call, final DoubleBinaryOperator f) {
		final FlatImage a = call.input(0), b = call.input(1), out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = f.applyAsDouble(a.values[i], b.values[i]);
		return out;
	}

	static FlatImage each(final OracleCall call, final DoubleUnaryOperator f) {
		final FlatImage in = call.input(0), out = call.newOutput();
		for (int i = 0; i < out.size(); i++)
			out.values[i] = f.applyAsDouble(in.values[i]);
		return out;
	}

	/** 255 where {@code pixel ≥ value} (NaN never), else 0. */
	static FlatImage threshold(final OracleCall call) {
		final double t = call.params.real("value");
		return each(call, v -> v >= t ? 255 : 0);
	}

	/** Scaled narrowing conversions map [min, max] onto [0, R]; the others keep the value (stored rounded). */
	static FlatImage convert(final OracleCall call) {
		final FlatImage in = call.input(0);
		final PixelKind target = call.outputKind();
		if (!ConvertTypeOp.scales(in.kind, target, call.params.flag("scale"))) return each(call, v -> v);
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final double v : in.values)
			if (!Double.isNaN(v) && !Double.isInfinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		final double lo = min, span = max - min;
		final double range = target.createType().getMaxValue();
		return each(call, v -> Double.isNaN(v) || !(span > 0) ? 0 : (v - lo) * range / span);
	}
}
