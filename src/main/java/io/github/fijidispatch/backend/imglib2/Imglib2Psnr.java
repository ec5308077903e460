package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.metrics.PsnrOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/** {@code metrics.psnr} on the CPU: the data range, then {@code 10 · log10(R² / mse)}; see {@link PsnrOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Psnr extends AbstractImglib2Implementation {

	public Imglib2Psnr() {
		super(PsnrOp.ID);
	}

	/** Any size: it walks the inputs with cursors and keeps only a sum, no image-sized array. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> reference = call.hostImage(0);
		final double mse = SquaredError.mean(reference, call.hostImage(1));
		final double range = dataRange(reference, call.info(0).kind());
		final double psnr = PsnrOp.fromMse(range, mse);
		return new ResultTable("psnr").addRow(psnr);
	}

	/** The type's range for integer kinds (255, 65535, ...); the image's own max − min for float kinds. */
	static double dataRange(final RandomAccessibleInterval<? extends RealType<?>> reference, final PixelKind kind) {
		if (!kind.isInteger()) return ValueRange.of(reference).range();
		return PsnrOp.typeRange(kind);
	}
}
