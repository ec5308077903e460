package io.github.fijidispatch.block;

import net.imglib2.Interval;

/**
 * Where a labelling run keeps its provisional labels (one int per pixel,
 * globally unique ids, 0 for background) between its passes: in memory for
 * an output in memory ({@link MemoryLabelScratch}), or a temporary Zarr array
 * next to an output on disk ({@link ZarrLabelScratch}), so that memory holds
 * only the blocks in flight. {@link #close} removes it, also after a failure.
 */
interface LabelScratch extends AutoCloseable {

	/**
	 * Stores the labels of a block's interior (x fastest, the interior's size); every block is written once, before
	 * any read of its pixels.
	 *
	 * @throws java.io.UncheckedIOException when a scratch on disk cannot be written (naming the file)
	 */
	void write(Block block, int[] labels);

	/**
	 * The labels of {@code box} (image coordinates, inclusive, inside the image), x fastest.
	 *
	 * @throws java.io.UncheckedIOException when a scratch on disk cannot be read (naming the file)
	 */
	int[] read(Interval box);

	/** Frees the labels: a scratch on disk is deleted. */
	@Override
	void close();
}
