package io.github.fijidispatch.op;

import java.util.Arrays;

/**
 * What dispatch and the backends know of an image without touching its
 * pixels: its size per axis and its pixel kind. Backends describe their own
 * native images (e.g. device buffers) with it, so that validation, capability
 * checks and cost estimates work the same for every kind of image.
 */
public final class ImageInfo {

	private final long[] dims;
	private final PixelKind kind;
	private final long pixels;

	public ImageInfo(final long[] dims, final PixelKind kind) {
		this(kind, dims.clone());
	}

	/**
	 * An info that takes over {@code dims}, a fresh array nobody else holds or
	 * changes (e.g. {@code Intervals.dimensionsAsLongArray}): one copy less on
	 * every call that describes its inputs.
	 */
	public static ImageInfo adopting(final long[] dims, final PixelKind kind) {
		return new ImageInfo(kind, dims);
	}

	/** @throws IllegalArgumentException for a size whose pixel count does not fit in a {@code long} */
	private ImageInfo(final PixelKind kind, final long[] dims) {
		this.dims = dims;
		this.kind = kind;
		long n = 1;
		try {
			for (final long d : dims)
				n = Math.multiplyExact(n, d);
		}
		catch (final ArithmeticException e) {
			// NB: a product past 2^63 would wrap and count a huge image as small (a Zarr header may declare one)
			throw new IllegalArgumentException("an image of " + sizeString() +
				" pixels has more pixels than can be counted (2^63 − 1)");
		}
		this.pixels = n;
	}

	public int numDimensions() {
		return dims.length;
	}

	public long dimension(final int d) {
		return dims[d];
	}

	public long[] dimensions() {
		return dims.clone();
	}

	/** The pixel kind, or {@code null} for a type the suite cannot process. */
	public PixelKind kind() {
		return kind;
	}

	public long pixelCount() {
		return pixels;
	}

	public long bytes() {
		return kind == null ? 0 : pixelCount() * kind.bytesPerPixel();
	}

	public boolean sameSize(final ImageInfo other) {
		return Arrays.equals(dims, other.dims);
	}

	public ImageInfo withKind(final PixelKind newKind) {
		return new ImageInfo(newKind, dims);
	}

	/** Size as {@code 660x550}. */
	public String sizeString() {
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < dims.length; d++) {
			if (d > 0) sb.append('x');
			sb.append(dims[d]);
		}
		return sb.toString();
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof ImageInfo && Arrays.equals(dims, ((ImageInfo) o).dims) && kind == ((ImageInfo) o).kind;
	}

	@Override
	public int hashCode() {
		// NB: the kind's ordinal, not its identity hash: the same on every run, and cheaper (hashed on every call)
		return Arrays.hashCode(dims) * 31 + (kind == null ? 0 : 1 + kind.ordinal());
	}

	@Override
	public String toString() {
		return sizeString() + " " + (kind == null ? "unsupported type" : kind.id());
	}
}
