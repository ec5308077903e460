package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.parallel.TaskExecutors;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * The output-mode cells: one op on one host image (by default
 * {@code math.add_scalar} on 4096² float32, 64 MB) in the three output modes,
 * function (a new image), into (a preallocated output) and in place, beside
 * two bandwidth probes on one thread per core (as the reference backend
 * computes): a parallel {@code System.arraycopy} of an array of the image's
 * bytes into another, and the same copy as a plain loop in blocks (the
 * shape of the point ops' own loop). Each mode's bandwidth is also given as
 * a share of the faster probe's. The probes, into and in place are timed
 * in alternating rounds (after warm-up rounds), so that a shared machine's
 * noise falls on all alike, and the function mode's rounds follow them, in
 * the same run. Each column reports its median time and
 * the data it moves per second, counted the same way for all: every byte read
 * plus every byte written (inputs + output; source + target for the probe).
 * <p>
 * On a shared machine the two-thread wall times scatter by 2–3× (a call waits
 * for its slower thread, and other processes take the cores), so every column
 * is also measured single-threaded as the calling thread's <em>CPU time</em>
 * ({@code Parallelization.runSingleThreaded}, {@code ThreadMXBean}), again in
 * alternating rounds: time the thread was descheduled does not count, memory
 * stalls do. That figure compares the op's loop with the copy itself.
 * </p>
 */
public final class OutputModeBench {

	/** The op measured when none is named. */
	public static final String DEFAULT_OP = "math.add_scalar";
	public static final BenchSize DEFAULT_SIZE = new BenchSize(4096, 4096);
	public static final String PROBE = "memory copy (arraycopy)";
	public static final String LOOP_PROBE = "memory copy (loop)";

	private static final int WARM_UP_ROUNDS = 5;
	/** Values per call of the loop probe, as the point ops' blocks. */
	private static final int LOOP_BLOCK = 4096;

	private final DispatchService dispatch;

	public OutputModeBench(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/** One column's figures. */
	public static final class Cell {

		public final String column;
		public final double medianMillis;
		/** The fastest round: less sensitive to a shared machine's noise than the median. */
		public final double bestMillis;
		/** Bytes read plus bytes written, per second, in GB (10^9), at the median. */
		public final double gigabytesPerSecond;
		/** The same at the fastest round. */
		public final double bestGigabytesPerSecond;
		/** Median CPU time of the column run on one thread. */
		public final double cpuMillis;
		/** Bytes read plus written per second of that CPU time, in GB. */
		public final double cpuGigabytesPerSecond;

		Cell(final String column, final double[] sortedMillis, final double[] sortedCpuMillis, final long bytes) {
			this.column = column;
			this.medianMillis = Repeats.median(sortedMillis);
			this.bestMillis = sortedMillis[0];
			this.gigabytesPerSecond = bytes / (medianMillis * 1e6);
			this.bestGigabytesPerSecond = bytes / (bestMillis * 1e6);
			this.cpuMillis = Repeats.median(sortedCpuMillis);
			this.cpuGigabytesPerSecond = bytes / (cpuMillis * 1e6);
		}
	}

	/**
	 * Measures {@code op} with {@code params} on a float32 image of {@code size}
	 * on {@code backend}, {@code rounds} timed rounds.
	 *
	 * @return the two probes, function, into and inPlace cells, in that order
	 */
	public List<Cell> run(final BenchCase c, final BenchSize size, final String backend, final int rounds) {
		final Img<? extends RealType<?>> image = floats(size);
		final Object[] args = new Object[c.inputCount()];
		Arrays.fill(args, image);
		final ImageInfo out = HostImages.describe((RandomAccessibleInterval<?>) dispatch.op(c.opId()).inputs(args)
			.set(c.params()).on(backend).run());
		final Img<?> output = create(out);
		final float[] source = new float[(int) size.pixelCount()];
		final float[] target = new float[source.length];
		final Runnable[] modes = { () -> dispatch.op(c.opId()).inputs(args).set(c.params()).on(backend).run(),
			() -> dispatch.op(c.opId()).inputs(args).set(c.params()).into(output).on(backend).run(),
			() -> dispatch.op(c.opId()).inputs(args).set(c.params()).inPlace().on(backend).run() };
		final TaskExecutor one = TaskExecutors.singleThreaded();
		final Runnable[] singleThreaded = { () -> copy(one, source, target, false), () -> copy(one, source, target, true),
			() -> Parallelization.runSingleThreaded(modes[0]), () -> Parallelization.runSingleThreaded(modes[1]),
			() -> Parallelization.runSingleThreaded(modes[2]) };
		try (TaskExecutor threads = TaskExecutors.numThreads(Runtime.getRuntime().availableProcessors())) {
			return measure(new Runnable[] { () -> copy(threads, source, target, false), () -> copy(threads, source, target, true),
				modes[0], modes[1], modes[2] }, singleThreaded, rounds, 2L * source.length * Float.BYTES, out.bytes() * (args.length +
					1));
		}
	}

	/**
	 * Times the probes and the modes: the probes, into and in place in
	 * alternating rounds, then the function mode's rounds. NB: apart, because
	 * each new 64 MB image starts a garbage-collector cycle whose concurrent
	 * work on these same cores would otherwise fall on the call after it.
	 *
	 * The same again on one thread, timed as CPU time.
	 *
	 * @param work the probes, function, into and inPlace, in that order
	 * @param singleThreaded the same on one thread
	 */
	private static List<Cell> measure(final Runnable[] work, final Runnable[] singleThreaded, final int rounds,
		final long probeBytes, final long opBytes)
	{
		final double[][] times = new double[work.length][];
		final double[][] cpu = new double[work.length][];
		final int[] alternating = { 0, 1, 3, 4 };
		timeRounds(work, alternating, rounds, times, false);
		timeRounds(work, new int[] { 2 }, rounds, times, false);
		timeRounds(singleThreaded, alternating, rounds, cpu, true);
		timeRounds(singleThreaded, new int[] { 2 }, rounds, cpu, true);
		final String[] names = { PROBE, LOOP_PROBE, "function", "into", "inPlace" };
		final List<Cell> cells = new ArrayList<>();
		for (int w = 0; w < work.length; w++) {
			Arrays.sort(times[w]);
			Arrays.sort(cpu[w]);
			cells.add(new Cell(names[w], times[w], cpu[w], w < 2 ? probeBytes : opBytes));
		}
		return cells;
	}

	/**
	 * Warm-up rounds, then {@code rounds} timed rounds of the chosen work, one
	 * call each per round: wall time, or the calling thread's CPU time.
	 */
	private static void timeRounds(final Runnable[] work, final int[] which, final int rounds, final double[][] times,
		final boolean cpuTime)
	{
		final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		if (cpuTime && !mx.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException(
			"bench --output-modes: this JVM cannot measure a thread's CPU time");
		for (final int w : which)
			times[w] = new double[rounds];
		for (int r = -WARM_UP_ROUNDS; r < rounds; r++)
			for (final int w : which) {
				final long start = cpuTime ? mx.getCurrentThreadCpuTime() : System.nanoTime();
				work[w].run();
				final long end = cpuTime ? mx.getCurrentThreadCpuTime() : System.nanoTime();
				if (r >= 0) times[w][r] = (end - start) / 1e6;
			}
	}

	/** The cells as a Markdown table, each one's bandwidth also as a share of the faster probe's. */
	public static String markdown(final BenchCase c, final BenchSize size, final String backend, final List<Cell> cells) {
		final StringBuilder sb = new StringBuilder();
		sb.append("output modes: ").append(c.label()).append(", ").append(size).append(" float32 on ").append(backend)
			.append(" (bytes read + written per second; share of the faster memory copy; " +
				"2 threads, wall time, then one thread, CPU time)\n\n| column | median ms | GB/s | share | best ms | GB/s | share | 1-thread CPU ms | GB/s | share |\n" +
				"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		final double probe = Math.max(cells.get(0).gigabytesPerSecond, cells.get(1).gigabytesPerSecond);
		final double best = Math.max(cells.get(0).bestGigabytesPerSecond, cells.get(1).bestGigabytesPerSecond);
		final double cpu = Math.max(cells.get(0).cpuGigabytesPerSecond, cells.get(1).cpuGigabytesPerSecond);
		for (final Cell cell : cells)
			sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f%% | %.2f | %.2f | %.0f%% | %.2f | %.2f | %.0f%% |%n",
				cell.column, cell.medianMillis, cell.gigabytesPerSecond, 100 * cell.gigabytesPerSecond / probe, cell.bestMillis,
				cell.bestGigabytesPerSecond, 100 * cell.bestGigabytesPerSecond / best, cell.cpuMillis, cell.cpuGigabytesPerSecond,
				100 * cell.cpuGigabytesPerSecond / cpu));
		return sb.toString();
	}

	/** The cells as rows for JSON. */
	public static List<Object> rows(final List<Cell> cells) {
		final List<Object> rows = new ArrayList<>();
		for (final Cell cell : cells) {
			final Map<String, Object> row = new LinkedHashMap<>();
			row.put("column", cell.column);
			row.put("medianMillis", cell.medianMillis);
			row.put("gigabytesPerSecond", cell.gigabytesPerSecond);
			row.put("bestMillis", cell.bestMillis);
			row.put("bestGigabytesPerSecond", cell.bestGigabytesPerSecond);
			row.put("singleThreadCpuMillis", cell.cpuMillis);
			row.put("singleThreadCpuGigabytesPerSecond", cell.cpuGigabytesPerSecond);
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A probe: {@code target = source} in as many parallel ranges as
	 * {@code threads} suggests, by {@code System.arraycopy} or by a plain loop
	 * over blocks of {@value #LOOP_BLOCK} values.
	 */
	private static void copy(final TaskExecutor threads, final float[] source, final float[] target, final boolean loop) {
		final int tasks = Math.max(1, threads.suggestNumberOfTasks());
		final List<int[]> ranges = new ArrayList<>(tasks);
		for (int t = 0; t < tasks; t++)
			ranges.add(new int[] { (int) ((long) source.length * t / tasks), (int) ((long) source.length * (t + 1) / tasks) });
		if (!loop) threads.forEach(ranges, r -> System.arraycopy(source, r[0], target, r[0], r[1] - r[0]));
		else threads.forEach(ranges, r -> {
			for (int b = r[0]; b < r[1]; b += LOOP_BLOCK)
				copyLoop(source, target, b, Math.min(r[1], b + LOOP_BLOCK));
		});
	}

	private static void copyLoop(final float[] source, final float[] target, final int from, final int to) {
		for (int i = from; i < to; i++)
			target[i] = source[i];
	}

	/** A float32 image of values 0..255 (the benchmark's grey image, converted). */
	private static Img<? extends RealType<?>> floats(final BenchSize size) {
		final Img<? extends RealType<?>> grey = BenchImages.grey(size);
		final Img<?> floats = create(new ImageInfo(size.dims(), PixelKind.FLOAT32));
		HostImages.copy(grey, floats);
		@SuppressWarnings("unchecked")
		final Img<? extends RealType<?>> typed = (Img<? extends RealType<?>>) floats;
		return typed;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Img<?> create(final ImageInfo info) {
		return new ArrayImgFactory((NativeType) info.kind().createType()).create(info.dimensions());
	}
}
