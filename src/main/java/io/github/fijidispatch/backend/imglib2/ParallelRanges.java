package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;
import net.imglib2.util.Intervals;

/**
 * The reference backend's one task splitter: work over the indices
 * {@code [0, total)} (or the slabs of an interval) cut into contiguous
 * ranges, run in parallel on ImgLib2's current {@link TaskExecutor} (so that
 * {@code Parallelization.runSingleThreaded} and custom executors apply). A
 * range is never smaller than the caller's grain unless the whole is.
 */
final class ParallelRanges {

	private ParallelRanges() {
		// NB: static holder
	}

	/** Work on the index range [{@code from}, {@code to}). */
	@FunctionalInterface
	interface RangeTask {

		void run(long from, long to);
	}

	/**
	 * Runs {@code task} over {@code [0, total)} in at most as many ranges as
	 * the executor suggests, each of at least {@code grain} indices.
	 */
	static void forEach(final long total, final long grain, final RangeTask task) {
		// NB: one range (a small image, or one thread: every block of a block run) runs here with no list made
		if (total > 0 && tasks(total, grain) == 1) task.run(0, total);
		else forEach(split(total, grain), task);
	}

	/**
	 * The ranges {@link #forEach(long, long, RangeTask)} cuts {@code [0, total)}
	 * into, in order, none empty: for work that later visits the seams.
	 */
	static List<long[]> split(final long total, final long grain) {
		final List<long[]> ranges = new ArrayList<>();
		if (total <= 0) return ranges;
		final int tasks = tasks(total, grain);
		for (int t = 0; t < tasks; t++)
			ranges.add(new long[] { total * t / tasks, total * (t + 1) / tasks });
		return ranges;
	}

	/** How many ranges {@link #split} cuts {@code total > 0} indices into. */
	private static int tasks(final long total, final long grain) {
		final long byGrain = Math.max(1, total / Math.max(1, grain));
		return (int) Math.max(1, Math.min(byGrain, Parallelization.getTaskExecutor().suggestNumberOfTasks()));
	}

	/** Runs {@code task} over each of {@code ranges} in parallel (a single range on the calling thread). */
	static void forEach(final List<long[]> ranges, final RangeTask task) {
		if (ranges.isEmpty()) return;
		if (ranges.size() == 1) {
			task.run(ranges.get(0)[0], ranges.get(0)[1]);
			return;
		}
		Parallelization.getTaskExecutor().forEach(ranges, range -> task.run(range[0], range[1]));
	}

	/**
	 * Cuts {@code interval} into slabs along its last axis (whole rows of a
	 * 2D image, whole planes of a 3D image), in order, none empty: as many as
	 * {@link #split} makes of that axis. The unit of work for code that needs
	 * pixel positions.
	 */
	static List<Interval> slabs(final Interval interval) {
		final int last = interval.numDimensions() - 1;
		final List<Interval> slabs = new ArrayList<>();
		for (final long[] range : split(interval.dimension(last), 1)) {
			final long[] min = Intervals.minAsLongArray(interval);
			final long[] max = Intervals.maxAsLongArray(interval);
			min[last] = interval.min(last) + range[0];
			max[last] = interval.min(last) + range[1] - 1;
			slabs.add(new FinalInterval(min, max));
		}
		return slabs;
	}

	/** Applies {@code task} to every {@link #slabs slab} in parallel; the results come back in slab order. */
	static <R> List<R> mapSlabs(final Interval interval, final Function<Interval, R> task) {
		return Parallelization.getTaskExecutor().forEachApply(slabs(interval), task);
	}
}
