package io.github.fijidispatch.backend.clij2;

import java.util.HashMap;
import java.util.Map;

import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij2.CLIJ2;

/**
 * The backend's own OpenCL kernels (one {@code <kernel>.cl} per kernel next
 * to this class: CLIJ2 compiles a program with image macros defined for the
 * call's images, so a program holds only kernels with those image names;
 * helpers shared by several kernels are pasted in by
 * {@link Clij2KernelSources}), run through CLIJ2's custom-kernel execution. They address images as
 * flat buffers (X fastest), so one kernel serves 2D and 3D: the global size is
 * always {@code width × height × depth} with depth 1 in 2D.
 */
final class Clij2Kernels {

	private Clij2Kernels() {
		// NB: static holder
	}

	/** What {@code neighbourhood} computes per pixel. */
	enum Reduction {
		MEAN, MIN, MAX, VARIANCE, ERODE, DILATE
	}

	/**
	 * Runs the {@code neighbourhood} kernel: each pixel of {@code dst} becomes
	 * the reduction of {@code src} over the box or ellipsoid of radii
	 * {@code r} (clamp to edge); integer outputs rounded half up and saturated.
	 * Mean and variance are IEEE arithmetic; min and max skip NaN (a window of
	 * NaN only gives NaN); the binary modes count NaN as foreground (non-zero).
	 */
	static void neighbourhood(final CLIJ2 clij2, final ClearCLBuffer src, final ClearCLBuffer dst, final int[] r,
		final boolean sphere, final Reduction reduction)
	{
		final Map<String, Object> p = sizeParameters(src);
		p.put("src", src);
		p.put("dst", dst);
		p.put("rx", r[0]);
		p.put("ry", r[1]);
		p.put("rz", r.length > 2 ? r[2] : 0);
		p.put("sphere", sphere ? 1 : 0);
		p.put("mode", reduction.ordinal());
		p.put("rounding", Clij2PixelKinds.kindOf(dst.getNativeType()).isInteger() ? 1 : 0);
		run(clij2, "neighbourhood", src, p);
	}

	/**
	 * Runs the {@code median} kernel: each pixel of {@code dst} becomes element
	 * {@code n/2} (0-based) of the sorted values of {@code src} that are not
	 * NaN, {@code n} of them, over the box or ellipsoid of radii {@code r}
	 * (clamp to edge); NaN when {@code n = 0}. The kernel holds no copy of the neighbourhood, so its
	 * private memory does not grow with the window.
	 */
	static void median(final CLIJ2 clij2, final ClearCLBuffer src, final ClearCLBuffer dst, final int[] r,
		final boolean sphere)
	{
		final Map<String, Object> p = sizeParameters(src);
		p.put("src", src);
		p.put("dst", dst);
		p.put("rx", r[0]);
		p.put("ry", r[1]);
		p.put("rz", r.length > 2 ? r[2] : 0);
		p.put("sphere", sphere ? 1 : 0);
		p.put("integer", Clij2PixelKinds.kindOf(src.getNativeType()).isInteger() ? 1 : 0);
		run(clij2, "median", src, p);
	}

	/** Runs {@code kernel} of the program over every pixel of {@code shape}. */
	static void run(final CLIJ2 clij2, final String kernel, final ClearCLBuffer shape, final Map<String, Object> params) {
		run(clij2, kernel, globalSize(shape), params);
	}

	/** Runs {@code kernel} of the program over an explicit 3D global size. */
	static void run(final CLIJ2 clij2, final String kernel, final long[] global, final Map<String, Object> params) {
		clij2.executeCode(Clij2KernelSources.of(kernel), kernel, global, global, params);
	}

	/** Runs {@code kernel} of the program with an explicit 1D global size. */
	static void run(final CLIJ2 clij2, final String kernel, final long globalSize, final Map<String, Object> params) {
		run(clij2, kernel, new long[] { globalSize }, params);
	}

	/** {@code width}, {@code height}, {@code depth} (1 in 2D) of an image, as kernel parameters. */
	static Map<String, Object> sizeParameters(final ClearCLBuffer image) {
		final long[] g = globalSize(image);
		final Map<String, Object> p = new HashMap<>();
		p.put("width", (int) g[0]);
		p.put("height", (int) g[1]);
		p.put("depth", (int) g[2]);
		return p;
	}

	static long[] globalSize(final ClearCLBuffer image) {
		final long[] d = image.getDimensions();
		return new long[] { d[0], d[1], d.length > 2 ? d[2] : 1 };
	}
}
