package io.github.fijidispatch.conformance;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The region ops by breadth-first flood fills, written from the op javadocs:
 * connected components and hole filling of a mask, where every non-zero pixel
 * is foreground (NaN and the infinities included, as the non-finite rule
 * says).
 */
final class RegionOracle {

	private RegionOracle() {
		// NB: static holder
	}

	/** Components of the non-zero pixels, numbered 1..N in raster order of their first pixel. */
	static Grid components(final Grid mask, final boolean full) {
		final Grid out = new Grid(mask.dims);
		int next = 0;
		for (int i = 0; i < mask.size(); i++)
			if (mask.values[i] != 0 && out.values[i] == 0) fill(mask, out, i, ++next, full, true);
		return out;
	}

	/** Background reached from the border through face-connected background stays 0; every other pixel is 255. */
	static Grid fillHoles(final Grid mask) {
		final Grid outside = new Grid(mask.dims);
		for (int i = 0; i < mask.size(); i++)
			if (mask.values[i] == 0 && outside.values[i] == 0 && mask.onBorder(mask.position(i))) fill(mask, outside, i, 1,
				false, false);
		final Grid out = new Grid(mask.dims);
		for (int i = 0; i < out.size(); i++)
			out.values[i] = outside.values[i] == 1 ? 0 : 255;
		return out;
	}

	/** Marks with {@code mark} every pixel connected to {@code seed} whose foreground-ness is {@code foreground}. */
	private static void fill(final Grid mask, final Grid marks, final int seed, final int mark, final boolean full,
		final boolean foreground)
	{
		final int n = mask.numDimensions();
		final Deque<Integer> queue = new ArrayDeque<>();
		marks.values[seed] = mark;
		queue.add(seed);
		while (!queue.isEmpty()) {
			final long[] p = mask.position(queue.poll());
			for (int k = 0; k < (int) Math.pow(3, n); k++) {
				final long[] q = p.clone();
				int moved = 0;
				for (int d = 0, rest = k; d < n; d++, rest /= 3) {
					final int o = rest % 3 - 1;
					q[d] += o;
					moved += Math.abs(o);
				}
				if (moved == 0 || (!full && moved > 1) || !mask.inside(q)) continue;
				final int j = mask.index(q);
				if ((mask.values[j] != 0) == foreground && marks.values[j] == 0) {
					marks.values[j] = mark;
					queue.add(j);
				}
			}
		}
	}
}
