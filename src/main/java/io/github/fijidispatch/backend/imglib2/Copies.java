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
 * {@code Views.interval}), copied in parallel as {@link PixelBlocks} reads
 * them: a view of an {@code ArrayImg} or {@code PlanarImg} row by row in
 * computed strides straight into the new image ({@link StridedRows}), other
 * images block by block through ImgLib2's {@code PrimitiveBlocks}, which
 * {@link #inTiles} takes in square XY tiles so that a turned view reads its
 * source with locality. A copy that keeps the kind copies the stored values;
 * one that changes it goes through double, which holds every supported pixel
 * value, and stores as the target kind stores ({@link PixelArrays}).
 */
public final class Copies {

	/** Edge of the XY tiles in which views read through {@code PrimitiveBlocks} are copied: 4096 pixels. */
	private static final int TILE = 64;

	private Copies() {
		// NB: static holder
	}

	/** A new image of {@code kind} with the view's size and values, indexed from 0, copied block by block. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> of(final RandomAccessibleInterval<? extends RealType<?>> view,
		final PixelKind kind)
	{
		return copy(view, kind, false);
	}

	/**
	 * {@link #of}, for a view whose rows run across the rows of its source (a
	 * quarter turn): a view that the library copies goes in square XY tiles
	 * (one read in strides walks bands of rows itself).
	 */
	public static <T extends RealType<T> & NativeType<T>> Img<T> inTiles(
		final RandomAccessibleInterval<? extends RealType<?>> view, final PixelKind kind)
	{
		return copy(view, kind, true);
	}

	private static <T extends RealType<T> & NativeType<T>> Img<T> copy(
		final RandomAccessibleInterval<? extends RealType<?>> view, final PixelKind kind, final boolean tiled)
	{
		final PixelBlocks pixels = PixelBlocks.of(view);
		final ArrayImg<T, ?> out = PixelArrays.newImage(kind, pixels.dimensions());
		final Object target = PixelArrays.storage(out);
		final PixelArrays to = PixelArrays.of(kind);
		final boolean sameKind = pixels.kind() == kind;
		if (tiled && pixels.readsThroughLibrary() && view.numDimensions() > 1 && view.dimension(0) > TILE) tiles(pixels,
			target, to, sameKind);
		else if (sameKind) pixels.copyStored(target);
		else converted(pixels, target, to);
		return out;
	}

	/** Copies block by block through double, storing as {@code to} stores: each block is whole rows (or part of one). */
	private static void converted(final PixelBlocks pixels, final Object target, final PixelArrays to) {
		pixels.forEachRange((reader, first, end) -> {
			final double[] values = new double[PixelBlocks.BLOCK];
			for (long b = first; b < end; b++) {
				final int n = reader.doubles(b, values);
				to.fromDoubles(values, 0, target, (int) pixels.start(b), n);
			}
		});
	}

	/**
	 * Copies {@value #TILE}² tiles of XY planes, each a box read through
	 * {@code PrimitiveBlocks} then stored row by row: a turned view walks its
	 * source across rows, which a tile keeps within a few cache lines where a
	 * block of whole output rows would stride through the whole source.
	 */
	private static void tiles(final PixelBlocks pixels, final Object target, final PixelArrays to, final boolean sameKind) {
		final long[] dims = pixels.dimensions();
		final long tilesX = (dims[0] + TILE - 1) / TILE;
		final long tilesY = (dims[1] + TILE - 1) / TILE;
		final long planes = pixels.size() / (dims[0] * dims[1]);
		ParallelRanges.forEach(tilesX * tilesY * planes, 1, (first, end) -> {
			final PixelBlocks.Reader reader = pixels.reader();
			final long[] offset = new long[dims.length];
			final int[] size = new int[dims.length];
			java.util.Arrays.fill(size, 1);
			final double[] values = sameKind ? null : new double[TILE];
			for (long t = first; t < end; t++) {
				final long planeIndex = t / (tilesX * tilesY);
				offset[0] = t % tilesX * TILE;
				offset[1] = t / tilesX % tilesY * TILE;
				size[0] = (int) Math.min(TILE, dims[0] - offset[0]);
				size[1] = (int) Math.min(TILE, dims[1] - offset[1]);
				long plane = planeIndex;
				for (int d = 2; d < dims.length; d++) {
					offset[d] = plane % dims[d];
					plane /= dims[d];
				}
				reader.box(offset, size);
				for (int y = 0; y < size[1]; y++) {
					final int at = (int) ((planeIndex * dims[1] + offset[1] + y) * dims[0] + offset[0]);
					final int from = y * size[0];
					if (sameKind) System.arraycopy(reader.array(), from, target, at, size[0]);
					else {
						pixels.arrays().toDoubles(reader.array(), from, values, 0, size[0]);
						to.fromDoubles(values, 0, target, at, size[0]);
					}
				}
			}
		});
	}
}
