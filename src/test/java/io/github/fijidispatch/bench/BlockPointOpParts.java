package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.Block;
import io.github.fijidispatch.block.BlockEngine;
import io.github.fijidispatch.block.BlockGrid;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.parallel.Parallelization;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;
import org.scijava.Context;

/**
 * Where the time of a blockwise point op goes, against its parts (issue #15's 2D {@code math.add_scalar} cell): in
 * one thread, each timed in the calling thread's CPU time, in alternating rounds after 5 s of warm-up rounds, on the same
 * float32 image:
 * <ul>
 * <li>the add as a plain loop over the two arrays, row by row (the floor of any form of the call);</li>
 * <li>{@code new float[n]} alone (what a new output costs the function mode and the block run before any pixel);</li>
 * <li>the whole-image call as a function (a new image) and {@code into} a preallocated image;</li>
 * <li>the {@link BlockEngine} run by blocks of the given size (a new output, as the function mode);</li>
 * <li>the engine's block calls without the engine: each block's box of the image dispatched {@code into} its box of
 * the preallocated image, the boxes made per call (as the engine makes them) or made once.</li>
 * </ul>
 * Prints each one's median and quartiles, and the block run's excess over the function mode per block. Run from the
 * test class path: {@code java -cp ... io.github.fijidispatch.bench.BlockPointOpParts SIZE BLOCK ROUNDS}, e.g.
 * {@code 2048x2048 128 61}.
 */
public final class BlockPointOpParts {

	/** Untimed rounds first: at least this many, and for at least 5 s (as {@link BlockOverhead}: the JIT settles). */
	private static final int WARM_UP_ROUNDS = 100;
	private static final long WARM_UP_NANOS = 5_000_000_000L;
	private static final double VALUE = 5;

	private BlockPointOpParts() {
		// NB: a main class
	}

	public static void main(final String[] args) {
		final long[] dims = Arrays.stream(args[0].split("x")).mapToLong(Long::parseLong).toArray();
		final long block = Long.parseLong(args[1]);
		final int rounds = Integer.parseInt(args[2]);
		try (Context context = new Context(DispatchService.class)) {
			final DispatchService dispatch = context.service(DispatchService.class);
			final BlockEngine engine = new BlockEngine(dispatch).threads(1);
			final Img<?> image = ConformanceImages.random(PixelKind.FLOAT32, 7, dims);
			final Img<?> preallocated = ArrayImgs.floats(dims);
			final float[] in = floats(image);
			final float[] out = floats(preallocated);
			final int width = (int) dims[0];
			final Map<String, Runnable> parts = new LinkedHashMap<>();
			parts.put("plain loop, row by row", () -> addRows(in, out, width));
			parts.put("new float[n] alone", () -> keep(new float[in.length]));
			parts.put("whole image, function", () -> add(dispatch, image).run());
			parts.put("whole image, into", () -> add(dispatch, image).into(preallocated).run());
			parts.put("blocks of " + block + ", new output", () -> engine.run(add(dispatch, image), block));
			// NB: the engine's block calls without the engine: the same boxes (as the engine makes them), made per call
			// or once, each dispatched into its box of the preallocated image
			final List<Interval> boxes = new ArrayList<>();
			for (final Block b : BlockGrid.of(dims, new long[] { block }).contiguous().blocks())
				boxes.add(b.interval());
			final List<RandomAccessibleInterval<?>[]> made = new ArrayList<>();
			for (final Interval box : boxes)
				made.add(new RandomAccessibleInterval<?>[] { box(image, box), box(preallocated, box) });
			parts.put("block calls, boxes per call", () -> {
				for (final Interval box : boxes)
					add(dispatch, box(image, box)).into(box(preallocated, box)).run();
			});
			parts.put("block calls, boxes made once", () -> {
				for (final RandomAccessibleInterval<?>[] pair : made)
					add(dispatch, pair[0]).into(pair[1]).run();
			});
			final Map<String, double[]> times = time(parts, rounds);
			for (final Map.Entry<String, double[]> part : times.entrySet()) {
				final double[] t = part.getValue();
				System.out.println(String.format(Locale.ROOT, "%-28s %7.3f ms (quartiles %.3f-%.3f)", part.getKey(),
					t[rounds / 2], t[rounds / 4], t[(3 * rounds) / 4]));
			}
			// NB: the engine's grid for a point op in memory: whole rows holding at most a block's pixels
			final int blocks = BlockGrid.of(dims, new long[] { block }).contiguous().size();
			final double excess = median(times, 4) - median(times, 2);
			System.out.println(String.format(Locale.ROOT, "blocks over function: %.3f ms in %d calls, %.2f us a call",
				excess, blocks, 1000 * excess / blocks));
		}
	}

	/** Warm-up rounds, then {@code rounds} timed rounds of every part in turn, each sorted. */
	private static Map<String, double[]> time(final Map<String, Runnable> parts, final int rounds) {
		final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		final Map<String, double[]> times = new LinkedHashMap<>();
		for (final String part : parts.keySet())
			times.put(part, new double[rounds]);
		Parallelization.runSingleThreaded(() -> {
			final long warm = System.nanoTime() + WARM_UP_NANOS;
			for (int r = 0; r < WARM_UP_ROUNDS || System.nanoTime() < warm; r++)
				for (final Runnable part : parts.values())
					part.run();
			for (int r = 0; r < rounds; r++)
				for (final Map.Entry<String, Runnable> part : parts.entrySet()) {
					final long start = cpu.getCurrentThreadCpuTime();
					part.getValue().run();
					final long end = cpu.getCurrentThreadCpuTime();
					times.get(part.getKey())[r] = (end - start) / 1e6;
				}
		});
		for (final double[] t : times.values())
			Arrays.sort(t);
		return times;
	}

	private static double median(final Map<String, double[]> times, final int part) {
		final double[] t = times.values().toArray(new double[0][])[part];
		return t[t.length / 2];
	}

	/** A box of {@code image} as the engine makes one: offset to the box's min, of its size. */
	private static RandomAccessibleInterval<?> box(final RandomAccessibleInterval<?> image, final Interval box) {
		return Views.interval(Views.offset(image, Intervals.minAsLongArray(box)), new FinalInterval(Intervals
			.dimensionsAsLongArray(box)));
	}

	private static OpRequest add(final DispatchService dispatch, final RandomAccessibleInterval<?> image) {
		return dispatch.op("math.add_scalar").input(image).set("value", VALUE).on("imglib2");
	}

	private static void addRows(final float[] in, final float[] out, final int width) {
		for (int row = 0; row < in.length; row += width)
			addRow(in, out, row, row + width);
	}

	private static void addRow(final float[] in, final float[] out, final int from, final int to) {
		for (int i = from; i < to; i++)
			out[i] = in[i] + (float) VALUE;
	}

	/** Somewhere for an array to go, so that the JIT cannot leave its allocation out. */
	private static volatile float[] kept;

	private static void keep(final float[] array) {
		kept = array;
	}

	private static float[] floats(final Img<?> image) {
		return ((FloatArray) ((ArrayImg<?, ?>) image).update(null)).getCurrentStorageArray();
	}
}
