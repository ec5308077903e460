package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.MeanOp;
import io.github.fijidispatch.op.filter.MedianOp;

import ij.plugin.filter.RankFilters;
import ij.process.ByteProcessor;

import net.imglib2.img.Img;

import org.scijava.Context;

/**
 * One timed run each of median and mean, radius 2, on a 2048×2048 uint8
 * image: the reference backend (box and sphere) and ImageJ 1's RankFilters
 * (its radius-2 disc). A main, not a test: it prints times and asserts
 * nothing. Run with the test classpath.
 */
public final class RankFilterTimingBenchmark {

	private RankFilterTimingBenchmark() {
		// NB: entry point only
	}

	public static void main(final String[] args) {
		final int size = 2048;
		final double[] values = FilterTestImages.randomValues(PixelKind.UINT8, 1, size * size);
		final Img<?> img = FilterTestImages.image(PixelKind.UINT8, values, size, size);
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			// NB: one small warm-up call per op so class loading is not timed
			final Img<?> small = FilterTestImages.image(PixelKind.UINT8, new double[64 * 64], 64, 64);
			for (final String op : new String[] { MedianOp.ID, MeanOp.ID })
				for (final String shape : new String[] { "box", "sphere" }) {
					dispatch.op(op).input(small).set("radius", 2).set("shape", shape).on(Imglib2Backend.ID).run();
					final long t0 = System.nanoTime();
					dispatch.op(op).input(img).set("radius", 2).set("shape", shape).on(Imglib2Backend.ID).run();
					System.out.printf("imglib2 %-13s radius 2 %-6s %6d ms%n", op, shape, (System.nanoTime() - t0) / 1000000);
				}
		}
		for (final int type : new int[] { RankFilters.MEDIAN, RankFilters.MEAN }) {
			final ByteProcessor bp = new ByteProcessor(size, size);
			for (int i = 0; i < values.length; i++)
				bp.set(i, (int) values[i]);
			new RankFilters().rank(new ByteProcessor(64, 64), 2, type);
			final long t0 = System.nanoTime();
			new RankFilters().rank(bp, 2, type);
			System.out.printf("ImageJ1 %-13s radius 2 disc   %6d ms%n", type == RankFilters.MEDIAN ? "median" : "mean",
				(System.nanoTime() - t0) / 1000000);
		}
		// NB: ImageJ's RankFilters leaves non-daemon worker threads behind
		System.exit(0);
	}
}
