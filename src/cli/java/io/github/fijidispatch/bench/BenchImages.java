package io.github.fijidispatch.bench;

import java.util.Random;

import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * Deterministic synthetic benchmark images (seeded): uint8 smooth blobs
 * plus noise, 2D or 3D, and a 0/255 mask of them for the binary ops.
 */
public final class BenchImages {

	private static final long SEED = 20240521L;

	private BenchImages() {
		// NB: static holder
	}

	/** Grey blobs with noise, values in [0, 255]. */
	public static Img<UnsignedByteType> grey(final BenchSize size) {
		final Img<UnsignedByteType> img = ArrayImgs.unsignedBytes(size.dims());
		final Random random = new Random(SEED ^ size.hashCode());
		final Cursor<UnsignedByteType> c = img.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			double v = 1;
			for (int d = 0; d < c.numDimensions(); d++)
				v *= Math.sin(c.getDoublePosition(d) / (13.0 + 7 * d));
			final double grey = 110 + 90 * v + 20 * random.nextGaussian();
			c.get().set((int) Math.max(0, Math.min(255, Math.round(grey))));
		}
		return img;
	}

	/** The blobs of {@link #grey} above mid-grey as a 0/255 mask. */
	public static Img<UnsignedByteType> mask(final BenchSize size) {
		final Img<UnsignedByteType> img = grey(size);
		for (final UnsignedByteType t : img)
			t.set(t.get() > 128 ? 255 : 0);
		return img;
	}
}
