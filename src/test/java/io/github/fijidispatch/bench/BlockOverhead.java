package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.Img;
import net.imglib2.parallel.Parallelization;

import org.scijava.Context;

/**
 * The blockwise overhead on images that fit, measured A/B alternately (whole image, then by blocks, per repeat) so
 * that a shared machine's load falls on both alike; prints the medians and their ratio, and the median and quartiles
 * of the ratio of each pair of runs side by side (which a drift of the machine's speed over the sitting moves less). Run from the test class path:
 * {@code java -cp ... io.github.fijidispatch.bench.BlockOverhead OP SIZE BLOCK REPEATS [THREADS]}, e.g.
 * {@code filter.gauss 2048x2048 128 7} (THREADS: the engine's {@link BlockEngine#threads(int)}, default one per
 * processor; {@code cpu}: one thread for both forms, each timed in the calling thread's CPU time, which the load of
 * other processes on a shared machine moves far less). Untimed alternating runs come first, for 5 s (system property {@code blockoverhead.warmup.ms}).
 * {@link BlockEngineBenchmark} is the JMH form of the same comparison. The context: {@link BenchContexts}.
 */
public final class BlockOverhead {

	/** The least time of untimed runs before the timed ones (JMH's warm-up, in one JVM). */
	private static final long WARM_UP_NANOS = Long.getLong("blockoverhead.warmup.ms", 5000) * 1_000_000;

	/** The fewest untimed runs of each form. */
	private static final int WARM_UP_RUNS = 5;

	private BlockOverhead() {
		// NB: a main class
	}

	public static void main(final String[] args) {
		final String op = args[0];
		final long[] dims = Arrays.stream(args[1].split("x")).mapToLong(Long::parseLong).toArray();
		final long block = Long.parseLong(args[2]);
		final int repeats = Integer.parseInt(args[3]);
		final boolean cpu = args.length > 4 && args[4].equals("cpu");
		final int threads = cpu ? 1 : args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime()
			.availableProcessors();
		try (Context context = BenchContexts.create()) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final BlockEngine engine = new BlockEngine(dispatch).threads(threads);
			final Img<?> image = ConformanceImages.random(PixelKind.FLOAT32, 7, dims);
			final double[] whole = new double[repeats];
			final double[] blocks = new double[repeats];
			final Runnable sitting = () -> {
				warmUp(dispatch, engine, op, image, block);
				for (int r = 0; r < repeats; r++) {
					whole[r] = millis(() -> call(dispatch, op, image).run(), cpu);
					blocks[r] = millis(() -> engine.run(call(dispatch, op, image), block), cpu);
				}
			};
			if (cpu) Parallelization.runSingleThreaded(sitting);
			else sitting.run();
			final double w = median(whole);
			final double b = median(blocks);
			final double[] pairs = new double[repeats];
			for (int r = 0; r < repeats; r++)
				pairs[r] = blocks[r] / whole[r];
			Arrays.sort(pairs);
			System.out.println(String.format(Locale.ROOT, "%s %s float32, blocks of %d on %s: whole %.1f ms, " +
				"blocks %.1f ms, ratio %.2f (medians of %d alternating runs); ratio per pair %.2f, quartiles %.2f-%.2f; in %s",
				op, args[1], block, cpu ? "1 thread, CPU time" : threads + " thread(s)", w, b, b / w, repeats, median(pairs),
				pairs[repeats / 4], pairs[(3 * repeats) / 4], BenchContexts.name()));
		}
	}

	/** The time {@code work} takes: wall time, or the calling thread's CPU time. */
	private static double millis(final Runnable work, final boolean cpu) {
		final long start = cpu ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
		work.run();
		return ((cpu ? CPU.getCurrentThreadCpuTime() : System.nanoTime()) - start) / 1e6;
	}

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	/**
	 * Untimed alternating runs of both forms for {@link #WARM_UP_NANOS} and at least {@link #WARM_UP_RUNS} each: one
	 * run of each was too few for the JIT (the first few hundred block calls run interpreted or in C1 code, which
	 * made the medians of a short sitting 1.3-2x the settled ones).
	 */
	private static void warmUp(final DispatchService dispatch, final BlockEngine engine, final String op,
		final Img<?> image, final long block)
	{
		final long end = System.nanoTime() + WARM_UP_NANOS;
		for (int r = 0; r < WARM_UP_RUNS || System.nanoTime() < end; r++) {
			call(dispatch, op, image).run();
			engine.run(call(dispatch, op, image), block);
		}
	}

	private static OpRequest call(final DispatchService dispatch, final String op, final Img<?> image) {
		final OpRequest call = dispatch.op(op).input(image).on("imglib2");
		if (op.equals("filter.gauss")) call.set("sigma", 2.0);
		if (op.equals("math.add_scalar")) call.set("value", 3.5);
		if (op.equals("transform.scale")) call.set("factors", 0.5);
		if (op.equals("convert.type")) call.set("target", "uint8").set("scale", true);
		return call;
	}

	private static double median(final double[] values) {
		final double[] v = values.clone();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}
}
