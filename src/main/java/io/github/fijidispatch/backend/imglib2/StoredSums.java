package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;

/**
 * Exact sums of the stored values of the 8- and 16-bit integer kinds, added
 * as they are stored ({@link PixelArrays}: signed kinds as stored, unsigned
 * ones masked to the storage width) into {@code int} lanes, with no
 * conversion to double: the loops of the summing projections. An
 * element-wise sum adds four runs at a time into one run of lanes, so that
 * the lanes are loaded and stored once per four values. Callers check
 * {@link #fits} first: the sums must stay within {@code int}.
 */
final class StoredSums {

	private final PixelKind kind;

	private StoredSums(final PixelKind kind) {
		this.kind = kind;
	}

	/**
	 * The sums of {@code kind}, or {@code null} when its values are not 8- or
	 * 16-bit integers.
	 */
	static StoredSums of(final PixelKind kind) {
		switch (kind) {
			case UINT8: case INT8: case UINT16: case INT16: return new StoredSums(kind);
			default: return null;
		}
	}

	/**
	 * Whether sums of up to {@code count} values of {@code kind} (an 8- or
	 * 16-bit integer kind) stay within {@code int}.
	 */
	static boolean fits(final PixelKind kind, final long count) {
		final long largest = 1L << (8 * kind.bytesPerPixel());
		return count * largest <= Integer.MAX_VALUE;
	}

	/** {@code lanes[i] += src[from + i]} for {@code i < n}. */
	void add(final Object src, final int from, final int[] lanes, final int n) {
		switch (kind) {
			case UINT8: {
				final byte[] s = (byte[]) src;
				for (int i = 0; i < n; i++)
					lanes[i] += s[from + i] & 0xff;
				return;
			}
			case INT8: {
				final byte[] s = (byte[]) src;
				for (int i = 0; i < n; i++)
					lanes[i] += s[from + i];
				return;
			}
			case UINT16: {
				final short[] s = (short[]) src;
				for (int i = 0; i < n; i++)
					lanes[i] += s[from + i] & 0xffff;
				return;
			}
			default: {
				final short[] s = (short[]) src;
				for (int i = 0; i < n; i++)
					lanes[i] += s[from + i];
			}
		}
	}

	/**
	 * {@code lanes[i] += a[fa + i] + b[fb + i] + c[fc + i] + d[fd + i]} for
	 * {@code i < n}: four runs (in one array or several) in one pass over the
	 * lanes.
	 */
	void add4(final Object a, final int fa, final Object b, final int fb, final Object c, final int fc, final Object d,
		final int fd, final int[] lanes, final int n)
	{
		switch (kind) {
			case UINT8: {
				final byte[] s0 = (byte[]) a, s1 = (byte[]) b, s2 = (byte[]) c, s3 = (byte[]) d;
				for (int i = 0; i < n; i++)
					lanes[i] += (s0[fa + i] & 0xff) + (s1[fb + i] & 0xff) + (s2[fc + i] & 0xff) + (s3[fd + i] & 0xff);
				return;
			}
			case INT8: {
				final byte[] s0 = (byte[]) a, s1 = (byte[]) b, s2 = (byte[]) c, s3 = (byte[]) d;
				for (int i = 0; i < n; i++)
					lanes[i] += s0[fa + i] + s1[fb + i] + s2[fc + i] + s3[fd + i];
				return;
			}
			case UINT16: {
				final short[] s0 = (short[]) a, s1 = (short[]) b, s2 = (short[]) c, s3 = (short[]) d;
				for (int i = 0; i < n; i++)
					lanes[i] += (s0[fa + i] & 0xffff) + (s1[fb + i] & 0xffff) + (s2[fc + i] & 0xffff) + (s3[fd + i] & 0xffff);
				return;
			}
			default: {
				final short[] s0 = (short[]) a, s1 = (short[]) b, s2 = (short[]) c, s3 = (short[]) d;
				for (int i = 0; i < n; i++)
					lanes[i] += s0[fa + i] + s1[fb + i] + s2[fc + i] + s3[fd + i];
			}
		}
	}

	/** The sum of {@code src[from..from + n)}, exact. */
	long sum(final Object src, final int from, final int n) {
		long sum = 0;
		switch (kind) {
			case UINT8: {
				final byte[] s = (byte[]) src;
				for (int i = 0; i < n; i++)
					sum += s[from + i] & 0xff;
				return sum;
			}
			case INT8: {
				final byte[] s = (byte[]) src;
				for (int i = 0; i < n; i++)
					sum += s[from + i];
				return sum;
			}
			case UINT16: {
				final short[] s = (short[]) src;
				for (int i = 0; i < n; i++)
					sum += s[from + i] & 0xffff;
				return sum;
			}
			default: {
				final short[] s = (short[]) src;
				for (int i = 0; i < n; i++)
					sum += s[from + i];
				return sum;
			}
		}
	}
}
