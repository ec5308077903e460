package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/** Seeded random test images and a bit-for-bit comparison, for the blockwise plan tests. */
final class BlockImagesForTests {

	private BlockImagesForTests() {
		// NB: static holder
	}

	/** Float32 values in [-50, 150), with {@code nonFinite} of them NaN, +Inf or −Inf in turn. */
	static Img<?> floats(final long seed, final int nonFinite, final long... dims) {
		final Img<net.imglib2.type.numeric.real.FloatType> img = ArrayImgs.floats(dims);
		final Random random = new Random(seed);
		for (final net.imglib2.type.numeric.real.FloatType t : img)
			t.set(random.nextFloat() * 200 - 50);
		final RandomAccessibleInterval<net.imglib2.type.numeric.real.FloatType> flat = img;
		final long size = Intervals.numElements(img);
		final float[] special = { Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY };
		final Cursor<net.imglib2.type.numeric.real.FloatType> c = Views.flatIterable(flat).cursor();
		final java.util.Set<Long> at = new java.util.TreeSet<>();
		while (at.size() < Math.min(nonFinite, size))
			at.add((long) (random.nextDouble() * size));
		long i = 0;
		int k = 0;
		while (c.hasNext()) {
			c.fwd();
			if (at.contains(i++)) c.get().set(special[k++ % special.length]);
		}
		return img;
	}

	/** Unsigned 16-bit values in [0, 65536). */
	static Img<?> shorts(final long seed, final long... dims) {
		final Img<net.imglib2.type.numeric.integer.UnsignedShortType> img = ArrayImgs.unsignedShorts(dims);
		final Random random = new Random(seed);
		for (final net.imglib2.type.numeric.integer.UnsignedShortType t : img)
			t.set(random.nextInt(65536));
		return img;
	}

	/** Same size, same pixel type and the same bits in every pixel (NaN equal to NaN, −0 not equal to +0). */
	static void assertSameBits(final Object expected, final Object actual, final String what) {
		final RandomAccessibleInterval<?> e = (RandomAccessibleInterval<?>) expected;
		final RandomAccessibleInterval<?> a = (RandomAccessibleInterval<?>) actual;
		assertArrayEquals(Intervals.dimensionsAsLongArray(e), Intervals.dimensionsAsLongArray(a), what + ": size");
		assertEquals(Views.flatIterable(e).firstElement().getClass(), Views.flatIterable(a).firstElement().getClass(),
			what + ": pixel type");
		final Cursor<?> ce = Views.flatIterable(e).cursor();
		final Cursor<?> ca = Views.flatIterable(a).cursor();
		long i = 0;
		while (ce.hasNext()) {
			final double ve = ((RealType<?>) ce.next()).getRealDouble();
			final double va = ((RealType<?>) ca.next()).getRealDouble();
			if (Double.doubleToLongBits(ve) != Double.doubleToLongBits(va)) throw new AssertionError(what + ": pixel " + i +
				" (flat) is " + va + ", the whole image has " + ve);
			i++;
		}
	}
}
