package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;

/**
 * Where a block run's output image goes: {@link #IN_MEMORY} (a new host
 * image, the run returns it) or an array on disk ({@link ZarrBlocks#output}).
 */
public interface BlockOutput {

	/** A new zero-filled host image in memory; the run returns it. */
	BlockOutput IN_MEMORY = (info, chunk) -> new ImageSink(info);

	/**
	 * Opens a sink for the whole output of one run.
	 *
	 * @param info the output's size and pixel kind
	 * @param chunk the block size the engine writes in (x first, one per output axis; blocks start on multiples of it
	 *          and the last on an axis holds the remainder), or {@code null} when the whole image comes in one write
	 * @throws java.io.UncheckedIOException when the output cannot be created (e.g. it holds data and overwrite was not
	 *           asked)
	 */
	BlockSink open(ImageInfo info, long[] chunk);
}
