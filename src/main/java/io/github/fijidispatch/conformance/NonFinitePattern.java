package io.github.fijidispatch.conformance;

import java.util.Random;

import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Where the conformance kit puts non-finite pixels into a float32 input, one
 * pattern per way a backend can get the rules of {@code OPS.md} ("Non-finite
 * pixels") wrong: a NaN the fast path forgets to skip, a window of NaN only,
 * an infinity that poisons a running sum, a NaN a tile or the clamped edge
 * repeats. Seeded: the same pattern, seed and size always give the same image.
 */
public enum NonFinitePattern {

	/** About one pixel in eight is NaN, at random. */
	SCATTERED_NAN("scattered NaN") {

		@Override
		boolean isNaN(final long[] p, final long[] dims, final Random r) {
			return r.nextInt(8) == 0;
		}
	},
	/**
	 * A box of NaN 9 pixels wide per axis (5 along z), larger than every
	 * neighbourhood the kit tries, so that whole windows and lines hold NaN only.
	 */
	NAN_BLOCK("a NaN block") {

		@Override
		boolean isNaN(final long[] p, final long[] dims, final Random r) {
			for (int d = 0; d < p.length; d++) {
				final long width = d < 2 ? 9 : 5;
				final long start = Math.max(0, dims[d] / 2 - width / 2);
				if (p[d] < start || p[d] >= start + width) return false;
			}
			return true;
		}
	},
	/** Every pixel is NaN. */
	ALL_NAN("all NaN") {

		@Override
		boolean isNaN(final long[] p, final long[] dims, final Random r) {
			return true;
		}
	},
	/**
	 * Scattered runs of NaN, +Inf, −Inf side by side along x, and lone
	 * infinities: sums meet +Inf − Inf, orders meet both ends.
	 */
	INFINITIES("±Inf beside NaN") {

		@Override
		boolean isNaN(final long[] p, final long[] dims, final Random r) {
			return false;
		}

		@Override
		float value(final long[] p, final long[] dims, final Random r, final float v) {
			final int pick = r.nextInt(24);
			if (pick == 0 && p[0] + 2 < dims[0]) return Float.NaN;
			if (pick == 1) return Float.POSITIVE_INFINITY;
			if (pick == 2) return Float.NEGATIVE_INFINITY;
			return v;
		}

		@Override
		void finish(final Img<FloatType> img) {
			// NB: after each NaN that begins a run, +Inf then −Inf
			final float[] values = new float[(int) img.size()];
			int i = 0;
			for (final FloatType t : img)
				values[i++] = t.get();
			for (int k = 0; k + 2 < values.length; k++)
				if (Float.isNaN(values[k]) && !Float.isNaN(values[k + 1]) && !Float.isNaN(values[k + 2]) &&
					(k % img.dimension(0)) + 2 < img.dimension(0))
				{
					values[k + 1] = Float.POSITIVE_INFINITY;
					values[k + 2] = Float.NEGATIVE_INFINITY;
					k += 2;
				}
			i = 0;
			for (final FloatType t : img)
				t.set(values[i++]);
		}
	},
	/**
	 * NaN along the image's edges (first and last column and row, first
	 * slice), which clamp-to-edge repeats, and along the middle column, a
	 * boundary of the blocks and tiles a backend splits the image into.
	 */
	EDGE_NAN("NaN on the edges") {

		@Override
		boolean isNaN(final long[] p, final long[] dims, final Random r) {
			if (p[0] == 0 || p[0] == dims[0] - 1 || p[0] == dims[0] / 2) return true;
			if (p[1] == 0 || p[1] == dims[1] - 1) return true;
			return p.length > 2 && p[2] == 0;
		}
	};

	private final String description;

	NonFinitePattern(final String description) {
		this.description = description;
	}

	/** E.g. {@code a NaN block}. */
	public String description() {
		return description;
	}

	abstract boolean isNaN(long[] p, long[] dims, Random r);

	/** The value a finite pixel {@code v} at {@code p} gets (by default itself). */
	float value(final long[] p, final long[] dims, final Random r, final float v) {
		return v;
	}

	/** A last pass over the whole image (by default none). */
	void finish(final Img<FloatType> img) {
		// NB: most patterns are pointwise
	}

	/** Puts the pattern into {@code img} in place; returns it. */
	public Img<FloatType> applyTo(final Img<FloatType> img, final long seed) {
		final long[] dims = img.dimensionsAsLongArray();
		final long[] p = new long[dims.length];
		final Random r = new Random(seed * 31 + ordinal());
		final Cursor<FloatType> c = img.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.localize(p);
			final FloatType t = c.get();
			t.set(isNaN(p, dims, r) ? Float.NaN : value(p, dims, r, t.get()));
		}
		finish(img);
		return img;
	}
}
