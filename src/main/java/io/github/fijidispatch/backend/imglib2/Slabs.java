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
 * Parallel work over an interval cut into slabs along its last axis (whole
 * rows of a 2D image, whole planes of a 3D image): the unit of work for
 * reference code that needs pixel positions, run on ImgLib2's current
 * {@link TaskExecutor} (so {@code Parallelization.runWithNumThreads} applies).
 */
public final class Slabs {

	private Slabs() {
		// NB: static holder
	}

	/**
	 * Cuts {@code interval} into at most {@code executor.suggestNumberOfTasks()}
	 * slabs along its last axis, in order, none empty.
	 */
	public static List<Interval> of(final Interval interval, final TaskExecutor executor) {
		final int last = interval.numDimensions() - 1;
		final long length = interval.dimension(last);
		final int count = (int) Math.max(1, Math.min(length, executor.suggestNumberOfTasks()));
		final List<Interval> slabs = new ArrayList<>(count);
		for (int t = 0; t < count; t++) {
			final long[] min = Intervals.minAsLongArray(interval);
			final long[] max = Intervals.maxAsLongArray(interval);
			min[last] = interval.min(last) + length * t / count;
			max[last] = interval.min(last) + length * (t + 1) / count - 1;
			slabs.add(new FinalInterval(min, max));
		}
		return slabs;
	}

	/** Applies {@code task} to every slab in parallel; the results come back in slab order. */
	public static <R> List<R> map(final Interval interval, final Function<Interval, R> task) {
		final TaskExecutor executor = Parallelization.getTaskExecutor();
		return executor.forEachApply(of(interval, executor), task);
	}
}
