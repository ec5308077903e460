package io.github.fijidispatch.op;

import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The pixel types the suite names. The first three are the ImageJ types that
 * every backend must handle; the others are welcome in the reference backend
 * and declined with a reason by a backend that cannot hold them.
 */
public enum PixelKind {

	UINT8("uint8", 8, true), UINT16("uint16", 16, true), FLOAT32("float32", 32, true),
	INT8("int8", 8, false), INT16("int16", 16, false), INT32("int32", 32, false),
	UINT32("uint32", 32, false), FLOAT64("float64", 64, false);

	private final String id;
	private final int bits;
	private final boolean required;

	PixelKind(final String id, final int bits, final boolean required) {
		this.id = id;
		this.bits = bits;
		this.required = required;
	}

	/** The lowercase name used on the command line and in messages. */
	public String id() {
		return id;
	}

	public int bytesPerPixel() {
		return bits / 8;
	}

	/** Whether every backend must support this kind (the ImageJ types). */
	public boolean isRequired() {
		return required;
	}

	public boolean isInteger() {
		return this != FLOAT32 && this != FLOAT64;
	}

	/** The pixel kind of an ImgLib2 type, or {@code null} if the suite does not name it. */
	public static PixelKind of(final Object type) {
		if (type instanceof UnsignedByteType) return UINT8;
		if (type instanceof UnsignedShortType) return UINT16;
		if (type instanceof FloatType) return FLOAT32;
		if (type instanceof ByteType) return INT8;
		if (type instanceof ShortType) return INT16;
		if (type instanceof IntType) return INT32;
		if (type instanceof UnsignedIntType) return UINT32;
		if (type instanceof DoubleType) return FLOAT64;
		return null;
	}

	/** A new ImgLib2 variable of this kind. */
	@SuppressWarnings("unchecked")
	public <T extends RealType<T> & NativeType<T>> T createType() {
		switch (this) {
			case UINT8: return (T) new UnsignedByteType();
			case UINT16: return (T) new UnsignedShortType();
			case FLOAT32: return (T) new FloatType();
			case INT8: return (T) new ByteType();
			case INT16: return (T) new ShortType();
			case INT32: return (T) new IntType();
			case UINT32: return (T) new UnsignedIntType();
			default: return (T) new DoubleType();
		}
	}

	/** Parses a kind by its {@link #id()}; {@code null} when unknown. */
	public static PixelKind byId(final String id) {
		for (final PixelKind k : values())
			if (k.id.equalsIgnoreCase(id)) return k;
		return null;
	}

	@Override
	public String toString() {
		return id;
	}
}
