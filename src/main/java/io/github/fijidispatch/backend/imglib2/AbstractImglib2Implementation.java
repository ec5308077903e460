package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;

/**
 * Base of the reference backend's implementations: binds them to
 * {@link Imglib2Backend}, and by default declines a call any of whose input
 * images has more than {@link FloatVolume#MAX_PIXELS} pixels, with the reason:
 * the working copies ({@link FloatVolume}, {@link BinaryVolume}) and the outputs
 * ({@link PixelArrays#newImage}) are one Java array each. An implementation
 * that streams its input without such a copy overrides {@link #canRun}.
 * Into a box of an {@code ArrayImg} ({@link RowWriter}: a block's region of
 * the block engine's output), an implementation by default computes its
 * result and copies it in row by row ({@link #computeInto}); implementations
 * that write such a box directly override it.
 */
public abstract class AbstractImglib2Implementation extends AbstractOpImplementation<Imglib2Backend> {

	protected AbstractImglib2Implementation(final String opId) {
		super(opId, Imglib2Backend.ID, Imglib2Backend.class);
	}

	/**
	 * Default: into a box of an {@code ArrayImg} of the output kind (not the image itself, which dispatch copies
	 * into), the result computed as {@link #compute} does, then copied in with one array copy per row (pixel by pixel
	 * for a result of other storage); {@code false} (nothing written) for any other output.
	 */
	@Override
	protected boolean computeInto(final OpCall call, final Imglib2Backend backend, final Object output) throws Exception {
		final PixelKind kind = call.outputInfo().kind();
		final RowWriter rows = RowWriter.of(output, kind);
		if (rows == null) return false;
		final Object result = compute(call, backend);
		final ArrayImg<?, ?> flat = PixelArrays.flatImage(result, kind);
		if (flat != null) rows.copyFrom(PixelArrays.storage(flat));
		else HostImages.copy((RandomAccessibleInterval<?>) result, (RandomAccessibleInterval<?>) output);
		return true;
	}

	/** Default: {@link #fitsOneArray}. */
	@Override
	protected Support canRun(final OpCall call, final Imglib2Backend backend) {
		return fitsOneArray(call);
	}

	/** Yes when every input image fits one Java array; otherwise no, saying how to get there. */
	protected static Support fitsOneArray(final OpCall call) {
		for (final ImageInfo info : call.infos())
			if (info.pixelCount() > FloatVolume.MAX_PIXELS) return Support.no("image of " + info.pixelCount() +
				" pixels exceeds the " + FloatVolume.MAX_PIXELS + "-pixel limit of one Java array; crop or tile it");
		return Support.yes();
	}
}
