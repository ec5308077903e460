package io.github.fijidispatch.bench;

import java.util.Arrays;

/**
 * One image size of the benchmark matrix: {@code 512} (a 512×512 2D image)
 * or {@code 128x128x128} (2D or 3D, each side ≥ 1).
 */
public final class BenchSize {

	private final long[] dims;

	public BenchSize(final long... dims) {
		if (dims.length < 2 || dims.length > 3) throw new IllegalArgumentException("bench: a size needs 2 or 3 dimensions, not " +
			Arrays.toString(dims));
		for (final long d : dims)
			if (d < 1 || d > 1 << 20) throw new IllegalArgumentException("bench: size " + Arrays.toString(dims) +
				" has a side outside [1, 1048576]");
		this.dims = dims.clone();
	}

	/**
	 * Parses {@code N} (N×N), {@code WxH} or {@code WxHxD}.
	 *
	 * @throws IllegalArgumentException naming the text and what is allowed
	 */
	public static BenchSize parse(final String text) {
		// NB: -1 keeps empty parts: "512x" is refused, not read as 512
		final String[] parts = text.trim().toLowerCase().split("x", -1);
		try {
			if (parts.length == 1) {
				final long n = Long.parseLong(parts[0].trim());
				return new BenchSize(n, n);
			}
			final long[] d = new long[parts.length];
			for (int i = 0; i < parts.length; i++)
				d[i] = Long.parseLong(parts[i].trim());
			return new BenchSize(d);
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("bench: --sizes entry '" + text + "' is not N, WxH or WxHxD (e.g. 512, 2048x1024, 128x128x128)");
		}
	}

	public long[] dims() {
		return dims.clone();
	}

	public int numDimensions() {
		return dims.length;
	}

	public long pixelCount() {
		long n = 1;
		for (final long d : dims)
			n *= d;
		return n;
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof BenchSize && Arrays.equals(dims, ((BenchSize) o).dims);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(dims);
	}

	/** {@code 512x512} or {@code 128x128x128}. */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		for (final long d : dims)
			sb.append(sb.length() == 0 ? "" : "x").append(d);
		return sb.toString();
	}
}
