package io.github.fijidispatch.backend.clij2;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;

import io.github.fijidispatch.op.PixelKind;
import net.haesleinhuepf.clij.coremem.enums.NativeTypeEnum;

/**
 * The pixel kinds the CLIJ2 backend holds on the device — the three ImageJ
 * types — and their CLIJ buffer types. Other kinds (signed, 32-bit integer,
 * double) are declined: CLIJ2's kernels are written for these three.
 */
final class Clij2PixelKinds {

	private Clij2PixelKinds() {
		// NB: static holder
	}

	/** The CLIJ buffer type of a pixel kind, or {@code null} when the backend cannot hold it. */
	static NativeTypeEnum nativeType(final PixelKind kind) {
		if (kind == null) return null;
		switch (kind) {
			case UINT8: return NativeTypeEnum.UnsignedByte;
			case UINT16: return NativeTypeEnum.UnsignedShort;
			case FLOAT32: return NativeTypeEnum.Float;
			default: return null;
		}
	}

	/** The pixel kind of a CLIJ buffer type, or {@code null} for types the backend does not use. */
	static PixelKind kindOf(final NativeTypeEnum type) {
		if (type == NativeTypeEnum.UnsignedByte) return PixelKind.UINT8;
		if (type == NativeTypeEnum.UnsignedShort) return PixelKind.UINT16;
		if (type == NativeTypeEnum.Float) return PixelKind.FLOAT32;
		return null;
	}

	static boolean isSupported(final PixelKind kind) {
		return nativeType(kind) != null;
	}

	/** The supported kinds, for messages. */
	static String supportedList() {
		return PixelKind.UINT8 + ", " + PixelKind.UINT16 + ", " + PixelKind.FLOAT32;
	}

	/** A NIO view of a primitive pixel array (byte[], short[] or float[]), shared, not copied. */
	static Buffer wrap(final Object array) {
		if (array instanceof byte[]) return ByteBuffer.wrap((byte[]) array);
		if (array instanceof short[]) return ShortBuffer.wrap((short[]) array);
		if (array instanceof float[]) return FloatBuffer.wrap((float[]) array);
		throw new IllegalArgumentException("clij2: no device transfer for pixel arrays of " +
			(array == null ? "null" : array.getClass().getSimpleName()) + "; supported: byte[], short[], float[]");
	}
}
