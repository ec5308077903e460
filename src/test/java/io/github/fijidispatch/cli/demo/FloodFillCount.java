package io.github.fijidispatch.cli.demo;

import java.util.ArrayDeque;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * An independent count of the objects in a 2D or 3D mask, for tests: a
 * breadth-first flood fill over the non-zero pixels with full connectivity (8
 * neighbours in 2D, 26 in 3D), on a flat copy. Shares no code with the
 * backends' labelling.
 */
public final class FloodFillCount {

	private FloodFillCount() {
		// NB: static holder
	}

	/** The number of fully connected components of the non-zero pixels. */
	public static int components(final RandomAccessibleInterval<? extends RealType<?>> mask) {
		final int n = mask.numDimensions();
		final int w = (int) mask.dimension(0);
		final int h = (int) mask.dimension(1);
		final int d = n > 2 ? (int) mask.dimension(2) : 1;
		final boolean[] foreground = new boolean[(int) Intervals.numElements(mask)];
		final Cursor<? extends RealType<?>> c = Views.flatIterable(mask).cursor();
		for (int i = 0; c.hasNext(); i++)
			foreground[i] = c.next().getRealDouble() != 0;
		final boolean[] seen = new boolean[foreground.length];
		final ArrayDeque<Integer> queue = new ArrayDeque<>();
		int components = 0;
		for (int start = 0; start < foreground.length; start++) {
			if (!foreground[start] || seen[start]) continue;
			components++;
			seen[start] = true;
			queue.add(start);
			while (!queue.isEmpty()) {
				final int i = queue.poll();
				final int x = i % w;
				final int y = (i / w) % h;
				final int z = i / (w * h);
				for (int dz = d > 1 ? -1 : 0; dz <= (d > 1 ? 1 : 0); dz++)
					for (int dy = -1; dy <= 1; dy++)
						for (int dx = -1; dx <= 1; dx++) {
							final int nx = x + dx;
							final int ny = y + dy;
							final int nz = z + dz;
							if (nx < 0 || ny < 0 || nz < 0 || nx >= w || ny >= h || nz >= d) continue;
							final int j = (nz * h + ny) * w + nx;
							if (foreground[j] && !seen[j]) {
								seen[j] = true;
								queue.add(j);
							}
						}
			}
		}
		return components;
	}
}
