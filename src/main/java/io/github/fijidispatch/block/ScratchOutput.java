package io.github.fijidispatch.block;

/**
 * A {@link BlockOutput} on disk that can host a run's temporary label arrays
 * beside it, so that labelling and fill holes stay bounded by their blocks
 * in flight; outputs without it get a {@link MemoryLabelScratch}.
 */
interface ScratchOutput {

	/**
	 * A new empty scratch for an image of {@code dims}, stored in chunks of {@code chunk} (the run's block size).
	 *
	 * @throws java.io.UncheckedIOException when it cannot be created (naming the folder)
	 */
	LabelScratch labelScratch(long[] dims, long[] chunk);
}
