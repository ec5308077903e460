package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * An image as a flat array of doubles (X fastest) for the brute-force
 * oracles: positions and indices, clamped reads, and the conversion back to
 * an ImgLib2 image that stores values as the catalog says (integers rounded
 * half up and saturated, NaN as 0).
 */
final class FlatImage {

	final int[] dims;
	final double[] values;
	final PixelKind kind;

	FlatImage(final int[] dims, final double[] values, final PixelKind kind) {
		this.dims = dims;
		this.values = values;
		this.kind = kind;
	}

	static FlatImage of(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final int[] dims = new int[image.numDimensions()];
		for (int d = 0; d < dims.length; d++)
			dims[d] = (int) image.dimension(d);
		return new FlatImage(dims, TestImages.values(image), TestImages.kind(image));
	}

	/** A new image of these dimensions and kind, every value 0. */
	static FlatImage zeros(final int[] dims, final PixelKind kind) {
		int n = 1;
		for (final int d : dims)
			n *= d;
		return new FlatImage(dims.clone(), new double[n], kind);
	}

	int size() {
		return values.length;
	}

	int numDimensions() {
		return dims.length;
	}

	int[] position(final int index) {
		final int[] p = new int[dims.length];
		int rest = index;
		for (int d = 0; d < dims.length; d++) {
			p[d] = rest % dims[d];
			rest /= dims[d];
		}
		return p;
	}

	int index(final int[] p) {
		int index = 0;
		int stride = 1;
		for (int d = 0; d < dims.length; d++) {
			index += p[d] * stride;
			stride *= dims[d];
		}
		return index;
	}

	boolean inside(final int[] p) {
		for (int d = 0; d < dims.length; d++)
			if (p[d] < 0 || p[d] >= dims[d]) return false;
		return true;
	}

	/** The value at {@code p}, each coordinate clamped to the image (clamp to edge). */
	double clamped(final int[] p) {
		final int[] q = new int[dims.length];
		for (int d = 0; d < dims.length; d++)
			q[d] = Math.max(0, Math.min(dims[d] - 1, p[d]));
		return values[index(q)];
	}

	/** The value at {@code p}, 0 outside the image. */
	double zeroOutside(final int[] p) {
		return inside(p) ? values[index(p)] : 0;
	}

	/** As an ImgLib2 image of its kind, values stored as the catalog says. */
	<T extends RealType<T> & NativeType<T>> Img<T> toImg() {
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(toLong(dims));
		int i = 0;
		for (final T t : Views.flatIterable(img))
			t.setReal(store(values[i++], t));
		return img;
	}

	/** Integer kinds: NaN gives 0, otherwise rounded half up and saturated; float kinds keep the value. */
	static double store(final double v, final RealType<?> type) {
		if (!PixelKind.of(type).isInteger()) return v;
		if (Double.isNaN(v)) return 0;
		return Math.max(type.getMinValue(), Math.min(type.getMaxValue(), Math.floor(v + 0.5)));
	}

	static long[] toLong(final int[] dims) {
		final long[] l = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			l[d] = dims[d];
		return l;
	}
}
