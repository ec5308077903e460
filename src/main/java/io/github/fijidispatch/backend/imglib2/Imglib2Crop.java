package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.transform.CropOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/** {@code transform.crop} on the CPU: a copy ({@link Copies}) of the cropped view; see {@link CropOp}. */
@Plugin(type = OpImplementation.class)
public class Imglib2Crop extends AbstractImglib2Implementation {

	public Imglib2Crop() {
		super(CropOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final int n = call.info(0).numDimensions();
		final int[] origin = call.params().integers("origin", n);
		final int[] size = call.params().integers("size", n);
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			// NB: the origin counts from the image's min
			min[d] = image.min(d) + origin[d];
			max[d] = min[d] + size[d] - 1;
		}
		return Copies.of(Views.interval(image, min, max), call.outputInfo().kind());
	}
}
