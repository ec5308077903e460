package io.github.fijidispatch.zarr;

import java.nio.ByteBuffer;
import java.util.Arrays;

import io.github.fijidispatch.op.PixelKind;

/**
 * A chunk's elements as the primitive array ImgLib2 stores them
 * ({@code byte[]} for 8-bit, {@code short[]} for 16-bit, {@code int[]} for
 * 32-bit integers, {@code float[]}, {@code double[]}), to and from the bytes
 * of a chunk file in the dtype's byte order.
 */
final class ChunkElements {

	private ChunkElements() {
		// NB: static holder
	}

	/** A new array of {@code n} elements, all {@code fill} (converted as the kind stores it). */
	static Object filled(final PixelKind kind, final int n, final double fill) {
		switch (kind) {
			case UINT8: case INT8: { final byte[] a = new byte[n]; if (fill != 0) Arrays.fill(a, (byte) (long) fill); return a; }
			case UINT16: case INT16: { final short[] a = new short[n]; if (fill != 0) Arrays.fill(a, (short) (long) fill); return a; }
			case UINT32: case INT32: { final int[] a = new int[n]; if (fill != 0) Arrays.fill(a, (int) (long) fill); return a; }
			case FLOAT32: { final float[] a = new float[n]; if (fill != 0) Arrays.fill(a, (float) fill); return a; }
			case FLOAT64: { final double[] a = new double[n]; if (fill != 0) Arrays.fill(a, fill); return a; }
			default: throw new IllegalArgumentException(kind.id());
		}
	}

	/** The elements of a chunk file's raw bytes. */
	static Object fromBytes(final byte[] bytes, final ZarrDtype dtype) {
		final ByteBuffer b = ByteBuffer.wrap(bytes).order(dtype.order());
		final int n = bytes.length / dtype.bytesPerPixel();
		switch (dtype.kind()) {
			case UINT8: case INT8: return bytes;
			case UINT16: case INT16: { final short[] a = new short[n]; b.asShortBuffer().get(a); return a; }
			case UINT32: case INT32: { final int[] a = new int[n]; b.asIntBuffer().get(a); return a; }
			case FLOAT32: { final float[] a = new float[n]; b.asFloatBuffer().get(a); return a; }
			case FLOAT64: { final double[] a = new double[n]; b.asDoubleBuffer().get(a); return a; }
			default: throw new IllegalArgumentException(dtype.toString());
		}
	}

	/** A chunk's elements as the raw bytes of its file. */
	static byte[] toBytes(final Object elements, final ZarrDtype dtype) {
		if (elements instanceof byte[]) return (byte[]) elements;
		final int n = java.lang.reflect.Array.getLength(elements);
		final ByteBuffer b = ByteBuffer.allocate(n * dtype.bytesPerPixel()).order(dtype.order());
		if (elements instanceof short[]) b.asShortBuffer().put((short[]) elements);
		else if (elements instanceof int[]) b.asIntBuffer().put((int[]) elements);
		else if (elements instanceof float[]) b.asFloatBuffer().put((float[]) elements);
		else if (elements instanceof double[]) b.asDoubleBuffer().put((double[]) elements);
		else throw new IllegalArgumentException("not a primitive pixel array: " + elements.getClass().getName());
		return b.array();
	}

	/** Whether {@code elements} is the primitive array type that holds {@code kind}. */
	static boolean holds(final Object elements, final PixelKind kind) {
		return filled(kind, 0, 0).getClass() == elements.getClass();
	}
}
