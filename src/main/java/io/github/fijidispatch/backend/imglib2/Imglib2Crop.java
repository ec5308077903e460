package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.transform.CropOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/** {@code transform.crop} on the CPU: a copy along a cropped {@link AxisWalk}; see {@link CropOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Crop extends AbstractOpImplementation<Imglib2Backend> {

	public Imglib2Crop() {
		super(CropOp.ID, Imglib2Backend.ID, Imglib2Backend.class);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return Imglib2Limits.fitsVolume(call);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final int n = call.info(0).numDimensions();
		final int[] origin = call.params().integers("origin", n);
		final int[] size = call.params().integers("size", n);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			min[d] = origin[d];
			max[d] = (long) origin[d] + size[d] - 1;
		}
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		return Copies.walked(image, AxisWalk.over(image).cropped(min, max), call.outputInfo().kind());
	}
}
