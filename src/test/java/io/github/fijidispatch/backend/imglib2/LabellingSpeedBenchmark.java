package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;
import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.label.ComponentsOp;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.scijava.Context;

/**
 * {@code label.components} on the reference backend through the public API
 * ({@code .on("imglib2")}), on the cells of issue #14: masks of uniform random
 * data thresholded so that a fraction {@code density} is foreground (0.5 is
 * "pixel ≥ mean"), 2048² uint8 and float32, 256×256×64 uint16, both
 * connectivities. {@value #WARM_UPS} warm-up runs per cell, then the median of
 * {@code repeats}, printed as a markdown table; {@code scripts/skimage-labelling.py}
 * times scikit-image on the same cells. A main, not a test: it asserts
 * nothing. Arguments: {@code [repeats]}.
 */
public final class LabellingSpeedBenchmark {

	/** Untimed runs per cell before the timed ones (the JIT compiles the labeller during the first). */
	static final int WARM_UPS = 3;

	private LabellingSpeedBenchmark() {
		// NB: a main
	}

	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 9;
		final Object[][] cells = { { PixelKind.UINT8, new long[] { 2048, 2048 } }, { PixelKind.FLOAT32, new long[] { 2048,
			2048 } }, { PixelKind.UINT16, new long[] { 256, 256, 64 } } };
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			System.out.println("| input | density | connectivity | ms (median of " + repeats + ") |");
			System.out.println("|---|---:|---|---:|");
			for (final Object[] cell : cells)
				for (final double density : new double[] { 0.05, 0.5, 0.95 })
					for (final String connectivity : new String[] { "full", "face" }) {
						final PixelKind kind = (PixelKind) cell[0];
						final long[] dims = (long[]) cell[1];
						final Img<? extends RealType<?>> mask = mask(kind, dims, density, 42);
						final long[] ns = new long[repeats];
						for (int r = -WARM_UPS; r < repeats; r++) {
							final long t0 = System.nanoTime();
							dispatch.op(ComponentsOp.ID).input(mask).set("connectivity", connectivity).on(Imglib2Backend.ID).run();
							if (r >= 0) ns[r] = System.nanoTime() - t0;
						}
						Arrays.sort(ns);
						System.out.printf("| %s %s | %.2f | %s | %.1f |%n", kind.id(), Arrays.toString(dims), density, connectivity,
							ns[repeats / 2] / 1e6);
					}
		}
	}

	/** 1 where a uniform random number in [0, 1) is below {@code density}, else 0. */
	private static Img<? extends RealType<?>> mask(final PixelKind kind, final long[] dims, final double density,
		final long seed)
	{
		final Random random = new Random(seed);
		final double[] values = new double[(int) net.imglib2.util.Intervals.numElements(dims)];
		for (int i = 0; i < values.length; i++)
			values[i] = random.nextDouble() < density ? 1 : 0;
		return TestImages.of(kind, dims, values);
	}
}
