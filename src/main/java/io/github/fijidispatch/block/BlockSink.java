package io.github.fijidispatch.block;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;

/**
 * Where the block engine writes an output image, block by block, opened by a
 * {@link BlockOutput} for one run. The engine writes every block's part
 * once, on the chunk grid it opened the sink with, then calls
 * {@link #complete} once; a run that fails never calls it.
 */
public interface BlockSink {

	/**
	 * Writes {@code part} of a block's result (in the result's coordinates) at {@code min} in the output; the result
	 * has the output's pixel kind.
	 *
	 * @throws java.io.UncheckedIOException when a sink on disk cannot be written (naming the file)
	 */
	void write(RandomAccessibleInterval<?> result, Interval part, long[] min);

	/**
	 * The box {@code box} of the output (inclusive bounds, on the chunk grid) as a writable image whose first pixel
	 * is 0, for a sink that holds its output in memory: a block's result may then be written straight there (an op
	 * run {@code into} it), and {@link #write} may be called from any thread for disjoint parts. {@code null}
	 * (the default) for a sink written only through {@link #write}, from one thread.
	 */
	default RandomAccessibleInterval<?> region(final Interval box) {
		return null;
	}

	/**
	 * Marks the output complete, with what made it, and returns what the run returns: the image for a sink in
	 * memory, the written image's path for one on disk.
	 */
	Object complete(BlockRunSummary summary);
}
