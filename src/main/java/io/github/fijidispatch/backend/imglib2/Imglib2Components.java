package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code label.components} on the CPU: the mask is read into one byte array
 * in parallel, labelled by a {@link ComponentLabeler} (parallel union-find
 * over slabs, sequential numbering), and returned as float32; see
 * {@link ComponentsOp}.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Components extends AbstractImglib2Implementation {

	public Imglib2Components() {
		super(ComponentsOp.ID);
	}

	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		final ImageInfo in = call.info(0);
		if (in.pixelCount() > ComponentsOp.MAX_PIXELS) return Support.no("image of " + in.pixelCount() +
			" pixels could hold more than 2^24 labels, beyond what float32 labels hold exactly; label it in tiles or crop it");
		return Support.yes();
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final long[] dims = Intervals.dimensionsAsLongArray(image);
		final ArrayImg<ByteType, ByteArray> mask = ArrayImgs.bytes(dims);
		LoopBuilder.setImages(Views.zeroMin(image), mask).multiThreaded()
			.forEachPixel((in, m) -> m.set((byte) (in.getRealDouble() != 0 ? 1 : 0)));
		final int[] size = new int[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = (int) dims[d];
		final boolean full = "full".equals(call.params().choice("connectivity"));
		final float[] labels = new ComponentLabeler(mask.update(null).getCurrentStorageArray(), size, full).label();
		return ArrayImgs.floats(labels, dims);
	}
}
