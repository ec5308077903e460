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
	 * Cuts {@code interval} into slabs along its last axis, in order, none
	 * empty: as many as {@link ParallelRanges#split} makes of that axis.
	 */
	public static List<Interval> of(final Interval interval) {
		final int last = interval.numDimensions() - 1;
		final List<Interval> slabs = new ArrayList<>();
		for (final long[] range : ParallelRanges.split(interval.dimension(last), 1)) {
			final long[] min = Intervals.minAsLongArray(interval);
			final long[] max = Intervals.maxAsLongArray(interval);
			min[last] = interval.min(last) + range[0];
			max[last] = interval.min(last) + range[1] - 1;
			slabs.add(new FinalInterval(min, max));
		}
		return slabs;
	}

	/** Applies {@code task} to every slab in parallel; the results come back in slab order. */
	public static <R> List<R> map(final Interval interval, final Function<Interval, R> task) {
		return Parallelization.getTaskExecutor().forEachApply(of(interval), task);
	}
}
