package io.github.fijidispatch.backend.clij2;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij.coremem.enums.NativeTypeEnum;
import net.haesleinhuepf.clij2.CLIJ2;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Host ↔ device copies of whole images. A host image goes through a
 * contiguous {@link ArrayImg} of its own pixel type (reused when it already is
 * one), which is copied to or from the buffer in one OpenCL transfer. Callers
 * hold the session lock.
 */
final class Clij2Transfers {

	private Clij2Transfers() {
		// NB: static holder
	}

	/**
	 * A new device buffer holding {@code host}'s pixels, of the same size and
	 * kind.
	 *
	 * @throws IllegalArgumentException for pixel kinds the backend cannot hold
	 */
	static ClearCLBuffer push(final CLIJ2 clij2, final RandomAccessibleInterval<?> host) {
		final ImageInfo info = HostImages.describe(host);
		final NativeTypeEnum type = Clij2PixelKinds.nativeType(info.kind());
		if (type == null) throw new IllegalArgumentException("clij2: cannot upload a " + info + " image; supported pixel types: " +
			Clij2PixelKinds.supportedList());
		final Object pixels = contiguousPixels(host, info.kind());
		final ClearCLBuffer buffer = clij2.create(info.dimensions(), type);
		try {
			buffer.readFrom(Clij2PixelKinds.wrap(pixels), true);
			return buffer;
		}
		catch (final RuntimeException | Error e) {
			buffer.close();
			throw e;
		}
	}

	/** A new host image (an {@link ArrayImg}) with the buffer's size, kind and pixels. */
	static <T extends RealType<T> & NativeType<T>> ArrayImg<T, ?> pull(final ClearCLBuffer buffer) {
		final PixelKind kind = Clij2PixelKinds.kindOf(buffer.getNativeType());
		if (kind == null) throw new IllegalArgumentException("clij2: cannot download a buffer of type " +
			buffer.getNativeType() + "; supported: " + Clij2PixelKinds.supportedList());
		final ArrayImg<T, ?> img = new ArrayImgFactory<>(kind.<T> createType()).create(buffer.getDimensions());
		buffer.writeTo(Clij2PixelKinds.wrap(storage(img)), true);
		return img;
	}

	/** The image's pixels as one primitive array, X fastest: its own storage or a copy. */
	private static Object contiguousPixels(final RandomAccessibleInterval<?> host, final PixelKind kind) {
		if (host instanceof ArrayImg && PixelKind.of(((ArrayImg<?, ?>) host).firstElement()) == kind)
			return storage((ArrayImg<?, ?>) host);
		return copy(host, kind);
	}

	@SuppressWarnings("unchecked")
	private static <T extends RealType<T> & NativeType<T>> Object copy(final RandomAccessibleInterval<?> host,
		final PixelKind kind)
	{
		final T type = kind.createType();
		final ArrayImg<T, ?> copy = new ArrayImgFactory<>(type).create(host);
		LoopBuilder.setImages(Views.zeroMin((RandomAccessibleInterval<T>) host), copy).multiThreaded()
			.forEachPixel((in, out) -> out.set(in));
		return storage(copy);
	}

	private static Object storage(final ArrayImg<?, ?> img) {
		return ((ArrayDataAccess<?>) img.update(null)).getCurrentStorageArray();
	}
}
