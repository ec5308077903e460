package io.github.fijidispatch.op.metrics;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.type.numeric.RealType;
import io.github.fijidispatch.op.ColumnTolerance;
import io.github.fijidispatch.op.NonFinite;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;

import org.scijava.plugin.Plugin;

/**
 * {@code metrics.psnr}: the peak signal-to-noise ratio of an image against a
 * reference, in decibels.
 * <p>
 * Contract: a one-row table with the column {@code psnr} =
 * {@code 10 · log10(R² / mse)}, {@code mse} as {@link MseOp}, and {@code R}
 * the data range of the reference's kind: 255 for uint8, 65535 for uint16,
 * {@code max − min} of the reference type's range for the other integer
 * kinds, and for float kinds the reference image's own {@code max − min} (over
 * its pixels that are not NaN: with a NaN the mse, and so the PSNR, is NaN anyway).
 * Identical images ({@code mse = 0}) give +∞; a float reference of constant
 * value ({@code R = 0}) with {@code mse > 0} gives −∞. Tolerance: per column: psnr |Δ| ≤ 1e-4 · max(1, largest
 * |value| of the column).
 * </p>
 * <p>
 * Non-finite pixels follow IEEE arithmetic: an output that uses a NaN is NaN,
 * infinities propagate as IEEE 754 says, and an all-NaN image gives NaN.
 * </p>
 */
@Plugin(type = Op.class)
public class PsnrOp extends ImagePairMetricOp {

	/** The one column of the result table. */
	public static final String COLUMN = "psnr";

	public static final String ID = "metrics.psnr";

	public PsnrOp() {
		super(ID, "PSNR", "Peak signal-to-noise ratio of an image against a reference, in dB.");
	}

	/** {@code 10 · log10(R² / mse)}: +∞ for {@code mse = 0}. */
	public static double fromMse(final double range, final double mse) {
		return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(range * range / mse);
	}

	/** The data range {@code R} of an integer kind's type (255 for uint8, 65535 for uint16, ...). */
	public static double typeRange(final PixelKind kind) {
		final RealType<?> type = kind.createType();
		return type.getMaxValue() - type.getMinValue();
	}

	@Override
	public Tolerance tolerance() {
		return Tolerance.table(ColumnTolerance.ofColumnMagnitude(Tolerance.DEFAULT_RELATIVE, COLUMN));
	}

	@Override
	public NonFinite nonFinite() {
		return NonFinite.ieee("image");
	}
}
