package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Whole images that fit in memory, to and from OME-Zarr (the API and the
 * command line's {@code convert}); larger ones go block by block through
 * {@link OmeZarrWriter} and {@link ZarrArray}.
 */
public final class OmeZarrImages {

	private OmeZarrImages() {
		// NB: static holder
	}

	/**
	 * Writes an image (placed at the origin in the file whatever its interval) as an OME-Zarr 0.4 image, marked
	 * complete with {@code provenance}.
	 *
	 * @param axes one per dimension, x first, or {@code null} for x, y (, z) in pixels
	 * @param chunkSize x first, or {@code null} for {@link OmeZarrWriter#defaultChunkSize}
	 * @throws IllegalArgumentException for a pixel type the suite does not name
	 */
	public static <T extends NativeType<T> & RealType<T>> void write(final RandomAccessibleInterval<T> image,
		final Path path, final List<OmeAxis> axes, final int[] chunkSize, final ChunkCodec codec, final boolean overwrite,
		final ZarrProvenance provenance) throws IOException
	{
		final PixelKind kind = PixelKind.of(image.getType());
		if (kind == null) throw new IllegalArgumentException("cannot write " + image.getType().getClass().getSimpleName() +
			" pixels as OME-Zarr; the suite's kinds are uint8, uint16, float32, int8, int16, int32, uint32, float64");
		final long[] dims = image.dimensionsAsLongArray();
		final OmeZarrWriter writer = OmeZarrWriter.create(path, dims, kind, axes == null ? OmeAxis.spatial(dims.length) :
			axes, chunkSize == null ? OmeZarrWriter.defaultChunkSize(dims, kind) : chunkSize, codec, overwrite);
		writer.array().write(Views.zeroMin(image));
		writer.complete(provenance);
	}

	/**
	 * Reads the full-resolution image whole.
	 *
	 * @throws IllegalArgumentException when it holds more than the free heap could take
	 */
	public static <T extends NativeType<T> & RealType<T>> RandomAccessibleInterval<T> read(final Path path)
		throws IOException
	{
		final ZarrArray array = OmeZarrImage.open(path).array();
		final Runtime rt = Runtime.getRuntime();
		final long free = rt.maxMemory() - rt.totalMemory() + rt.freeMemory();
		return array.readAll(Math.min(Integer.MAX_VALUE - 64, free / 2 / array.header().dtype().bytesPerPixel()));
	}
}
