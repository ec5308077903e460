package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.parallel.Parallelization;
import net.imglib2.parallel.TaskExecutor;

/**
 * Work over the indices {@code [0, total)} cut into contiguous ranges, run in
 * parallel on ImgLib2's current {@link TaskExecutor} (so that
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
		if (total <= 0) return;
		final TaskExecutor executor = Parallelization.getTaskExecutor();
		final long byGrain = Math.max(1, total / Math.max(1, grain));
		final int tasks = (int) Math.max(1, Math.min(byGrain, executor.suggestNumberOfTasks()));
		if (tasks == 1) {
			task.run(0, total);
			return;
		}
		final List<long[]> ranges = new ArrayList<>(tasks);
		for (int t = 0; t < tasks; t++)
			ranges.add(new long[] { total * t / tasks, total * (t + 1) / tasks });
		executor.forEach(ranges, range -> task.run(range[0], range[1]));
	}
}
