package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.metrics.PsnrOp;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code metrics.psnr} from CLIJ2's {@code meanSquaredError} and, for float
 * references, its min/max reductions for the data range. See {@link PsnrOp}.
 */
@Plugin(type = OpImplementation.class)
public class Clij2Psnr extends AbstractClij2Implementation {

	public Clij2Psnr() {
		super(PsnrOp.ID);
	}

	@Override
	protected int temporaryFloatImages(final OpCall call) {
		return 1;
	}

	@Override
	protected Object runOnDevice(final OpCall call, final Clij2Workspace ws) {
		final CLIJ2 clij2 = ws.clij2();
		final ClearCLBuffer reference = input(call, 0);
		final double mse = clij2.meanSquaredError(reference, input(call, 1));
		final PixelKind kind = call.info(0).kind();
		final RealType<?> type = kind.createType();
		final double range = kind.isInteger() ? type.getMaxValue() - type.getMinValue()
			: clij2.getMaximumOfAllPixels(reference) - clij2.getMinimumOfAllPixels(reference);
		final double psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(range * range / mse);
		return new ResultTable("psnr").addRow(psnr);
	}
}
