package io.github.fijidispatch.backend.clij2;

import java.util.Arrays;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;

import org.scijava.Context;

/**
 * One quick measurement (not a test): filter.gauss σ=2 on a 512² float image
 * already on the device, CLIJ2 called directly vs through dispatch; median of
 * 20 calls each after 5 warm-up calls. Run with the test classpath:
 * {@code java -cp ... io.github.fijidispatch.backend.clij2.Clij2GaussOverheadBenchmark}.
 */
public final class Clij2GaussOverheadBenchmark {

	private static final int WARMUP = 5;
	private static final int CALLS = 20;

	public static void main(final String... args) throws Exception {
		final Context context = new Context(DispatchService.class);
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			final Clij2Backend clij2 = (Clij2Backend) dispatch.backend(Clij2Backend.ID);
			final Object device = clij2.upload(TestImages.random(PixelKind.FLOAT32, 1, 512, 512));
			final double[] direct = new double[CALLS];
			final double[] dispatched = new double[CALLS];
			for (int i = -WARMUP; i < CALLS; i++) {
				long t = System.nanoTime();
				clij2.session().run(c -> {
					final ClearCLBuffer out = c.create((ClearCLBuffer) device);
					c.gaussianBlur2D((ClearCLBuffer) device, out, 2, 2);
					out.close();
					return null;
				});
				if (i >= 0) direct[i] = (System.nanoTime() - t) / 1e6;
				t = System.nanoTime();
				final Object out = dispatch.op("filter.gauss").input(device).set("sigma", 2).run();
				if (i >= 0) dispatched[i] = (System.nanoTime() - t) / 1e6;
				clij2.release(out);
			}
			System.out.printf("filter.gauss sigma=2 512x512 float32 on %s: direct CLIJ2 median %.2f ms, dispatched median %.2f ms%n",
				clij2.deviceInfo().get("device"), median(direct), median(dispatched));
			clij2.release(device);
		}
		finally {
			context.dispose();
		}
	}

	private static double median(final double[] v) {
		final double[] s = v.clone();
		Arrays.sort(s);
		return (s[s.length / 2] + s[(s.length - 1) / 2]) / 2;
	}
}
