package io.github.fijidispatch.conformance;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The seeded input images of the conformance kit: uniform random pixels,
 * random masks, tiled label images and the bundled sample {@code cell.png}.
 * The same seed always gives the same image.
 */
public final class ConformanceImages {

	/** The bundled sample image (CC0). */
	public static final String SAMPLE = "/io/github/fijidispatch/samples/cell.png";
	/** The sample is subsampled by this step per axis, to keep device runs short. */
	static final int SAMPLE_STEP = 14;

	private ConformanceImages() {
		// NB: static holder
	}

	/**
	 * Uniform random pixels: [0, 255] for uint8, [0, 4000] for uint16 and
	 * [-50, 150) for float kinds (negative values exercise rounding and clipping).
	 */
	public static <T extends RealType<T> & NativeType<T>> Img<T> random(final PixelKind kind, final long seed,
		final long... dims)
	{
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		final Random r = new Random(seed);
		for (final T t : img) {
			switch (kind) {
				case UINT8: t.setReal(r.nextInt(256)); break;
				case UINT16: t.setReal(r.nextInt(4001)); break;
				default: t.setReal(r.nextFloat() * 200 - 50);
			}
		}
		return img;
	}

	/** A random mask: 0 or 255 with the given foreground fraction. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> mask(final PixelKind kind, final long seed,
		final double fraction, final long... dims)
	{
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(dims);
		final Random r = new Random(seed);
		for (final T t : img)
			t.setReal(r.nextDouble() < fraction ? 255 : 0);
		return img;
	}

	/**
	 * A float32 label image: boxes of 6 pixels per axis, each labelled 1..N
	 * in order or left as background at random, separated by one background
	 * pixel — labels consecutive as the catalog requires.
	 */
	public static Img<FloatType> labels(final long seed, final long... dims) {
		final Img<FloatType> img = ArrayImgs.floats(dims);
		final Random r = new Random(seed);
		final java.util.Map<Long, Float> tileLabels = new java.util.HashMap<>();
		final Cursor<FloatType> c = img.localizingCursor();
		int next = 1;
		while (c.hasNext()) {
			c.fwd();
			long tile = 0;
			boolean gap = false;
			for (int d = dims.length - 1; d >= 0; d--) {
				final long p = c.getLongPosition(d);
				gap |= p % 6 == 5;
				tile = tile * 1000 + p / 6;
			}
			if (gap) continue;
			Float label = tileLabels.get(tile);
			if (label == null) {
				label = r.nextDouble() < 0.75 ? (float) next++ : 0f;
				tileLabels.put(tile, label);
			}
			c.get().set(label);
		}
		return img;
	}

	/** The bundled {@code cell.png}, subsampled to about 40x48 pixels, as an image of the given kind. */
	public static <T extends RealType<T> & NativeType<T>> Img<T> sample(final PixelKind kind) {
		final Raster raster = readSample().getRaster();
		final long w = (raster.getWidth() + SAMPLE_STEP - 1) / SAMPLE_STEP;
		final long h = (raster.getHeight() + SAMPLE_STEP - 1) / SAMPLE_STEP;
		final Img<T> img = new ArrayImgFactory<>(kind.<T> createType()).create(w, h);
		final Cursor<T> c = img.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			final int x = c.getIntPosition(0) * SAMPLE_STEP;
			final int y = c.getIntPosition(1) * SAMPLE_STEP;
			c.get().setReal(raster.getSample(x, y, 0));
		}
		return img;
	}

	private static BufferedImage readSample() {
		try (InputStream in = ConformanceImages.class.getResourceAsStream(SAMPLE)) {
			if (in == null) throw new IllegalStateException("the sample image " + SAMPLE + " is missing from the class path");
			final BufferedImage image = ImageIO.read(in);
			if (image == null) throw new IllegalStateException("the sample image " + SAMPLE + " cannot be decoded");
			return image;
		}
		catch (final IOException e) {
			throw new IllegalStateException("cannot read the sample image " + SAMPLE + ": " + e.getMessage(), e);
		}
	}

	/** A new array image with the same size, pixel kind and values (the kind must be one the suite names). */
	public static <T extends RealType<T> & NativeType<T>> Img<T> copy(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final PixelKind kind = PixelKind.of(net.imglib2.util.Util.getTypeFromInterval(image));
		final Img<T> out = new ArrayImgFactory<>(kind.<T> createType()).create(image);
		final Cursor<? extends RealType<?>> from = Views.flatIterable(image).cursor();
		final Cursor<T> to = Views.flatIterable(out).cursor();
		while (from.hasNext())
			to.next().setReal(from.next().getRealDouble());
		return out;
	}

	/** The largest |finite pixel| of an image (0 when it has none). */
	public static double magnitude(final RandomAccessibleInterval<? extends RealType<?>> img) {
		double max = 0;
		for (final RealType<?> t : Views.iterable(img)) {
			final double v = Math.abs(t.getRealDouble());
			if (!Double.isNaN(v) && !Double.isInfinite(v)) max = Math.max(max, v);
		}
		return max;
	}

	/** max − min of an image's finite pixels (0 when it has none). */
	public static double range(final RandomAccessibleInterval<? extends RealType<?>> img) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final RealType<?> t : Views.iterable(img)) {
			final double v = t.getRealDouble();
			if (Double.isNaN(v) || Double.isInfinite(v)) continue;
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return max >= min ? max - min : 0;
	}

	/**
	 * The scale numeric tolerances are relative to for a call on these inputs:
	 * per input its {@link #range} and {@link #magnitude}.
	 *
	 * @param names the op's input names, in call order
	 */
	public static InputScale scale(final List<String> names, final List<?> inputs) {
		final double[] ranges = new double[inputs.size()];
		final double[] magnitudes = new double[inputs.size()];
		for (int i = 0; i < ranges.length; i++) {
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<? extends RealType<?>> in = (RandomAccessibleInterval<? extends RealType<?>>) inputs.get(i);
			ranges[i] = range(in);
			magnitudes[i] = magnitude(in);
		}
		return new InputScale(names, ranges, magnitudes);
	}
}
