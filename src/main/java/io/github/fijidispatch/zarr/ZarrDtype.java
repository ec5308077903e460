package io.github.fijidispatch.zarr;

import java.nio.ByteOrder;
import java.nio.file.Path;

import io.github.fijidispatch.op.PixelKind;

/**
 * A Zarr v2 {@code dtype} the suite holds: the pixel kinds of {@link PixelKind}
 * ({@code u1 i1 u2 i2 u4 i4 f4 f8}) in either byte order. Everything else
 * (64-bit integers, booleans, complex numbers, strings, structured types) is
 * refused with the list of what is accepted. The suite writes little-endian.
 */
public final class ZarrDtype {

	/** What {@link #parse} accepts, for messages. */
	public static final String ACCEPTED = "|u1 |i1 <u2 <i2 <u4 <i4 <f4 <f8 (or the same with '>', big-endian)";

	private final PixelKind kind;
	private final ByteOrder order;

	private ZarrDtype(final PixelKind kind, final ByteOrder order) {
		this.kind = kind;
		this.order = order;
	}

	/** The little-endian dtype of a pixel kind. */
	public static ZarrDtype of(final PixelKind kind) {
		return new ZarrDtype(kind, ByteOrder.LITTLE_ENDIAN);
	}

	/**
	 * Parses a {@code .zarray} dtype string.
	 *
	 * @throws ZarrFormatException naming {@code file} for a dtype the suite does not hold
	 */
	public static ZarrDtype parse(final String dtype, final Path file) throws ZarrFormatException {
		if (dtype == null || dtype.length() < 3) throw unsupported(dtype, file);
		final ByteOrder order;
		switch (dtype.charAt(0)) {
			case '<': order = ByteOrder.LITTLE_ENDIAN; break;
			case '>': order = ByteOrder.BIG_ENDIAN; break;
			case '|': order = ByteOrder.LITTLE_ENDIAN; break;
			default: throw unsupported(dtype, file);
		}
		final PixelKind kind = kindOf(dtype.substring(1));
		if (kind == null) throw unsupported(dtype, file);
		if (dtype.charAt(0) == '|' && kind.bytesPerPixel() > 1) throw unsupported(dtype, file);
		return new ZarrDtype(kind, order);
	}

	private static PixelKind kindOf(final String code) {
		switch (code) {
			case "u1": return PixelKind.UINT8;
			case "i1": return PixelKind.INT8;
			case "u2": return PixelKind.UINT16;
			case "i2": return PixelKind.INT16;
			case "u4": return PixelKind.UINT32;
			case "i4": return PixelKind.INT32;
			case "f4": return PixelKind.FLOAT32;
			case "f8": return PixelKind.FLOAT64;
			default: return null;
		}
	}

	private static ZarrFormatException unsupported(final String dtype, final Path file) {
		return new ZarrFormatException(file, "unsupported dtype '" + dtype + "'; accepted: " + ACCEPTED);
	}

	public PixelKind kind() {
		return kind;
	}

	public ByteOrder order() {
		return order;
	}

	public int bytesPerPixel() {
		return kind.bytesPerPixel();
	}

	/** The dtype string as {@code .zarray} writes it. */
	public String code() {
		final String endian = bytesPerPixel() == 1 ? "|" : order == ByteOrder.BIG_ENDIAN ? ">" : "<";
		final String letter = kind.isInteger() ? (kind.id().startsWith("u") ? "u" : "i") : "f";
		return endian + letter + bytesPerPixel();
	}

	@Override
	public String toString() {
		return code() + " (" + kind.id() + ")";
	}
}
