package io.github.fijidispatch.conformance;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * An image as plain doubles in flat order (X fastest), for the brute-force
 * oracles of the tests: positions, clamped reads, and the contract's way of
 * storing a value into a pixel kind.
 */
public final class Grid {

	final long[] dims;

	/** The pixel values, X fastest. */
	public final double[] values;

	Grid(final long[] dims) {
		this.dims = dims.clone();
		long n = 1;
		for (final long d : dims)
			n *= d;
		values = new double[Math.toIntExact(n)];
	}

	/** The values of {@code image}, whose pixels are {@link RealType}s, read as doubles. */
	public static Grid of(final RandomAccessibleInterval<?> image) {
		final Grid g = new Grid(image.dimensionsAsLongArray());
		int i = 0;
		for (final Object t : Views.flatIterable(image))
			g.values[i++] = ((RealType<?>) t).getRealDouble();
		return g;
	}

	int size() {
		return values.length;
	}

	int numDimensions() {
		return dims.length;
	}

	/** The position of flat index {@code i}. */
	long[] position(final int i) {
		final long[] p = new long[dims.length];
		long rest = i;
		for (int d = 0; d < dims.length; d++) {
			p[d] = rest % dims[d];
			rest /= dims[d];
		}
		return p;
	}

	int index(final long[] p) {
		long index = 0;
		long stride = 1;
		for (int d = 0; d < dims.length; d++) {
			index += p[d] * stride;
			stride *= dims[d];
		}
		return (int) index;
	}

	/** The value at {@code p + offset}, clamped to the edge. */
	double clamped(final long[] p, final int[] offset) {
		long index = 0;
		long stride = 1;
		for (int d = 0; d < dims.length; d++) {
			index += Math.max(0, Math.min(dims[d] - 1, p[d] + offset[d])) * stride;
			stride *= dims[d];
		}
		return values[(int) index];
	}

	/** Whether {@code p} lies in the image. */
	boolean inside(final long[] p) {
		for (int d = 0; d < dims.length; d++)
			if (p[d] < 0 || p[d] >= dims[d]) return false;
		return true;
	}

	/** Whether {@code p} lies on the border of the image. */
	boolean onBorder(final long[] p) {
		for (int d = 0; d < dims.length; d++)
			if (p[d] == 0 || p[d] == dims[d] - 1) return true;
		return false;
	}

	/**
	 * A new image of {@code kind} holding these values as the contract stores
	 * them: float32 as the nearest float, integer kinds rounded half up and
	 * saturated, NaN as 0.
	 */
	<T extends RealType<T> & NativeType<T>> Img<T> toImage(final PixelKind kind) {
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		final Cursor<T> c = Views.flatIterable(img).cursor();
		for (final double v : values) {
			final T t = c.next();
			if (!kind.isInteger()) t.setReal(v);
			else if (v != v) t.setReal(0);
			else t.setReal(Math.max(t.getMinValue(), Math.min(t.getMaxValue(), Math.floor(v + 0.5))));
		}
		return img;
	}
}
