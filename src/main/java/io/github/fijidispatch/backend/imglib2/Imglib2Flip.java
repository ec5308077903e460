package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.transform.FlipOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.scijava.plugin.Plugin;

/**
 * {@code transform.flip} on the CPU; see {@link FlipOp}. An {@link ArrayImg}
 * is flipped in one pass, row by row: each output row is the source row
 * mirrored in the flipped axes above X, copied as it is stored, or copied
 * backwards ({@link PixelArrays#copyBackwards}) when X flips. Any other input is
 * copied ({@link Copies}) from the view of it with the flipped axes inverted,
 * which {@code PrimitiveBlocks} reads in a temporary block and then permutes.
 */
@Plugin(type = OpImplementation.class)
public class Imglib2Flip extends AbstractImglib2Implementation {

	public Imglib2Flip() {
		super(FlipOp.ID);
	}

	@Override
	protected Object compute(final OpCall call, final Imglib2Backend backend) {
		final RandomAccessibleInterval<? extends RealType<?>> image = call.hostImage(0);
		final PixelKind kind = call.outputInfo().kind();
		if (image instanceof ArrayImg && call.info(0).kind() == kind)
			return flipRows((ArrayImg<?, ?>) image, call, kind);
		return Copies.of(flipped(image, call), kind);
	}

	private static Object flipRows(final ArrayImg<?, ?> image, final OpCall call, final PixelKind kind) {
		final long[] dims = image.dimensionsAsLongArray();
		final boolean[] flips = new boolean[dims.length];
		for (int d = 0; d < dims.length; d++)
			flips[d] = FlipOp.flips(call.params(), d);
		final ArrayImg<?, ?> out = PixelArrays.newImage(kind, dims);
		final Object source = PixelArrays.storage(image);
		final Object target = PixelArrays.storage(out);
		final int width = (int) dims[0];
		final long rows = Intervals.numElements(dims) / width;
		ParallelRanges.forEach(rows, Math.max(1, (1 << 16) / width), (first, end) -> {
			for (long row = first; row < end; row++) {
				final int from = (int) (mirroredRow(row, dims, flips) * width);
				final int at = (int) (row * width);
				if (flips[0]) PixelArrays.copyBackwards(source, from, target, at, width);
				else System.arraycopy(source, from, target, at, width);
			}
		});
		return out;
	}

	/** The index of the source row that output row {@code row} holds: its coordinates above X, mirrored where flipped. */
	private static long mirroredRow(final long row, final long[] dims, final boolean[] flips) {
		long rest = row;
		long source = 0;
		long stride = 1;
		for (int d = 1; d < dims.length; d++) {
			final long c = rest % dims[d];
			rest /= dims[d];
			source += (flips[d] ? dims[d] - 1 - c : c) * stride;
			stride *= dims[d];
		}
		return source;
	}

	private static <T> RandomAccessibleInterval<T> flipped(final RandomAccessibleInterval<T> image, final OpCall call) {
		RandomAccessibleInterval<T> view = image;
		for (int d = 0; d < image.numDimensions(); d++)
			if (FlipOp.flips(call.params(), d)) view = Views.invertAxis(view, d);
		return view;
	}
}
