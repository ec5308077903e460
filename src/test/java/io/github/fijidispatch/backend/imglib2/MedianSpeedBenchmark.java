package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.Random;

import io.github.fijidispatch.bench.BenchImages;
import io.github.fijidispatch.bench.BenchSize;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;

import ij.ImagePlus;
import ij.plugin.filter.RankFilters;
import ij.process.FloatProcessor;

import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.scijava.Context;

/**
 * {@code filter.median} on 2048² float32 (issue #14) against ImageJ 1's
 * {@code RankFilters.rank(MEDIAN)} at the same radius: uniform random values
 * and the bench's grey blobs as float, box and sphere, radius 1–5. Ours runs
 * through the public API on {@code imglib2}; the sorted-window sweep (the
 * float path before tiled ranks) is timed directly beside it. One warm-up
 * round, then {@code repeats} rounds interleaved; medians printed as a
 * markdown table. A main, not a test: it asserts nothing. Arguments:
 * {@code [repeats] [radius ...]}.
 */
public final class MedianSpeedBenchmark {

	private static final int SIDE = 2048;

	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		final int[] radii = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
			: new int[] { 1, 2, 3, 4, 5 };
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			System.out.println("| data | shape | r | ImageJ 1 ms | sorted window ms | ours ms | IJ1 / ours | IJ1 / sorted |");
			System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
			for (final String data : new String[] { "uniform", "blobs" }) {
				final FloatProcessor fp = data.equals("uniform") ? uniform() : blobs();
				for (final String shape : new String[] { "box", "sphere" })
					for (final int r : radii)
						row(dispatch, data, fp, shape, r, repeats);
			}
		}
		// NB: ImageJ's RankFilters leaves non-daemon worker threads behind
		System.exit(0);
	}

	private static void row(final DispatchService dispatch, final String data, final FloatProcessor fp, final String shape,
		final int r, final int repeats)
	{
		final ImagePlus imp = new ImagePlus(data, fp);
		final Img<?> img = ImagePlusImages.wrap(imp);
		final Neighbourhood nb = shape.equals("box") ? Neighbourhood.box(r, r) : Neighbourhood.sphere(r, r);
		final FloatVolume volume = FloatVolume.copyOf(floatImg(img));
		final Runnable ours = () -> dispatch.op("filter.median").input(img).set("radius", r).set("shape", shape).on(
			Imglib2Backend.ID).run();
		final Runnable sorted = () -> Imglib2Median.sweep(volume, nb, () -> new SortedWindow(nb.size()));
		final long[] o = new long[repeats];
		final long[] s = new long[repeats];
		final long[] p = new long[repeats];
		for (int i = -1; i < repeats; i++) {
			final long to = time(ours);
			final long ts = time(sorted);
			final FloatProcessor copy = (FloatProcessor) fp.duplicate();
			final long tp = time(() -> new RankFilters().rank(copy, r, RankFilters.MEDIAN));
			if (i < 0) continue;
			o[i] = to;
			s[i] = ts;
			p[i] = tp;
		}
		final double om = median(o) / 1e6;
		final double sm = median(s) / 1e6;
		final double pm = median(p) / 1e6;
		System.out.printf("| %s | %s | %d | %.0f | %.0f | %.0f | %.2f× | %.2f× |%n", data, shape, r, pm, sm, om, pm / om, pm /
			sm);
	}

	@SuppressWarnings("unchecked")
	private static Img<net.imglib2.type.numeric.real.FloatType> floatImg(final Img<?> img) {
		return (Img<net.imglib2.type.numeric.real.FloatType>) img;
	}

	private static FloatProcessor uniform() {
		final Random random = new Random(14);
		final float[] pixels = new float[SIDE * SIDE];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = random.nextFloat();
		return new FloatProcessor(SIDE, SIDE, pixels);
	}

	private static FloatProcessor blobs() {
		final Img<UnsignedByteType> grey = BenchImages.grey(new BenchSize(SIDE, SIDE));
		final float[] pixels = new float[SIDE * SIDE];
		final Cursor<UnsignedByteType> c = grey.cursor();
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = c.next().get();
		return new FloatProcessor(SIDE, SIDE, pixels);
	}

	private static long time(final Runnable work) {
		final long t0 = System.nanoTime();
		work.run();
		return System.nanoTime() - t0;
	}

	private static double median(final long[] values) {
		final long[] v = values.clone();
		Arrays.sort(v);
		return v[v.length / 2];
	}
}
