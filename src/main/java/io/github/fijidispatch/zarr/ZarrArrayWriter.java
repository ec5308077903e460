package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Path;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.PixelKind;

import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.blocks.PrimitiveBlocks;
import net.imglib2.type.NativeType;
import net.imglib2.util.Intervals;

/**
 * Writes a Zarr v2 array block by block. A block is made of whole chunks (it
 * starts on a chunk boundary and ends on one or at the array's edge), so
 * every chunk file is written once, by one block, without reading it back:
 * memory holds the block and one encoded chunk per writing thread. Each chunk
 * file is written to a temporary name and renamed when complete
 * ({@link AtomicFile}). Thread-safe for blocks that do not overlap.
 * <p>
 * A chunk whose every element is the fill value is still written (so a
 * reader can tell a written chunk from a lost one by the file).
 */
public final class ZarrArrayWriter {

	private final Path path;
	private final ArrayHeader header;
	private final ChunkGrid grid;

	private ZarrArrayWriter(final Path path, final ArrayHeader header) {
		this.path = path;
		this.header = header;
		this.grid = new ChunkGrid(header);
	}

	/**
	 * Writes {@code path/.zarray} and returns a writer for the array's chunks. The caller decides whether the folder
	 * may be written ({@link OmeZarrWriter} refuses one that holds data).
	 */
	public static ZarrArrayWriter create(final Path path, final ArrayHeader header) throws IOException {
		header.write(path);
		return new ZarrArrayWriter(path, header);
	}

	public ArrayHeader header() {
		return header;
	}

	public Path path() {
		return path;
	}

	/** Writes one whole chunk (a primitive array of {@link ArrayHeader#chunkElements()}, x fastest). */
	public void writeChunk(final long[] gridPosition, final Object elements) throws IOException {
		if (!ChunkElements.holds(elements, header.dtype().kind()) ||
			java.lang.reflect.Array.getLength(elements) != header.chunkElements())
			throw new IllegalArgumentException("a chunk of " + header + " is " + header.chunkElements() + " " +
				header.dtype().kind().id() + " elements, not a " + elements.getClass().getSimpleName() + " of " +
				java.lang.reflect.Array.getLength(elements));
		final byte[] encoded = header.codec().encode(ChunkElements.toBytes(elements, header.dtype()),
			header.dtype().bytesPerPixel());
		AtomicFile.write(path.resolve(header.chunkKey(gridPosition)), out -> out.write(encoded));
	}

	/**
	 * Writes the box {@code min}, {@code size} from {@code elements}, a primitive array of the box's size (x fastest).
	 *
	 * @throws IllegalArgumentException for a box that is not made of whole chunks, or data of another type or size
	 */
	public void write(final long[] min, final int[] size, final Object elements) throws IOException {
		grid.checkAligned(min, size);
		final long n = Intervals.numElements(size);
		if (!ChunkElements.holds(elements, header.dtype().kind()) || java.lang.reflect.Array.getLength(elements) != n)
			throw new IllegalArgumentException("a block of " + n + " " + header.dtype().kind().id() + " elements is not a " +
				elements.getClass().getSimpleName() + " of " + java.lang.reflect.Array.getLength(elements));
		final int[] chunkSize = header.chunkSize();
		grid.forEachOverlap(min, size, o -> {
			final Object chunk = ChunkElements.filled(header.dtype().kind(), header.chunkElements(), header.fillValue());
			BoxCopy.copy(elements, size, o.inBox, chunk, chunkSize, o.inChunk, o.size);
			writeChunk(o.gridPosition, chunk);
		});
	}

	/**
	 * Writes a block from an image of this array's pixel kind; the block's interval is where it goes.
	 *
	 * @throws IllegalArgumentException for a block that is not made of whole chunks or of another pixel kind
	 */
	public <T extends NativeType<T>> void write(final RandomAccessibleInterval<T> block) throws IOException {
		final PixelKind kind = PixelKind.of(block.getType());
		if (kind != header.dtype().kind()) throw new IllegalArgumentException("a block of " + (kind == null ? block
			.getType().getClass().getSimpleName() : kind.id()) + " cannot go into " + path + ", an array of " +
			header.dtype());
		final long[] min = block.minAsLongArray();
		final int[] size = Intervals.dimensionsAsIntArray(block);
		grid.checkAligned(min, size);
		final PrimitiveBlocks<T> source = PrimitiveBlocks.of(block, PrimitiveBlocks.OnFallback.ACCEPT);
		final int[] chunkSize = header.chunkSize();
		grid.forEachOverlap(min, size, o -> {
			final Object chunk = ChunkElements.filled(kind, header.chunkElements(), header.fillValue());
			final long[] chunkMin = new long[min.length];
			final long[] chunkMax = new long[min.length];
			boolean whole = true;
			for (int d = 0; d < min.length; d++) {
				chunkMin[d] = min[d] + o.inBox[d];
				chunkMax[d] = chunkMin[d] + o.size[d] - 1;
				whole &= o.size[d] == chunkSize[d];
			}
			if (whole) source.copy(new FinalInterval(chunkMin, chunkMax), chunk);
			else {
				final Object part = ChunkElements.filled(kind, (int) Intervals.numElements(o.size), 0);
				source.copy(new FinalInterval(chunkMin, chunkMax), part);
				BoxCopy.copy(part, o.size, new int[min.length], chunk, chunkSize, o.inChunk, o.size);
			}
			writeChunk(o.gridPosition, chunk);
		});
	}

}
