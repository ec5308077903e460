package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * The larger (max) or smaller (min) of pixel values of one kind, compared as
 * stored in the kind's primitive arrays ({@link PixelArrays}), without
 * conversion: the loops of the projections that select one of their values.
 * Element-wise folds of 8- and 16-bit kinds have one loop per signedness:
 * signed values compare as stored, unsigned ones masked to the storage
 * width. Reductions of a run, and 32-bit kinds, compare by a key, the stored
 * bits XOR a flip (masked below 32 bits), which orders as the kind's values
 * do (uint32 flips the sign bit to compare as int); the flip undoes itself.
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
	/** Integer kinds: {@code key = (stored ^ flip) & mask}, ordered as the values. */
	private final int flip;
	private final int mask;

	private StoredOrder(final PixelKind kind, final boolean max) {
		this.kind = kind;
		this.max = max;
		final int bits = 8 * kind.bytesPerPixel();
		mask = bits == 32 ? -1 : (1 << bits) - 1;
		final boolean signed = kind.createType().getMinValue() < 0;
		// NB: keys below 32 bits are non-negative ints, ordered as unsigned; 32-bit keys compare as signed ints
		final int toUnsigned = signed ? 1 << (bits - 1) : 0;
		flip = bits == 32 ? toUnsigned ^ Integer.MIN_VALUE : toUnsigned;
	}

	/** Max ({@code max}) or min of {@code kind}'s values. */
	static StoredOrder of(final PixelKind kind, final boolean max) {
		return new StoredOrder(kind, max);
	}

	/** {@code dst[at + i] = chosen(dst[at + i], src[from + i])} for {@code i < n}; both arrays of the storage type. */
	void fold(final Object src, final int from, final Object dst, final int at, final int n) {
		// NB: a literal signedness or flip per case, so that every loop runs without a variable in it
		switch (kind) {
			case UINT8: foldBytes(src, from, dst, at, n, false, max); return;
			case INT8: foldBytes(src, from, dst, at, n, true, max); return;
			case UINT16: foldShorts(src, from, dst, at, n, false, max); return;
			case INT16: foldShorts(src, from, dst, at, n, true, max); return;
			case INT32: foldInts(src, from, dst, at, n, 0, max); return;
			case UINT32: foldInts(src, from, dst, at, n, Integer.MIN_VALUE, max); return;
			case FLOAT32: {
				final float[] s = (float[]) src, d = (float[]) dst;
				if (max) for (int i = 0; i < n; i++)
					d[at + i] = Math.max(d[at + i], s[from + i]);
				else for (int i = 0; i < n; i++)
					d[at + i] = Math.min(d[at + i], s[from + i]);
				return;
			}
			default: {
				final double[] s = (double[]) src, d = (double[]) dst;
				if (max) for (int i = 0; i < n; i++)
					d[at + i] = Math.max(d[at + i], s[from + i]);
				else for (int i = 0; i < n; i++)
					d[at + i] = Math.min(d[at + i], s[from + i]);
			}
		}
	}

	/**
	 * NB: one loop per signedness with no flip inside: a signed kind compares
	 * its stored values as they are, an unsigned one masked. A flip that is a
	 * parameter rather than a literal (when this is not inlined) doubles the
	 * loop's time.
	 */
	private static void foldBytes(final Object src, final int from, final Object dst, final int at, final int n,
		final boolean signed, final boolean max)
	{
		final byte[] s = (byte[]) src, d = (byte[]) dst;
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.max(d[at + i], s[from + i]);
			else for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.min(d[at + i], s[from + i]);
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.max(d[at + i] & 0xff, s[from + i] & 0xff);
		else for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.min(d[at + i] & 0xff, s[from + i] & 0xff);
	}

	/** As {@link #foldBytes}, for 16-bit storage. */
	private static void foldShorts(final Object src, final int from, final Object dst, final int at, final int n,
		final boolean signed, final boolean max)
	{
		final short[] s = (short[]) src, d = (short[]) dst;
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.max(d[at + i], s[from + i]);
			else for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.min(d[at + i], s[from + i]);
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.max(d[at + i] & 0xffff, s[from + i] & 0xffff);
		else for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.min(d[at + i] & 0xffff, s[from + i] & 0xffff);
	}

	private static void foldInts(final Object src, final int from, final Object dst, final int at, final int n,
		final int g, final boolean max)
	{
		final int[] s = (int[]) src, d = (int[]) dst;
		if (max) for (int i = 0; i < n; i++)
			d[at + i] = Math.max(d[at + i] ^ g, s[from + i] ^ g) ^ g;
		else for (int i = 0; i < n; i++)
			d[at + i] = Math.min(d[at + i] ^ g, s[from + i] ^ g) ^ g;
	}

	/**
	 * {@code dst[at + i] = chosen(dst[at + i], a[fa + i], b[fb + i], c[fc + i], d[fd + i])}
	 * for {@code i < n}: {@link #fold} of four runs (in one array or several)
	 * in one pass over {@code dst}, which is loaded and stored once per four
	 * values. Max and min are associative, so the result is that of four
	 * folds in turn; a float NaN among the values gives NaN (and a zero result
	 * zero), which callers fold again ({@link #needsCareful}).
	 */
	void fold4(final Object a, final int fa, final Object b, final int fb, final Object c, final int fc, final Object d,
		final int fd, final Object dst, final int at, final int n)
	{
		switch (kind) {
			case UINT8: foldBytes4((byte[]) a, fa, (byte[]) b, fb, (byte[]) c, fc, (byte[]) d, fd, (byte[]) dst, at, n, false,
				max); return;
			case INT8: foldBytes4((byte[]) a, fa, (byte[]) b, fb, (byte[]) c, fc, (byte[]) d, fd, (byte[]) dst, at, n, true,
				max); return;
			case UINT16: foldShorts4((short[]) a, fa, (short[]) b, fb, (short[]) c, fc, (short[]) d, fd, (short[]) dst, at, n,
				false, max); return;
			case INT16: foldShorts4((short[]) a, fa, (short[]) b, fb, (short[]) c, fc, (short[]) d, fd, (short[]) dst, at, n,
				true, max); return;
			case INT32: foldInts4((int[]) a, fa, (int[]) b, fb, (int[]) c, fc, (int[]) d, fd, (int[]) dst, at, n, 0, max);
				return;
			case UINT32: foldInts4((int[]) a, fa, (int[]) b, fb, (int[]) c, fc, (int[]) d, fd, (int[]) dst, at, n,
				Integer.MIN_VALUE, max); return;
			case FLOAT32: {
				final float[] s0 = (float[]) a, s1 = (float[]) b, s2 = (float[]) c, s3 = (float[]) d, t = (float[]) dst;
				if (max) for (int i = 0; i < n; i++)
					t[at + i] = Math.max(t[at + i], Math.max(Math.max(s0[fa + i], s1[fb + i]), Math.max(s2[fc + i], s3[fd + i])));
				else for (int i = 0; i < n; i++)
					t[at + i] = Math.min(t[at + i], Math.min(Math.min(s0[fa + i], s1[fb + i]), Math.min(s2[fc + i], s3[fd + i])));
				return;
			}
			default: {
				final double[] s0 = (double[]) a, s1 = (double[]) b, s2 = (double[]) c, s3 = (double[]) d, t = (double[]) dst;
				if (max) for (int i = 0; i < n; i++)
					t[at + i] = Math.max(t[at + i], Math.max(Math.max(s0[fa + i], s1[fb + i]), Math.max(s2[fc + i], s3[fd + i])));
				else for (int i = 0; i < n; i++)
					t[at + i] = Math.min(t[at + i], Math.min(Math.min(s0[fa + i], s1[fb + i]), Math.min(s2[fc + i], s3[fd + i])));
			}
		}
	}

	/** As {@link #foldBytes}, four runs at a time. */
	private static void foldBytes4(final byte[] s0, final int f0, final byte[] s1, final int f1, final byte[] s2,
		final int f2, final byte[] s3, final int f3, final byte[] d, final int at, final int n, final boolean signed,
		final boolean max)
	{
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.max(d[at + i], Math.max(Math.max(s0[f0 + i], s1[f1 + i]), Math.max(s2[f2 + i], s3[f3
					+ i])));
			else for (int i = 0; i < n; i++)
				d[at + i] = (byte) Math.min(d[at + i], Math.min(Math.min(s0[f0 + i], s1[f1 + i]), Math.min(s2[f2 + i], s3[f3
					+ i])));
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.max(d[at + i] & 0xff, Math.max(Math.max(s0[f0 + i] & 0xff, s1[f1 + i] & 0xff), Math.max(
				s2[f2 + i] & 0xff, s3[f3 + i] & 0xff)));
		else for (int i = 0; i < n; i++)
			d[at + i] = (byte) Math.min(d[at + i] & 0xff, Math.min(Math.min(s0[f0 + i] & 0xff, s1[f1 + i] & 0xff), Math.min(
				s2[f2 + i] & 0xff, s3[f3 + i] & 0xff)));
	}

	/** As {@link #foldShorts}, four runs at a time. */
	private static void foldShorts4(final short[] s0, final int f0, final short[] s1, final int f1, final short[] s2,
		final int f2, final short[] s3, final int f3, final short[] d, final int at, final int n, final boolean signed,
		final boolean max)
	{
		if (signed) {
			if (max) for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.max(d[at + i], Math.max(Math.max(s0[f0 + i], s1[f1 + i]), Math.max(s2[f2 + i], s3[f3
					+ i])));
			else for (int i = 0; i < n; i++)
				d[at + i] = (short) Math.min(d[at + i], Math.min(Math.min(s0[f0 + i], s1[f1 + i]), Math.min(s2[f2 + i], s3[f3
					+ i])));
		}
		else if (max) for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.max(d[at + i] & 0xffff, Math.max(Math.max(s0[f0 + i] & 0xffff, s1[f1 + i] & 0xffff), Math
				.max(s2[f2 + i] & 0xffff, s3[f3 + i] & 0xffff)));
		else for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.min(d[at + i] & 0xffff, Math.min(Math.min(s0[f0 + i] & 0xffff, s1[f1 + i] & 0xffff), Math
				.min(s2[f2 + i] & 0xffff, s3[f3 + i] & 0xffff)));
	}

	/** As {@link #foldInts}, four runs at a time. */
	private static void foldInts4(final int[] s0, final int f0, final int[] s1, final int f1, final int[] s2,
		final int f2, final int[] s3, final int f3, final int[] d, final int at, final int n, final int g,
		final boolean max)
	{
		if (max) for (int i = 0; i < n; i++)
			d[at + i] = Math.max(d[at + i] ^ g, Math.max(Math.max(s0[f0 + i] ^ g, s1[f1 + i] ^ g), Math.max(s2[f2 + i] ^ g,
				s3[f3 + i] ^ g))) ^ g;
		else for (int i = 0; i < n; i++)
			d[at + i] = Math.min(d[at + i] ^ g, Math.min(Math.min(s0[f0 + i] ^ g, s1[f1 + i] ^ g), Math.min(s2[f2 + i] ^ g,
				s3[f3 + i] ^ g))) ^ g;
	}

	/**
	 * The chosen one of {@code src[from..from + n)} ({@code n ≥ 1}), stored
	 * into {@code dst[at]}. Four running choices, each over every fourth value,
	 * then chosen among: four independent chains instead of one.
	 */
	void reduce(final Object src, final int from, final int n, final Object dst, final int at) {
		final int g = flip;
		final int m = mask;
		final int quads = from + (n & ~3);
		switch (kind) {
			case UINT8: case INT8: {
				final byte[] s = (byte[]) src;
				int k0 = (s[from] ^ g) & m, k1 = k0, k2 = k0, k3 = k0;
				if (max) for (int i = from; i < quads; i += 4) {
					k0 = Math.max(k0, (s[i] ^ g) & m);
					k1 = Math.max(k1, (s[i + 1] ^ g) & m);
					k2 = Math.max(k2, (s[i + 2] ^ g) & m);
					k3 = Math.max(k3, (s[i + 3] ^ g) & m);
				}
				else for (int i = from; i < quads; i += 4) {
					k0 = Math.min(k0, (s[i] ^ g) & m);
					k1 = Math.min(k1, (s[i + 1] ^ g) & m);
					k2 = Math.min(k2, (s[i + 2] ^ g) & m);
					k3 = Math.min(k3, (s[i + 3] ^ g) & m);
				}
				int key = max ? Math.max(Math.max(k0, k1), Math.max(k2, k3)) : Math.min(Math.min(k0, k1), Math.min(k2, k3));
				for (int i = quads; i < from + n; i++)
					key = max ? Math.max(key, (s[i] ^ g) & m) : Math.min(key, (s[i] ^ g) & m);
				((byte[]) dst)[at] = (byte) (key ^ g);
				return;
			}
			case UINT16: case INT16: {
				final short[] s = (short[]) src;
				int k0 = (s[from] ^ g) & m, k1 = k0, k2 = k0, k3 = k0;
				if (max) for (int i = from; i < quads; i += 4) {
					k0 = Math.max(k0, (s[i] ^ g) & m);
					k1 = Math.max(k1, (s[i + 1] ^ g) & m);
					k2 = Math.max(k2, (s[i + 2] ^ g) & m);
					k3 = Math.max(k3, (s[i + 3] ^ g) & m);
				}
				else for (int i = from; i < quads; i += 4) {
					k0 = Math.min(k0, (s[i] ^ g) & m);
					k1 = Math.min(k1, (s[i + 1] ^ g) & m);
					k2 = Math.min(k2, (s[i + 2] ^ g) & m);
					k3 = Math.min(k3, (s[i + 3] ^ g) & m);
				}
				int key = max ? Math.max(Math.max(k0, k1), Math.max(k2, k3)) : Math.min(Math.min(k0, k1), Math.min(k2, k3));
				for (int i = quads; i < from + n; i++)
					key = max ? Math.max(key, (s[i] ^ g) & m) : Math.min(key, (s[i] ^ g) & m);
				((short[]) dst)[at] = (short) (key ^ g);
				return;
			}
			case INT32: case UINT32: {
				final int[] s = (int[]) src;
				int k0 = s[from] ^ g, k1 = k0, k2 = k0, k3 = k0;
				if (max) for (int i = from; i < quads; i += 4) {
					k0 = Math.max(k0, s[i] ^ g);
					k1 = Math.max(k1, s[i + 1] ^ g);
					k2 = Math.max(k2, s[i + 2] ^ g);
					k3 = Math.max(k3, s[i + 3] ^ g);
				}
				else for (int i = from; i < quads; i += 4) {
					k0 = Math.min(k0, s[i] ^ g);
					k1 = Math.min(k1, s[i + 1] ^ g);
					k2 = Math.min(k2, s[i + 2] ^ g);
					k3 = Math.min(k3, s[i + 3] ^ g);
				}
				int key = max ? Math.max(Math.max(k0, k1), Math.max(k2, k3)) : Math.min(Math.min(k0, k1), Math.min(k2, k3));
				for (int i = quads; i < from + n; i++)
					key = max ? Math.max(key, s[i] ^ g) : Math.min(key, s[i] ^ g);
				((int[]) dst)[at] = key ^ g;
				return;
			}
			case FLOAT32: {
				final float[] s = (float[]) src;
				float r0 = s[from], r1 = r0, r2 = r0, r3 = r0;
				if (max) for (int i = from; i < quads; i += 4) {
					r0 = Math.max(r0, s[i]);
					r1 = Math.max(r1, s[i + 1]);
					r2 = Math.max(r2, s[i + 2]);
					r3 = Math.max(r3, s[i + 3]);
				}
				else for (int i = from; i < quads; i += 4) {
					r0 = Math.min(r0, s[i]);
					r1 = Math.min(r1, s[i + 1]);
					r2 = Math.min(r2, s[i + 2]);
					r3 = Math.min(r3, s[i + 3]);
				}
				float r = max ? Math.max(Math.max(r0, r1), Math.max(r2, r3)) : Math.min(Math.min(r0, r1), Math.min(r2, r3));
				for (int i = quads; i < from + n; i++)
					r = max ? Math.max(r, s[i]) : Math.min(r, s[i]);
				((float[]) dst)[at] = r;
				return;
			}
			default: {
				final double[] s = (double[]) src;
				double r0 = s[from], r1 = r0, r2 = r0, r3 = r0;
				if (max) for (int i = from; i < quads; i += 4) {
					r0 = Math.max(r0, s[i]);
					r1 = Math.max(r1, s[i + 1]);
					r2 = Math.max(r2, s[i + 2]);
					r3 = Math.max(r3, s[i + 3]);
				}
				else for (int i = from; i < quads; i += 4) {
					r0 = Math.min(r0, s[i]);
					r1 = Math.min(r1, s[i + 1]);
					r2 = Math.min(r2, s[i + 2]);
					r3 = Math.min(r3, s[i + 3]);
				}
				double r = max ? Math.max(Math.max(r0, r1), Math.max(r2, r3)) : Math.min(Math.min(r0, r1), Math.min(r2, r3));
				for (int i = quads; i < from + n; i++)
					r = max ? Math.max(r, s[i]) : Math.min(r, s[i]);
				((double[]) dst)[at] = r;
			}
		}
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
