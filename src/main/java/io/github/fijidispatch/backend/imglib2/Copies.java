package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * New images holding the pixels of a view (a flipped, rotated or cropped
 * input), copied in parallel. The copy is exact: values go through double,
 * which holds every supported pixel value.
 */
public final class Copies {

	private Copies() {
		// NB: static holder
	}

	/** A new image of {@code kind} with the view's size and values, indexed from 0. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> of(final RandomAccessibleInterval<? extends RealType<?>> view,
		final PixelKind kind)
	{
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(view);
		LoopBuilder.setImages(Views.zeroMin(view), out).multiThreaded()
			.forEachPixel((in, o) -> o.setReal(in.getRealDouble()));
		return out;
	}
}
