package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * The larger (max) or smaller (min) of pixel values of one kind, compared as
 * stored in the kind's primitive arrays ({@link PixelArrays}), without
 * conversion: the loops of the projections that select one of their values.
 * Element-wise folds ({@link #fold}) run over runs copied to index 0, with a
 * mask from a wrap-corrected difference for integers, so that the JIT makes
 * them SIMD. Reductions of a run to one value ({@link #reduce}) have one loop
 * per storage and signedness: 8- and 16-bit values compare as stored when
 * signed, masked to the storage width when unsigned; 32-bit ones by a key,
 * the stored bits XOR a flip, which orders as the kind's values do (uint32
 * flips the sign bit to compare as int; int32 flips nothing).
 * <p>
 * Float kinds fold with {@code Math.max} / {@code Math.min}, which propagate
 * NaN and order −0 below +0; where a result is NaN or zero, its values are
 * folded again by {@link #foldCarefully}, the op's rule: NaN skipped unless
 * every value is NaN, and of equal values (−0, +0) the first stays. Callers
 * check {@link #needsCareful}.
 * </p>
 */
final class StoredOrder {

	private final PixelKind kind;
	private final boolean max;

	private StoredOrder(final PixelKind kind, final boolean max) {
		this.kind = kind;
		this.max = max;
	}

	/** Max ({@code max}) or min of {@code kind}'s values. */
	static StoredOrder of(final PixelKind kind, final boolean max) {
		return new StoredOrder(kind, max);
	}

	/**
	 * {@code acc[i] = chosen(acc[i], run[i])} for {@code i < n}: every array of the storage type and read from index
	 * 0; {@code scratch} (at least {@code n} long) is overwritten.
	 * <p>
	 * NB: HotSpot's superword pass (JDK 17) turns a loop into SIMD only when all its array accesses have one index, so
	 * callers copy their runs to index 0 first ({@code System.arraycopy} is SIMD itself). Integers choose by a mask,
	 * the sign of a difference corrected for wrapping ({@link #lessThan}); that takes two loops, because JDK 17 does
	 * not vectorise a shift of a computed 8- or 16-bit value, only of a loaded one. Floats choose with
	 * {@code Math.max} and {@code Math.min}. For 16-bit values the two loops run at 4–5× the speed of one scalar
	 * loop over the same arrays.
	 * </p>
	 */
	void fold(final Object acc, final Object run, final Object scratch, final int n) {
		switch (kind) {
			case UINT8:
			case INT8: {
				final byte[] a = (byte[]) acc, r = (byte[]) run, u = (byte[]) scratch;
				final int flip = kind == PixelKind.UINT8 ? 0x80 : 0;
				if (max) lessThan(a, r, u, n, flip);
				else lessThan(r, a, u, n, flip);
				for (int i = 0; i < n; i++)
					a[i] = (byte) (a[i] ^ ((a[i] ^ r[i]) & (u[i] >> 7)));
				return;
			}
			case UINT16:
			case INT16: {
				final short[] a = (short[]) acc, r = (short[]) run, u = (short[]) scratch;
				final int flip = kind == PixelKind.UINT16 ? 0x8000 : 0;
				if (max) lessThan(a, r, u, n, flip);
				else lessThan(r, a, u, n, flip);
				for (int i = 0; i < n; i++)
					a[i] = (short) (a[i] ^ ((a[i] ^ r[i]) & (u[i] >> 15)));
				return;
			}
			case UINT32:
			case INT32: {
				final int[] a = (int[]) acc, r = (int[]) run, u = (int[]) scratch;
				final int flip = kind == PixelKind.UINT32 ? Integer.MIN_VALUE : 0;
				if (max) lessThan(a, r, u, n, flip);
				else lessThan(r, a, u, n, flip);
				for (int i = 0; i < n; i++)
					a[i] = a[i] ^ ((a[i] ^ r[i]) & (u[i] >> 31));
				return;
			}
			case FLOAT32: {
				final float[] a = (float[]) acc, r = (float[]) run;
				if (max) for (int i = 0; i < n; i++)
					a[i] = Math.max(a[i], r[i]);
				else for (int i = 0; i < n; i++)
					a[i] = Math.min(a[i], r[i]);
				return;
			}
			default: {
				final double[] a = (double[]) acc, r = (double[]) run;
				if (max) for (int i = 0; i < n; i++)
					a[i] = Math.max(a[i], r[i]);
				else for (int i = 0; i < n; i++)
					a[i] = Math.min(a[i], r[i]);
			}
		}
	}

	/**
	 * {@code u[i]}'s sign bit: whether {@code x[i] < y[i]} as the kind orders them, for {@code i < n}. The values
	 * compare as signed after {@code flip} (the sign bit for unsigned kinds, else 0); the difference
	 * {@code d = x - y} wraps the same with or without the flip, and its sign is corrected for overflow:
	 * {@code d ^ ((x ^ y) & (d ^ x'))}, with {@code x'} the flipped {@code x}.
	 */
	private static void lessThan(final byte[] x, final byte[] y, final byte[] u, final int n, final int flip) {
		for (int i = 0; i < n; i++) {
			final int d = x[i] - y[i];
			u[i] = (byte) (d ^ ((x[i] ^ y[i]) & (d ^ x[i] ^ flip)));
		}
	}

	/** As {@link #lessThan(byte[], byte[], byte[], int, int)}, for 16-bit storage. */
	private static void lessThan(final short[] x, final short[] y, final short[] u, final int n, final int flip) {
		for (int i = 0; i < n; i++) {
			final int d = x[i] - y[i];
			u[i] = (short) (d ^ ((x[i] ^ y[i]) & (d ^ x[i] ^ flip)));
		}
	}

	/** As {@link #lessThan(byte[], byte[], byte[], int, int)}, for 32-bit storage. */
	private static void lessThan(final int[] x, final int[] y, final int[] u, final int n, final int flip) {
		for (int i = 0; i < n; i++) {
			final int d = x[i] - y[i];
			u[i] = d ^ ((x[i] ^ y[i]) & (d ^ x[i] ^ flip));
		}
	}

	/**
	 * The chosen one of {@code src[from..from + n)} ({@code n ≥ 1}), stored into {@code dst[at]}. NB: one loop per
	 * storage, signedness and choice, with no flip inside (8- and 16-bit values compare as stored, or masked), each
	 * keeping {@value #LANES} running choices over every {@value #LANES}th value so that consecutive comparisons do not
	 * wait for each other: twice the one-chain loop's speed. The choice is associative and commutative (for floats
	 * too: {@code Math.max} and {@code Math.min} propagate NaN and order −0 below +0 in any order), so the result is
	 * the one-by-one loop's.
	 */
	void reduce(final Object src, final int from, final int n, final Object dst, final int at) {
		// NB: a literal signedness or flip per case, so that every loop runs without a variable in it
		switch (kind) {
			case UINT8: ((byte[]) dst)[at] = (byte) chosen((byte[]) src, from, n, false, max); return;
			case INT8: ((byte[]) dst)[at] = (byte) chosen((byte[]) src, from, n, true, max); return;
			case UINT16: ((short[]) dst)[at] = (short) chosen((short[]) src, from, n, false, max); return;
			case INT16: ((short[]) dst)[at] = (short) chosen((short[]) src, from, n, true, max); return;
			case INT32: ((int[]) dst)[at] = chosenKey((int[]) src, from, n, 0, max); return;
			case UINT32: ((int[]) dst)[at] = chosenKey((int[]) src, from, n, Integer.MIN_VALUE, max) ^ Integer.MIN_VALUE;
				return;
			case FLOAT32: ((float[]) dst)[at] = chosen((float[]) src, from, n, max); return;
			default: ((double[]) dst)[at] = chosen((double[]) src, from, n, max);
		}
	}

	/** Running choices of {@link #reduce}. */
	private static final int LANES = 4;

	/** The max ({@code max}) or min of {@code s[from..from + n)}, as signed or as unsigned bytes. */
	private static int chosen(final byte[] s, final int from, final int n, final boolean signed, final boolean max) {
		final int end = from + n;
		int i = from + 1;
		if (signed) {
			int k0 = s[from], k1 = k0, k2 = k0, k3 = k0;
			if (max) {
				for (; i + LANES <= end; i += LANES) {
					k0 = Math.max(k0, s[i]);
					k1 = Math.max(k1, s[i + 1]);
					k2 = Math.max(k2, s[i + 2]);
					k3 = Math.max(k3, s[i + 3]);
				}
				for (; i < end; i++)
					k0 = Math.max(k0, s[i]);
				return Math.max(Math.max(k0, k1), Math.max(k2, k3));
			}
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.min(k0, s[i]);
				k1 = Math.min(k1, s[i + 1]);
				k2 = Math.min(k2, s[i + 2]);
				k3 = Math.min(k3, s[i + 3]);
			}
			for (; i < end; i++)
				k0 = Math.min(k0, s[i]);
			return Math.min(Math.min(k0, k1), Math.min(k2, k3));
		}
		int k0 = s[from] & 0xff, k1 = k0, k2 = k0, k3 = k0;
		if (max) {
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.max(k0, s[i] & 0xff);
				k1 = Math.max(k1, s[i + 1] & 0xff);
				k2 = Math.max(k2, s[i + 2] & 0xff);
				k3 = Math.max(k3, s[i + 3] & 0xff);
			}
			for (; i < end; i++)
				k0 = Math.max(k0, s[i] & 0xff);
			return Math.max(Math.max(k0, k1), Math.max(k2, k3));
		}
		for (; i + LANES <= end; i += LANES) {
			k0 = Math.min(k0, s[i] & 0xff);
			k1 = Math.min(k1, s[i + 1] & 0xff);
			k2 = Math.min(k2, s[i + 2] & 0xff);
			k3 = Math.min(k3, s[i + 3] & 0xff);
		}
		for (; i < end; i++)
			k0 = Math.min(k0, s[i] & 0xff);
		return Math.min(Math.min(k0, k1), Math.min(k2, k3));
	}

	/** As {@link #chosen(byte[], int, int, boolean, boolean)}, for 16-bit storage. */
	private static int chosen(final short[] s, final int from, final int n, final boolean signed, final boolean max) {
		final int end = from + n;
		int i = from + 1;
		if (signed) {
			int k0 = s[from], k1 = k0, k2 = k0, k3 = k0;
			if (max) {
				for (; i + LANES <= end; i += LANES) {
					k0 = Math.max(k0, s[i]);
					k1 = Math.max(k1, s[i + 1]);
					k2 = Math.max(k2, s[i + 2]);
					k3 = Math.max(k3, s[i + 3]);
				}
				for (; i < end; i++)
					k0 = Math.max(k0, s[i]);
				return Math.max(Math.max(k0, k1), Math.max(k2, k3));
			}
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.min(k0, s[i]);
				k1 = Math.min(k1, s[i + 1]);
				k2 = Math.min(k2, s[i + 2]);
				k3 = Math.min(k3, s[i + 3]);
			}
			for (; i < end; i++)
				k0 = Math.min(k0, s[i]);
			return Math.min(Math.min(k0, k1), Math.min(k2, k3));
		}
		int k0 = s[from] & 0xffff, k1 = k0, k2 = k0, k3 = k0;
		if (max) {
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.max(k0, s[i] & 0xffff);
				k1 = Math.max(k1, s[i + 1] & 0xffff);
				k2 = Math.max(k2, s[i + 2] & 0xffff);
				k3 = Math.max(k3, s[i + 3] & 0xffff);
			}
			for (; i < end; i++)
				k0 = Math.max(k0, s[i] & 0xffff);
			return Math.max(Math.max(k0, k1), Math.max(k2, k3));
		}
		for (; i + LANES <= end; i += LANES) {
			k0 = Math.min(k0, s[i] & 0xffff);
			k1 = Math.min(k1, s[i + 1] & 0xffff);
			k2 = Math.min(k2, s[i + 2] & 0xffff);
			k3 = Math.min(k3, s[i + 3] & 0xffff);
		}
		for (; i < end; i++)
			k0 = Math.min(k0, s[i] & 0xffff);
		return Math.min(Math.min(k0, k1), Math.min(k2, k3));
	}

	/** The chosen key {@code s[i] ^ g} of {@code s[from..from + n)}, compared as signed ints. */
	private static int chosenKey(final int[] s, final int from, final int n, final int g, final boolean max) {
		final int end = from + n;
		int i = from + 1;
		int k0 = s[from] ^ g, k1 = k0, k2 = k0, k3 = k0;
		if (max) {
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.max(k0, s[i] ^ g);
				k1 = Math.max(k1, s[i + 1] ^ g);
				k2 = Math.max(k2, s[i + 2] ^ g);
				k3 = Math.max(k3, s[i + 3] ^ g);
			}
			for (; i < end; i++)
				k0 = Math.max(k0, s[i] ^ g);
			return Math.max(Math.max(k0, k1), Math.max(k2, k3));
		}
		for (; i + LANES <= end; i += LANES) {
			k0 = Math.min(k0, s[i] ^ g);
			k1 = Math.min(k1, s[i + 1] ^ g);
			k2 = Math.min(k2, s[i + 2] ^ g);
			k3 = Math.min(k3, s[i + 3] ^ g);
		}
		for (; i < end; i++)
			k0 = Math.min(k0, s[i] ^ g);
		return Math.min(Math.min(k0, k1), Math.min(k2, k3));
	}

	/** {@code Math.max} ({@code max}) or {@code Math.min} of {@code s[from..from + n)}. */
	private static float chosen(final float[] s, final int from, final int n, final boolean max) {
		final int end = from + n;
		int i = from + 1;
		float k0 = s[from], k1 = k0, k2 = k0, k3 = k0;
		if (max) {
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.max(k0, s[i]);
				k1 = Math.max(k1, s[i + 1]);
				k2 = Math.max(k2, s[i + 2]);
				k3 = Math.max(k3, s[i + 3]);
			}
			for (; i < end; i++)
				k0 = Math.max(k0, s[i]);
			return Math.max(Math.max(k0, k1), Math.max(k2, k3));
		}
		for (; i + LANES <= end; i += LANES) {
			k0 = Math.min(k0, s[i]);
			k1 = Math.min(k1, s[i + 1]);
			k2 = Math.min(k2, s[i + 2]);
			k3 = Math.min(k3, s[i + 3]);
		}
		for (; i < end; i++)
			k0 = Math.min(k0, s[i]);
		return Math.min(Math.min(k0, k1), Math.min(k2, k3));
	}

	/** As {@link #chosen(float[], int, int, boolean)}, for doubles. */
	private static double chosen(final double[] s, final int from, final int n, final boolean max) {
		final int end = from + n;
		int i = from + 1;
		double k0 = s[from], k1 = k0, k2 = k0, k3 = k0;
		if (max) {
			for (; i + LANES <= end; i += LANES) {
				k0 = Math.max(k0, s[i]);
				k1 = Math.max(k1, s[i + 1]);
				k2 = Math.max(k2, s[i + 2]);
				k3 = Math.max(k3, s[i + 3]);
			}
			for (; i < end; i++)
				k0 = Math.max(k0, s[i]);
			return Math.max(Math.max(k0, k1), Math.max(k2, k3));
		}
		for (; i + LANES <= end; i += LANES) {
			k0 = Math.min(k0, s[i]);
			k1 = Math.min(k1, s[i + 1]);
			k2 = Math.min(k2, s[i + 2]);
			k3 = Math.min(k3, s[i + 3]);
		}
		for (; i < end; i++)
			k0 = Math.min(k0, s[i]);
		return Math.min(Math.min(k0, k1), Math.min(k2, k3));
	}

	/**
	 * Whether the result {@code dst[at]} of {@link #fold} or {@link #reduce}
	 * must be folded again by {@link #foldCarefully}: a float result that is
	 * NaN (a NaN among the values) or zero (−0 and +0 may both be among them).
	 */
	boolean needsCareful(final Object dst, final int at) {
		final double v = kind == PixelKind.FLOAT32 ? ((float[]) dst)[at] : kind == PixelKind.FLOAT64 ? ((double[]) dst)[at]
			: 1;
		return v != v || v == 0;
	}

	/**
	 * The op's rule over values read as double: NaN skipped unless every
	 * value is NaN; of equal values the first stays.
	 */
	double foldCarefully(final double[] values, final int n) {
		double r = values[0];
		for (int i = 1; i < n; i++) {
			final double v = values[i];
			if ((max ? v > r : v < r) || r != r) r = v;
		}
		return r;
	}
}
