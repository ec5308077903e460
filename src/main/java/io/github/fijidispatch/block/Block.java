package io.github.fijidispatch.block;

import java.io.Serializable;
import java.util.Arrays;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;

/**
 * One block of a {@link BlockGrid}: its interior (the pixels it produces) and
 * its halo box (the pixels it reads: the interior grown by the plan's halo,
 * clipped at the image border), both inclusive per axis. A plain value,
 * serialisable.
 */
public final class Block implements Serializable {

	private static final long serialVersionUID = 1L;

	private final int index;
	private final long[] min;
	private final long[] max;
	private final long[] haloMin;
	private final long[] haloMax;

	Block(final int index, final long[] min, final long[] max, final long[] haloMin, final long[] haloMax) {
		this.index = index;
		this.min = min;
		this.max = max;
		this.haloMin = haloMin;
		this.haloMax = haloMax;
	}

	/** The block's place in its grid, X fastest. */
	public int index() {
		return index;
	}

	public long[] min() {
		return min.clone();
	}

	public long[] max() {
		return max.clone();
	}

	public long[] haloMin() {
		return haloMin.clone();
	}

	public long[] haloMax() {
		return haloMax.clone();
	}

	/** The interior, in image coordinates. */
	public Interval interval() {
		// NB: wrapped, not copied: FinalInterval never changes or hands out its arrays, nor does this block
		return FinalInterval.wrap(min, max);
	}

	/** The box read: the interior with its halo, clipped at the image border. */
	public Interval haloInterval() {
		return FinalInterval.wrap(haloMin, haloMax);
	}

	/** The interior in the coordinates of the halo box (whose first pixel is 0). */
	public Interval interiorInHalo() {
		final long[] lo = new long[min.length];
		final long[] hi = new long[min.length];
		for (int d = 0; d < lo.length; d++) {
			lo[d] = min[d] - haloMin[d];
			hi[d] = max[d] - haloMin[d];
		}
		return new FinalInterval(lo, hi);
	}

	@Override
	public String toString() {
		return "block " + index + " " + Arrays.toString(min) + ".." + Arrays.toString(max);
	}
}
