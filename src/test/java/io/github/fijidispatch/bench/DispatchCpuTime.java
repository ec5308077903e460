package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.real.FloatType;

import org.scijava.Context;

/**
 * What dispatch adds to a call, in CPU time of the calling thread rather than
 * wall time: {@link DispatchBenchmark}'s two calls (the same
 * {@code filter.gauss} implementation on a 4×4 image, called directly and
 * through the dispatch service, both backends installed and started), in
 * alternating batches, each batch timed with the thread's CPU clock
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}), so that time the thread
 * spends descheduled on a shared machine does not count. Prints the median
 * per call of each and their difference. A test-class-path main:
 * {@code DispatchCpuTime MODE ROUNDS CALLS} (e.g. {@code auto 41 20000}); the context: {@link BenchContexts}.
 */
public final class DispatchCpuTime {

	private DispatchCpuTime() {
		// NB: a main
	}

	public static void main(final String... args) throws Exception {
		final String mode = args.length > 0 ? args[0] : "auto";
		final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 41;
		final int calls = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
		final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		final Context context = BenchContexts.create();
		try {
			final DispatchService dispatch = context.service(DispatchService.class);
			dispatch.settings().setMode(DispatchMode.parse(mode));
			dispatch.settings().setPriority(Collections.singletonList("imglib2"));
			final Img<FloatType> tiny = ArrayImgs.floats(4, 4);
			final Op op = dispatch.opDefinition(GaussOp.ID);
			final OpImplementation implementation = dispatch.implementation(GaussOp.ID, "imglib2");
			final Backend backend = dispatch.backend("imglib2");
			final OpCall call = new OpCall(op, op.resolve(Collections.singletonMap("sigma", 1.0)),
				Collections.singletonList(tiny), Collections.singletonList(HostImages.describe(tiny)));
			for (final Backend b : dispatch.backends())
				dispatch.availability(b);
			final Runnable direct = () -> {
				try {
					implementation.run(call, backend);
				}
				catch (final Exception e) {
					throw new IllegalStateException(e);
				}
			};
			final Runnable dispatched = () -> dispatch.op(GaussOp.ID).input(tiny).set("sigma", 1.0).run();
			// NB: warm-up, both paths compiled before timing
			for (int i = 0; i < 5; i++) {
				batch(direct, calls);
				batch(dispatched, calls);
			}
			final double[] directNs = new double[rounds];
			final double[] dispatchedNs = new double[rounds];
			for (int r = 0; r < rounds; r++) {
				directNs[r] = timed(threads, direct, calls);
				dispatchedNs[r] = timed(threads, dispatched, calls);
			}
			final double[] added = new double[rounds];
			for (int r = 0; r < rounds; r++)
				added[r] = dispatchedNs[r] - directNs[r];
			System.out.println(String.format(Locale.ROOT, "mode %s, %d rounds of %d calls, CPU ns per call: direct %.0f, " +
				"dispatched %.0f, added %.0f (median of per-round differences; quartiles %.0f–%.0f); in %s", mode, rounds,
				calls, median(directNs), median(dispatchedNs), median(added), quantile(added, 0.25), quantile(added, 0.75),
				BenchContexts.name()));
		}
		finally {
			context.dispose();
		}
	}

	private static void batch(final Runnable call, final int calls) {
		Parallelization.runSingleThreaded(() -> {
			for (int i = 0; i < calls; i++)
				call.run();
		});
	}

	private static double timed(final ThreadMXBean threads, final Runnable call, final int calls) {
		final long start = threads.getCurrentThreadCpuTime();
		batch(call, calls);
		return (threads.getCurrentThreadCpuTime() - start) / (double) calls;
	}

	private static double median(final double[] values) {
		return quantile(values, 0.5);
	}

	private static double quantile(final double[] values, final double q) {
		final double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.round(q * (sorted.length - 1))];
	}
}
