package io.github.fijidispatch.block;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.fijidispatch.files.FileTrees;
import io.github.fijidispatch.files.ScratchClaim;
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
 * {@link #close} deletes the folder (the run calls it also when it fails). The
 * folder is {@linkplain ScratchClaim claimed} by this JVM while it lives, so
 * one that a killed JVM left behind (never inside the output) is removed by
 * the next {@code run} or {@code pipeline} beside it
 * ({@link io.github.fijidispatch.files.StaleScratch}).
 */
final class ZarrLabelScratch implements LabelScratch {

	private final Path folder;
	private final ScratchClaim claim;
	private final ZarrArrayWriter writer;
	private final ZarrArray reader;

	private ZarrLabelScratch(final Path folder, final ScratchClaim claim, final ZarrArrayWriter writer,
		final ZarrArray reader)
	{
		this.folder = folder;
		this.claim = claim;
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
		ScratchClaim claim = null;
		try {
			folder = Files.createTempDirectory(parent, name + ".scratch-");
			claim = ScratchClaim.claim(folder);
			final int[] chunkSize = new int[dims.length];
			for (int d = 0; d < dims.length; d++)
				chunkSize[d] = Math.toIntExact(Math.max(1, Math.min(chunk[d], dims[d])));
			final ArrayHeader header = new ArrayHeader(dims, chunkSize, ZarrDtype.of(PixelKind.INT32), codec, 0, ".");
			final ZarrArrayWriter writer = ZarrArrayWriter.create(folder, header);
			return new ZarrLabelScratch(folder, claim, writer, ZarrArray.open(folder));
		}
		catch (final IOException e) {
			if (claim != null) closeQuietly(claim);
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
			claim.close();
			FileTrees.delete(folder);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot delete the scratch labels " + folder + ": " + e.getMessage(), e);
		}
	}

	private static void closeQuietly(final ScratchClaim claim) {
		try {
			claim.close();
		}
		catch (final IOException e) {
			// NB: the creation error is the one to report
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
