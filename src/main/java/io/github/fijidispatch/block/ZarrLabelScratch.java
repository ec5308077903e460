package io.github.fijidispatch.block;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.fijidispatch.files.FileTrees;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.ArrayHeader;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.ZarrArray;
import io.github.fijidispatch.zarr.ZarrArrayWriter;
import io.github.fijidispatch.zarr.ZarrDtype;
import net.imglib2.Interval;
import net.imglib2.util.Intervals;

/**
 * A {@link LabelScratch} on disk: an int32 Zarr array chunked by the run's
 * blocks, in a new folder {@code NAME.scratch-*} beside the output
 * {@code NAME}, so that memory holds one block and the chunks a read touches.
 * {@link #close} deletes the folder (the run calls it also when it fails; a
 * killed JVM can leave it behind, never inside the output).
 */
final class ZarrLabelScratch implements LabelScratch {

	private final Path folder;
	private final ZarrArrayWriter writer;
	private final ZarrArray reader;

	private ZarrLabelScratch(final Path folder, final ZarrArrayWriter writer, final ZarrArray reader) {
		this.folder = folder;
		this.writer = writer;
		this.reader = reader;
	}

	/**
	 * Creates the scratch array beside {@code output}.
	 *
	 * @throws UncheckedIOException naming the folder when it cannot be created
	 */
	static ZarrLabelScratch beside(final Path output, final long[] dims, final long[] chunk, final ChunkCodec codec) {
		final Path absolute = output.toAbsolutePath();
		final Path parent = absolute.getParent();
		final String name = absolute.getFileName() == null ? "labels" : absolute.getFileName().toString();
		Path folder = null;
		try {
			folder = Files.createTempDirectory(parent, name + ".scratch-");
			final int[] chunkSize = new int[dims.length];
			for (int d = 0; d < dims.length; d++)
				chunkSize[d] = Math.toIntExact(Math.max(1, Math.min(chunk[d], dims[d])));
			final ArrayHeader header = new ArrayHeader(dims, chunkSize, ZarrDtype.of(PixelKind.INT32), codec, 0, ".");
			final ZarrArrayWriter writer = ZarrArrayWriter.create(folder, header);
			return new ZarrLabelScratch(folder, writer, ZarrArray.open(folder));
		}
		catch (final IOException e) {
			if (folder != null) deleteQuietly(folder);
			throw new UncheckedIOException("cannot create the scratch labels beside " + output + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void write(final Block block, final int[] labels) {
		try {
			writer.write(block.min(), Intervals.dimensionsAsIntArray(block.interval()), labels);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}

	@Override
	public int[] read(final Interval box) {
		final int[] out = new int[Math.toIntExact(Intervals.numElements(box))];
		try {
			reader.read(box.minAsLongArray(), Intervals.dimensionsAsIntArray(box), out);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		return out;
	}

	@Override
	public void close() {
		try {
			FileTrees.delete(folder);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot delete the scratch labels " + folder + ": " + e.getMessage(), e);
		}
	}

	private static void deleteQuietly(final Path root) {
		try {
			FileTrees.delete(root);
		}
		catch (final IOException e) {
			// NB: the creation error is the one to report
		}
	}
}
