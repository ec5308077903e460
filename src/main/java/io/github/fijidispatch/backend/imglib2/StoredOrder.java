package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * The larger (max) or smaller (min) of pixel values of one kind, compared as
 * stored in the kind's primitive arrays ({@link PixelArrays}), without
 * conversion: the loops of the projections that select one of their values.
 * Folds and reductions of 8- and 16-bit kinds have one loop per signedness:
 * signed values compare as stored, unsigned ones masked to the storage
 * width. 32-bit kinds compare by a key, the stored bits XOR a flip, which
 * orders as the kind's values do (uint32 flips the sign bit to compare as
 * int; int32 flips nothing); the flip undoes itself.
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
	 * {@code dst[at + i] = chosen(dst[at + i], a[fromA + i], b[fromB + i])} for {@code i < n}: two runs in one pass
	 * (which reads and writes the output once for both: 1.4× the speed of two passes of one); the arrays of the
	 * storage type, {@code a} and {@code b} may be one array, and a run folded alone is given as both.
	 */
	void fold(final Object a, final int fromA, final Object b, final int fromB, final Object dst, final int at,
		final int n)
	{
		// NB: a literal signedness or flip per case, so that every loop runs without a variable in it
		switch (kind) {
			case UINT8: foldBytes((byte[]) a, fromA, (byte[]) b, fromB, (byte[]) dst, at, n, false, max); return;
			case INT8: foldBytes((byte[]) a, fromA, (byte[]) b, fromB, (byte[]) dst, at, n, true, max); return;
			case UINT16: foldShorts((short[]) a, fromA, (short[]) b, fromB, (short[]) dst, at, n, false, max); return;
			case INT16: foldShorts((short[]) a, fromA, (short[]) b, fromB, (short[]) dst, at, n, true, max); return;
			case INT32: foldInts((int[]) a, fromA, (int[]) b, fromB, (int[]) dst, at, n, 0, max); return;
			case UINT32: foldInts((int[]) a, fromA, (int[]) b, fromB, (int[]) dst, at, n, Integer.MIN_VALUE, max); return;
			case FLOAT32: {
				final float[] s = (float[]) a, t = (float[]) b, d = (float[]) dst;
				if (max) for (int i = 0; i < n; i++)
					d[at + i] = Math.max(d[at + i], Math.max(s[fromA + i], t[fromB + i]));
				else for (int i = 0; i < n; i++)
					d[at + i] = Math.min(d[at + i], Math.min(s[fromA + i], t[fromB + i]));
				return;
			}
			default: {
				final double[] s = (double[]) a, t = (double[]) b, d = (double[]) dst;
				if (max) for (int i = 0; i < n; i++)
					d[at + i] = Math.max(d[at + i], Math.max(s[fromA + i], t[fromB + i]));
				else for (int i = 0; i < n; i++)
					d[at + i] = Math.min(d[at + i], Math.min(s[fromA + i], t[fromB + i]));
			}
		}
	}

	/**
	 * NB: one loop per signedness with no flip inside: a signed kind compares
	 * its stored values as they are, an unsigned one masked. A flip that is a
	 * parameter rather than a literal (when this is not inlined) doubles the
	 * loop's time.
	 */
	private static void foldBytes(final byte[] s, final int fromA, final byte[] t, final int fromB, final byte[] d,
		final int at, final int n, final boolean signed, final boolean max)
	{
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.max(d[at + i], Math.max(s[fromA + i], t[fromB + i]));
			else for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.min(d[at + i], Math.min(s[fromA + i], t[fromB + i]));
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.max(d[at + i] & 0xff, Math.max(s[fromA + i] & 0xff, t[fromB + i] & 0xff));
		else for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.min(d[at + i] & 0xff, Math.min(s[fromA + i] & 0xff, t[fromB + i] & 0xff));
	}

	/** As {@link #foldBytes}, for 16-bit storage. */
	private static void foldShorts(final short[] s, final int fromA, final short[] t, final int fromB, final short[] d,
		final int at, final int n, final boolean signed, final boolean max)
	{
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.max(d[at + i], Math.max(s[fromA + i], t[fromB + i]));
			else for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.min(d[at + i], Math.min(s[fromA + i], t[fromB + i]));
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.max(d[at + i] & 0xffff, Math.max(s[fromA + i] & 0xffff, t[fromB + i] & 0xffff));
		else for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.min(d[at + i] & 0xffff, Math.min(s[fromA + i] & 0xffff, t[fromB + i] & 0xffff));
	}

	private static void foldInts(final int[] s, final int fromA, final int[] t, final int fromB, final int[] d,
		final int at, final int n, final int g, final boolean max)
	{
		if (max) for (int i = 0; i < n; i++)
			d[at + i] = Math.max(d[at + i] ^ g, Math.max(s[fromA + i] ^ g, t[fromB + i] ^ g)) ^ g;
		else for (int i = 0; i < n; i++)
			d[at + i] = Math.min(d[at + i] ^ g, Math.min(s[fromA + i] ^ g, t[fromB + i] ^ g)) ^ g;
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
		// NB: the signedness and flip per case, as the folds have them
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
