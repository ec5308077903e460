package io.github.fijidispatch.ij;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.img.Img;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.util.Fraction;

/**
 * The pixels of a 32-bit integer TIFF as an int32 (or uint32) image.
 * ImageJ 1 reads such files into float32, which holds every integer up to
 * ±2^24 exactly and rounds beyond (16777217 reads as 16777216). So the values
 * are recovered exactly while every |value| &lt; 2^24, and the file is refused,
 * naming the first value out of range and where it is, otherwise.
 */
final class IntegerPlanes {

	/** Integers of magnitude below this survive the float32 conversion; 2^24 itself may be a rounded 2^24 + 1. */
	static final float EXACT_LIMIT = 1 << 24;

	private IntegerPlanes() {
		// NB: static holder
	}

	/**
	 * Copies the float32 planes ImageJ 1 read from {@code file} into a new
	 * image of {@code kind} ({@link PixelKind#INT32} or {@link PixelKind#UINT32}).
	 *
	 * @throws IllegalArgumentException when a value may have been rounded
	 */
	static Img<? extends RealType<?>> exact(final ImagePlus imp, final PixelKind kind, final File file) {
		final int w = imp.getWidth();
		final int h = imp.getHeight();
		final int z = imp.getStackSize();
		final ImageStack stack = imp.getStack();
		final List<IntArray> planes = new ArrayList<>(z);
		for (int s = 1; s <= z; s++) {
			final float[] floats = (float[]) stack.getPixels(s);
			final int[] ints = new int[floats.length];
			for (int i = 0; i < floats.length; i++) {
				if (!(Math.abs(floats[i]) < EXACT_LIMIT)) throw new IllegalArgumentException("'" + file + "' holds the " +
					kind.id() + " value " + (long) floats[i] + " (as read) at x=" + i % w + ", y=" + i / w +
					(z > 1 ? ", z=" + (s - 1) : "") + "; ImageJ 1 reads 32-bit integer TIFFs as float32, which is exact only " +
					"for |value| < 2^24 (16777216): save the image as float32 if rounding to 24 bits is acceptable, or " +
					"rescale it into that range");
				ints[i] = (int) floats[i];
			}
			planes.add(new IntArray(ints));
		}
		final long[] dims = z > 1 ? new long[] { w, h, z } : new long[] { w, h };
		if (kind == PixelKind.UINT32) {
			final PlanarImg<UnsignedIntType, IntArray> img = new PlanarImg<>(planes, dims, new Fraction());
			img.setLinkedType(new UnsignedIntType(img));
			return img;
		}
		final PlanarImg<IntType, IntArray> img = new PlanarImg<>(planes, dims, new Fraction());
		img.setLinkedType(new IntType(img));
		return img;
	}
}
