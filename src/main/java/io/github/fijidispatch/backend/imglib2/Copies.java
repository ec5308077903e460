package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * New images holding the pixels of an image or a view of one (a flip is
 * {@code Views.invertAxis}, a quarter turn {@code Views.rotate}, a crop
 * {@code Views.interval}), copied in parallel blocks through ImgLib2's
 * {@code PrimitiveBlocks} ({@link PixelBlocks}), which walks permuted and
 * inverted axes itself. A copy that keeps the kind copies the stored values;
 * one that changes it goes through double, which holds every supported pixel
 * value, and stores as the target kind stores ({@link PixelArrays}).
 */
public final class Copies {

	private Copies() {
		// NB: static holder
	}

	/** A new image of {@code kind} with the view's size and values, indexed from 0. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> of(final RandomAccessibleInterval<? extends RealType<?>> view,
		final PixelKind kind)
	{
		final PixelBlocks pixels = PixelBlocks.of(view);
		final ArrayImg<T, ?> out = PixelArrays.newImage(kind, pixels.dimensions());
		final Object target = PixelArrays.storage(out);
		final PixelArrays to = PixelArrays.of(kind);
		final boolean sameKind = pixels.kind() == kind;
		pixels.forEachRange((reader, first, end) -> {
			final double[] values = sameKind ? null : new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int at = (int) pixels.start(b);
				if (sameKind) {
					final int n = reader.load(b);
					System.arraycopy(reader.array(), reader.offset(), target, at, n);
				}
				else {
					final int n = reader.doubles(b, values);
					to.fromDoubles(values, 0, target, at, n);
				}
			}
		});
		return out;
	}
}
