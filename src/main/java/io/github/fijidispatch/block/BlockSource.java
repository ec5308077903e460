package io.github.fijidispatch.block;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Where the block engine reads an input from, one box at a time: an image in
 * memory ({@link #of}) or an array on disk ({@link ZarrBlocks#source}). A
 * source never holds more than the box a call asks for beyond what it
 * already is, so a run's memory is bounded by its blocks in flight.
 */
public interface BlockSource {

	/** The size and pixel kind of the whole input. */
	ImageInfo info();

	/**
	 * The pixels of {@code box} (inside the image, inclusive bounds) as an image of its own whose first pixel is 0;
	 * the caller may not write to it.
	 *
	 * @throws java.io.UncheckedIOException when a source on disk cannot be read (naming the file)
	 */
	RandomAccessibleInterval<? extends RealType<?>> read(Interval box);

	/** A host image in memory as a source (boxes are views, not copies). */
	static BlockSource of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		return new ImageSource(image);
	}
}
