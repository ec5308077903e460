package io.github.fijidispatch.backend.imglib2;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.parallel.Parallelization;

import org.scijava.Context;

/**
 * The reductions of issue #14 (projections along each axis, {@code measure.stats},
 * {@code threshold.auto} Otsu) on the reference backend through the public API
 * ({@code .on("imglib2")}), on the arrays {@code scripts/peers/reductions.py}
 * times numpy and scikit-image on: uniform random uint16 256×256×64, uint8 and
 * float32 2048² (ArrayImgs, as numpy arrays are one buffer). Beside them the
 * memory-read floor: the time to sum one array of the input's bytes and to
 * copy it, on one thread. Three warm-up runs, then the median of
 * {@code repeats} wall times (ImgLib2's default executor: every core), and
 * the median of as many single-threaded runs' CPU times (steadier on a
 * shared machine). A main, not a test: it asserts nothing. Arguments:
 * {@code [repeats] [cell-label-substring ...]}.
 */
public final class ReductionSpeedBenchmark {

	private final DispatchService dispatch;
	private final int repeats;
	private final List<String> filters;

	private ReductionSpeedBenchmark(final DispatchService dispatch, final int repeats, final List<String> filters) {
		this.dispatch = dispatch;
		this.repeats = repeats;
		this.filters = filters;
	}

	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 21;
		final List<String> filters = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : new ArrayList<>();
		try (Context context = new Context(DispatchService.class)) {
			final ReductionSpeedBenchmark b = new ReductionSpeedBenchmark(context.service(DispatchService.class), repeats,
				filters);
			System.out.println("| cell | ms (median, wall, all threads) | ms (median, CPU, one thread) |");
			System.out.println("|---|---:|---:|");
			b.runAll();
		}
		System.exit(0);
	}

	private void runAll() {
		final Random random = new Random(14);
		final short[] u16 = new short[256 * 256 * 64];
		for (int i = 0; i < u16.length; i++)
			u16[i] = (short) random.nextInt(65536);
		final byte[] u8 = new byte[2048 * 2048];
		for (int i = 0; i < u8.length; i++)
			u8[i] = (byte) random.nextInt(256);
		final float[] f32 = new float[2048 * 2048];
		for (int i = 0; i < f32.length; i++)
			f32[i] = random.nextFloat();
		final Img<?> volume = ArrayImgs.unsignedShorts(u16, 256, 256, 64);
		final Img<?> bytes = ArrayImgs.unsignedBytes(u8, 2048, 2048);
		final Img<?> floats = ArrayImgs.floats(f32, 2048, 2048);
		floor("read floor u16 256x256x64 (sum of 8 MB as long[])", u16.length * 2);
		floor("read floor u8 2048^2 (4 MB)", u8.length);
		floor("read floor f32 2048^2 (16 MB)", f32.length * 4);
		for (final String op : new String[] { "max", "min", "mean", "sum" })
			for (final String axis : new String[] { "z", "y", "x" })
				cell("project." + op + " " + axis + " u16 256x256x64", () -> dispatch.op("project." + op).input(volume).set(
					"axis", axis));
		for (final String axis : new String[] { "y", "x" }) {
			cell("project.max " + axis + " u8 2048^2", () -> dispatch.op("project.max").input(bytes).set("axis", axis));
			cell("project.max " + axis + " f32 2048^2", () -> dispatch.op("project.max").input(floats).set("axis", axis));
		}
		cell("measure.stats u16 256x256x64", () -> dispatch.op("measure.stats").input(volume));
		cell("measure.stats u8 2048^2", () -> dispatch.op("measure.stats").input(bytes));
		cell("measure.stats f32 2048^2", () -> dispatch.op("measure.stats").input(floats));
		cell("threshold.auto Otsu u16 256x256x64", () -> dispatch.op("threshold.auto").input(volume).set("method", "Otsu"));
		cell("threshold.auto Otsu u8 2048^2", () -> dispatch.op("threshold.auto").input(bytes).set("method", "Otsu"));
		cell("threshold.auto Otsu f32 2048^2", () -> dispatch.op("threshold.auto").input(floats).set("method", "Otsu"));
	}

	/** Times a call built by {@code request} on the reference backend and prints a row. */
	private void cell(final String label, final java.util.function.Supplier<OpRequest> request) {
		if (!selected(label)) return;
		final Runnable call = () -> request.get().on(Imglib2Backend.ID).run();
		print(label, median(call), medianCpu(() -> Parallelization.runSingleThreaded(call)));
	}

	/** The time to read (sum as longs) and to copy {@code bytes} bytes held in one array, on one thread. */
	private void floor(final String label, final int bytes) {
		if (!selected(label)) return;
		final long[] data = new long[bytes / 8];
		Arrays.fill(data, 3);
		final long[] copy = new long[data.length];
		final long[] sink = new long[1];
		final Runnable read = () -> {
			long s = 0;
			for (final long v : data)
				s += v;
			sink[0] += s;
		};
		final Runnable arraycopy = () -> System.arraycopy(data, 0, copy, 0, data.length);
		print(label + " read", median(read), medianCpu(read));
		print(label + " copy", median(arraycopy), medianCpu(arraycopy));
		if (sink[0] == 42) System.out.println();
	}

	private boolean selected(final String label) {
		return filters.isEmpty() || filters.stream().anyMatch(label::contains);
	}

	/** The median wall time. */
	private double median(final Runnable work) {
		return median(work, System::nanoTime);
	}

	/**
	 * The median CPU time of the calling thread: on a machine shared with
	 * other work it varies far less than the wall time (for work run on this
	 * thread only).
	 */
	private double medianCpu(final Runnable work) {
		final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return median(work, threads::getCurrentThreadCpuTime);
	}

	/** Three warm-up runs, then the median of {@code repeats} runs on {@code clock} (ns), in ms. */
	private double median(final Runnable work, final LongSupplier clock) {
		final long[] ns = new long[repeats];
		for (int r = -3; r < repeats; r++) {
			final long t0 = clock.getAsLong();
			work.run();
			final long t = clock.getAsLong() - t0;
			if (r >= 0) ns[r] = t;
		}
		Arrays.sort(ns);
		return ns[repeats / 2] / 1e6;
	}

	private static void print(final String label, final double ms, final double cpuMs) {
		System.out.printf("| %s | %.3f | %.3f |%n", label, ms, cpuMs);
	}
}
