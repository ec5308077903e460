package io.github.fijidispatch.block;

import java.util.Arrays;

import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.scijava.Context;

/**
 * One quick measurement (not a test): filter.gauss σ=2 on a host float32 volume (192³ by default, or the size given
 * as the first argument) on clij2, whole vs tiled under a device budget (64M by default, or the second argument);
 * medians of alternating rounds after one warm-up round each, whole call time (uploads, downloads and assembly
 * included). Run with the test classpath:
 * {@code java -cp ... io.github.fijidispatch.block.DeviceTilingBenchmark 192 64M}.
 */
public final class DeviceTilingBenchmark {

	private static final int ROUNDS = 3;

	public static void main(final String... args) {
		final int size = args.length > 0 ? Integer.parseInt(args[0]) : 192;
		final String budget = args.length > 1 ? args[1] : "64M";
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final RandomAccessibleInterval<? extends RealType<?>> image = ConformanceImages.random(PixelKind.FLOAT32, 7, size,
				size, size);
			final double[] whole = new double[ROUNDS];
			final double[] tiled = new double[ROUNDS];
			String tiles = "";
			for (int i = -1; i < ROUNDS; i++) {
				dispatch.settings().setDeviceBudget(DispatchSettings.DEVICE_LIMITS);
				long t = System.nanoTime();
				gauss(dispatch, image).run();
				if (i >= 0) whole[i] = (System.nanoTime() - t) / 1e6;
				dispatch.settings().setDeviceBudget(budget);
				t = System.nanoTime();
				gauss(dispatch, image).run();
				if (i >= 0) tiled[i] = (System.nanoTime() - t) / 1e6;
				final CallRecord record = dispatch.trace().last();
				tiles = record.decision().tiling().describe();
			}
			System.out.printf("filter.gauss sigma=2 %d^3 float32 on clij2: whole median %.0f ms, tiled (budget %s, %s) " +
				"median %.0f ms, ratio %.2f%n", size, median(whole), budget, tiles, median(tiled), median(tiled) / median(whole));
			System.out.println("whole " + Arrays.toString(whole) + " tiled " + Arrays.toString(tiled));
		}
		finally {
			context.dispose();
		}
	}

	private static OpRequest gauss(final DispatchService dispatch, final RandomAccessibleInterval<?> image) {
		return dispatch.op("filter.gauss").input(image).set("sigma", 2).on("clij2");
	}

	private static double median(final double[] v) {
		final double[] s = v.clone();
		Arrays.sort(s);
		return (s[s.length / 2] + s[(s.length - 1) / 2]) / 2;
	}
}
