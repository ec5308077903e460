package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.backend.imglib2.ThresholdBins;
import io.github.fijidispatch.backend.imglib2.ValueRange;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.parallel.Parallelization;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.scijava.Context;

/**
 * The reductions of issue #14 on the reference backend, one thread: each
 * call runs through the public API ({@code .on("imglib2")}) inside
 * {@code Parallelization.runSingleThreaded}, the twin of numpy's one thread.
 * The score is the wall time per call; with the profiler {@link CpuTime}, the
 * secondary result {@code cpu.ms/op} is the calling thread's CPU time per
 * call (steadier on a shared machine: time spent waiting for a core is not
 * in it). The cells
 * and arrays are those of {@code scripts/peers/reductions.py} (uniform random
 * uint16 256×256×64, uint8 and float32 2048², as ArrayImgs, and the same
 * kinds at the other size, {@code -2d} and {@code -3d});
 * {@code threshold.histogram} is the float histogram pass of
 * {@code threshold.auto} alone (finite range, then counts); {@code floor.read}
 * is one pass summing the uint16 volume's 8 MB as {@code long}s. Run with
 * {@code scripts/jmh ReductionLoopBenchmark -f 1 -wi 5 -w 1 -i 5 -r 1
 * -prof 'io.github.fijidispatch.bench.ReductionLoopBenchmark$CpuTime'}, then
 * {@code /usr/bin/python3 scripts/peers/reductions.py 21} in the same sitting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReductionLoopBenchmark {

	/** {@code op axis image}: the cells of {@code scripts/peers/reductions.py}. */
	@Param({ "project.max z u16", "project.max y u16", "project.max x u16", "project.min z u16", "project.min y u16",
		"project.min x u16", "project.mean z u16", "project.mean y u16", "project.mean x u16", "project.sum z u16",
		"project.sum y u16", "project.sum x u16", "project.max y u8", "project.max x u8", "project.max y f32",
		"project.max x f32", "measure.stats - u16", "measure.stats - u8", "measure.stats - f32", "threshold.auto - u16",
		"threshold.auto - u8", "threshold.auto - f32", "floor.read - u16", "measure.stats - u16-2d", "measure.stats - u8-3d",
		"measure.stats - f32-3d", "threshold.auto - u16-2d", "threshold.auto - u8-3d", "threshold.auto - f32-3d",
		"threshold.histogram - f32", "threshold.histogram - f32-3d" })
	public String cell;

	private Context context;
	private Runnable call;

	/** CPU time of the calling threads, and their calls, since the iteration began. */
	private static final AtomicLong CPU_NANOS = new AtomicLong();
	private static final AtomicLong CALLS = new AtomicLong();

	/**
	 * Adds {@code cpu.ms/op} to the results: the calling thread's CPU time per
	 * call, per iteration, averaged over iterations. Run with
	 * {@code -prof io.github.fijidispatch.bench.ReductionLoopBenchmark$CpuTime}.
	 */
	public static final class CpuTime implements InternalProfiler {

		@Override
		public String getDescription() {
			return "CPU time of the calling thread per call (ReductionLoopBenchmark)";
		}

		@Override
		public void beforeIteration(final BenchmarkParams benchmark, final IterationParams iteration) {
			CPU_NANOS.set(0);
			CALLS.set(0);
		}

		@Override
		public Collection<? extends Result> afterIteration(final BenchmarkParams benchmark,
			final IterationParams iteration, final IterationResult result)
		{
			final long calls = CALLS.get();
			final double ms = calls == 0 ? Double.NaN : CPU_NANOS.get() / 1e6 / calls;
			return Collections.singletonList(new ScalarResult("cpu.ms/op", ms, "ms/op", AggregationPolicy.AVG));
		}
	}

	@Setup
	public void setUp() {
		context = new Context(DispatchService.class);
		final DispatchService dispatch = context.service(DispatchService.class);
		dispatch.settings().setMode(DispatchMode.OFF);
		final String[] parts = cell.split(" ");
		final String op = parts[0];
		final String axis = parts[1];
		final Img<?> image = image(parts[2]);
		if (op.equals("floor.read")) {
			final long[] words = new long[(int) (image.size() / 4)];
			Arrays.fill(words, 3);
			final long[] sink = new long[1];
			call = () -> {
				long s = 0;
				for (final long w : words)
					s += w;
				sink[0] += s;
			};
			return;
		}
		if (op.equals("threshold.histogram")) {
			// NB: the float histogram pass of threshold.auto alone: the finite range, then the bins' counts
			@SuppressWarnings("unchecked")
			final RandomAccessibleInterval<? extends RealType<?>> real = (RandomAccessibleInterval<? extends RealType<?>>) image;
			final int[] sink = new int[1];
			call = () -> {
				final ValueRange range = ValueRange.finiteOf(real);
				sink[0] += ThresholdBins.overRange(PixelKind.FLOAT32, range.min(), range.max()).histogram(real)[128];
			};
			return;
		}
		call = () -> {
			final OpRequest request = dispatch.op(op).input(image);
			if (op.startsWith("project.")) request.set("axis", axis);
			if (op.equals("threshold.auto")) request.set("method", "Otsu");
			request.on("imglib2").run();
		};
	}

	/** The uniform random arrays of the cells (seeded). */
	private static Img<?> image(final String name) {
		final Random random = new Random(14);
		switch (name) {
			case "u16": {
				final short[] v = new short[256 * 256 * 64];
				for (int i = 0; i < v.length; i++)
					v[i] = (short) random.nextInt(65536);
				return ArrayImgs.unsignedShorts(v, 256, 256, 64);
			}
			case "u8": {
				final byte[] v = new byte[2048 * 2048];
				for (int i = 0; i < v.length; i++)
					v[i] = (byte) random.nextInt(256);
				return ArrayImgs.unsignedBytes(v, 2048, 2048);
			}
			case "f32": {
				final float[] v = new float[2048 * 2048];
				for (int i = 0; i < v.length; i++)
					v[i] = random.nextFloat();
				return ArrayImgs.floats(v, 2048, 2048);
			}
			case "u16-2d": {
				final short[] v = new short[2048 * 2048];
				for (int i = 0; i < v.length; i++)
					v[i] = (short) random.nextInt(65536);
				return ArrayImgs.unsignedShorts(v, 2048, 2048);
			}
			case "u8-3d": {
				final byte[] v = new byte[256 * 256 * 64];
				for (int i = 0; i < v.length; i++)
					v[i] = (byte) random.nextInt(256);
				return ArrayImgs.unsignedBytes(v, 256, 256, 64);
			}
			case "f32-3d": {
				final float[] v = new float[256 * 256 * 64];
				for (int i = 0; i < v.length; i++)
					v[i] = random.nextFloat();
				return ArrayImgs.floats(v, 256, 256, 64);
			}
			default: throw new IllegalArgumentException("no image " + name + ": one of u16, u8, f32 (256×256×64 u16, "
				+ "2048² u8 and f32), u16-2d, u8-3d, f32-3d (the others' sizes swapped)");
		}
	}

	@TearDown
	public void tearDown() {
		context.dispose();
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Benchmark
	public void reduce() {
		final long t0 = THREADS.getCurrentThreadCpuTime();
		Parallelization.runSingleThreaded(call);
		CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
		CALLS.incrementAndGet();
	}
}
