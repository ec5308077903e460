package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.MemoryEstimate;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Parameters;
import io.github.fijidispatch.op.PixelKind;

import ij.ImagePlus;

/**
 * The memory check of an op command before it reads or computes anything: the
 * planes of a virtual stack (an opened OME-Zarr image, a virtual TIFF) still
 * to be read, the result, a working copy and the ImageJ image that shows the
 * result must fit in what the heap has free ({@link MemoryEstimate}).
 * Otherwise the command is refused at once, saying what it needs and how to
 * give more memory or run by blocks, instead of running out of memory half
 * way, with ImageJ's other windows in the same heap.
 */
final class CommandMemory {

	private CommandMemory() {
		// NB: static utility
	}

	/**
	 * @param images the inputs, checked for {@code null} and pixel type by the caller
	 * @param hyperstack whether the call runs per volume (every input then has the first one's channels and frames)
	 * @throws BadInputException when the call would not fit in the heap, even after a garbage collection
	 */
	static void check(final Op op, final Parameters params, final List<ImagePlus> images, final boolean hyperstack) {
		final List<ImageInfo> volumes = new ArrayList<>(images.size());
		long unread = 0;
		for (final ImagePlus imp : images) {
			final PixelKind kind = ImagePlusImages.kindOf(imp);
			if (kind == null) return; // NB: RGB and the like are refused by the call, with their own message
			final int z = hyperstack ? imp.getNSlices() : imp.getStackSize();
			volumes.add(new ImageInfo(z > 1 ? new long[] { imp.getWidth(), imp.getHeight(), z } : new long[] { imp
				.getWidth(), imp.getHeight() }, kind));
			// NB: a virtual stack's planes are read into memory, and signed 16-bit pixels copied (ImagePlusImages#wrap)
			if (imp.getStack().isVirtual() || kind == PixelKind.INT16) unread += MemoryEstimate.bytes((long) imp
				.getWidth() * imp.getHeight() * imp.getStackSize(), kind);
		}
		if (volumes.isEmpty()) return;
		final ImagePlus first = images.get(0);
		final long volumeCount = hyperstack ? (long) first.getNChannels() * first.getNFrames() : 1;
		final MemoryEstimate estimate = MemoryEstimate.forImageJRun(op, params, volumes, volumeCount, unread);
		if (estimate.fits(MemoryEstimate.available())) return;
		// NB: what is in use includes garbage; refuse only what a collection does not make fit
		System.gc();
		final long available = MemoryEstimate.available();
		if (estimate.fits(available)) return;
		throw new BadInputException(op.id() + ": image '" + first.getTitle() + "' is too large for ImageJ's memory: " +
			estimate.summary(available) + "; nothing was read or computed. Give ImageJ more memory (Edit > Options > " +
			"Memory & Threads...), or run the op by blocks on the image's OME-Zarr folder (Plugins > Dispatch > OME-Zarr " +
			"> Run Op on OME-Zarr...), which needs memory for a few blocks only", op.id(), "input", first.getTitle(),
			"an image whose call fits in " + MemoryEstimate.size(available) + " of free memory");
	}
}
