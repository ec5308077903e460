package io.github.fijidispatch.backend.clij2;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

/**
 * The device buffers one call allocates. Every buffer made here is closed by
 * {@link #close()} except the one passed to {@link #keep} — so a failure
 * anywhere in a computation frees all of them, including a half-written
 * result. Used while the session lock is held; not thread-safe.
 */
final class Clij2Workspace implements AutoCloseable {

	private final CLIJ2 clij2;
	private final List<ClearCLBuffer> buffers = new ArrayList<>();
	private ClearCLBuffer kept;

	Clij2Workspace(final CLIJ2 clij2) {
		this.clij2 = clij2;
	}

	CLIJ2 clij2() {
		return clij2;
	}

	/** A new buffer of this size and kind, freed at the end unless kept. */
	ClearCLBuffer create(final long[] dims, final PixelKind kind) {
		final ClearCLBuffer b = clij2.create(dims, Clij2PixelKinds.nativeType(kind));
		buffers.add(b);
		return b;
	}

	/** A new float buffer of this size. */
	ClearCLBuffer floats(final long[] dims) {
		return create(dims, PixelKind.FLOAT32);
	}

	/** A float copy of {@code image} (or {@code image} itself when it already is float and {@code mayShare}). */
	ClearCLBuffer asFloats(final ClearCLBuffer image, final boolean mayShare) {
		if (mayShare && Clij2PixelKinds.kindOf(image.getNativeType()) == PixelKind.FLOAT32) return image;
		final ClearCLBuffer f = floats(image.getDimensions());
		check(clij2.copy(image, f), "copy to float");
		return f;
	}

	/**
	 * Float values as an image of {@code kind}: float kinds as they are,
	 * integer kinds rounded half up and saturated, as the op contracts say
	 * (CLIJ2 alone would truncate). For integer kinds this takes one more
	 * float temporary.
	 */
	ClearCLBuffer toKind(final ClearCLBuffer floats, final PixelKind kind) {
		if (kind == PixelKind.FLOAT32) return floats;
		// NB: x + 0.5 converted with saturation (rounding toward zero) is floor(x + 0.5) for x ≥ -0.5, and 0 below.
		final ClearCLBuffer shifted = floats(floats.getDimensions());
		check(clij2.addImageAndScalar(floats, shifted, 0.5), "round half up");
		final ClearCLBuffer out = create(floats.getDimensions(), kind);
		check(clij2.copy(shifted, out), "convert to " + kind);
		return out;
	}

	/**
	 * The box {@code [origin, origin + size)} of {@code image} (a buffer of this workspace, freed here: the box
	 * replaces it), in its kind, with CLIJ2's {@code crop2D/3D}; exact.
	 */
	ClearCLBuffer cropReplacing(final ClearCLBuffer image, final long[] origin, final long[] size) {
		final ClearCLBuffer out = create(size, Clij2PixelKinds.kindOf(image.getNativeType()));
		if (size.length == 2) check(clij2.crop2D(image, out, origin[0], origin[1]), "crop2D");
		else check(clij2.crop3D(image, out, origin[0], origin[1], origin[2]), "crop3D");
		free(image);
		return out;
	}

	/** Frees a buffer of this workspace now rather than at {@link #close()}. */
	void free(final ClearCLBuffer buffer) {
		if (!buffers.remove(buffer)) throw new IllegalStateException("clij2: the buffer to free is not one of this call");
		buffer.close();
	}

	/** A copy of {@code image} with other dimensions of the same pixel count (memory layout unchanged). */
	ClearCLBuffer reinterpret(final ClearCLBuffer image, final long[] dims) {
		final ClearCLBuffer out = create(dims, Clij2PixelKinds.kindOf(image.getNativeType()));
		image.copyTo(out, true);
		return out;
	}

	/** A 0/255 uint8 mask from a 0/1 uint8 mask (CLIJ2's binary convention → ImageJ's). */
	ClearCLBuffer mask255(final ClearCLBuffer zeroOne) {
		final ClearCLBuffer out = create(zeroOne.getDimensions(), PixelKind.UINT8);
		check(clij2.multiplyImageAndScalar(zeroOne, out, 255), "mask to 0/255");
		return out;
	}

	/** Marks the result: it survives {@link #close()}. */
	ClearCLBuffer keep(final ClearCLBuffer result) {
		if (!buffers.contains(result)) throw new IllegalStateException("clij2: the result is not a buffer of this call");
		kept = result;
		return result;
	}

	/** Frees every buffer but the kept one; the first failure is rethrown after trying all. */
	@Override
	public void close() {
		RuntimeException failure = null;
		for (final ClearCLBuffer b : buffers) {
			if (b == kept) continue;
			try {
				b.close();
			}
			catch (final RuntimeException e) {
				if (failure == null) failure = e;
				else failure.addSuppressed(e);
			}
		}
		buffers.clear();
		if (failure != null) throw failure;
	}

	/** CLIJ2 reports some failures by returning false: make them exceptions. */
	static void check(final boolean ok, final String what) {
		if (!ok) throw new IllegalStateException("clij2: " + what + " failed on the device");
	}
}
