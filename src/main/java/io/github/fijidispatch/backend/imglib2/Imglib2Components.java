package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

import org.scijava.plugin.Plugin;

/**
 * {@code label.components} on the CPU: the foreground is read into one 0/1
 * byte array in parallel, straight from the image's primitive blocks
 * ({@link PixelBlocks}, {@link PixelArrays#nonZero}), labelled by a
 * {@link ComponentLabeler} (runs joined in a union-find forest, parallel by
 * slabs), and returned as float32; see {@link ComponentsOp}.
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
		final PixelBlocks pixels = PixelBlocks.of(image);
		final long[] dims = pixels.dimensions();
		final byte[] mask = new byte[(int) pixels.size()];
		pixels.forEachRange((reader, first, end) -> {
			for (long b = first; b < end; b++) {
				final int n = reader.load(b);
				PixelArrays.nonZero(reader.array(), reader.offset(), mask, (int) pixels.start(b), n);
			}
		});
		final int[] size = new int[dims.length];
		for (int d = 0; d < dims.length; d++)
			size[d] = (int) dims[d];
		final boolean full = "full".equals(call.params().choice("connectivity"));
		return ArrayImgs.floats(new ComponentLabeler(mask, size, full).label(), dims);
	}
}
