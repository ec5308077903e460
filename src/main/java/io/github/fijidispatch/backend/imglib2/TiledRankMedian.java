package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

/**
 * The 2D median of float values of any kind (many distinct values, NaN,
 * ±Inf, signed zeros), tile by tile: the values a tile's windows can reach
 * (the tile plus the neighbourhood's reach, clamped to the image edge like
 * {@link RowSweep}) are sorted once, and each window is then a bitset over
 * that sorted order. Sliding a window by one pixel toggles two bits per run;
 * the median is the set bit of rank {@code n/2}, found by counting bits word
 * by word. NaN keys sort last (the order of {@link SortedWindow#key}), so the
 * window counts its NaN as the bits it holds at or above the first NaN rank:
 * the result is the upper median of the {@code n} values that are not NaN,
 * NaN when {@code n = 0}, the same rule and value as {@link Imglib2Median}'s
 * sorted window. Per pixel this costs {@code 2·runs} bit toggles and a scan
 * of a few words plus the tile's share of one sort, against a sorted
 * window's {@code runs} insertions that each move a share of the window.
 */
final class TiledRankMedian {

	/** The most words a tile's bitset may have: 1024 sorted values. */
	private static final int MAX_WORDS = 16;

	private final int width;
	private final int height;
	private final int reachX;
	private final int reachY;
	private final int[] runRows;
	private final int[] runHalfWidths;
	private final int size;
	private final int tileWidth;
	private final int tileHeight;

	private TiledRankMedian(final int width, final int height, final Neighbourhood nb) {
		this.width = width;
		this.height = height;
		final int runs = nb.rowCount();
		runRows = new int[runs];
		runHalfWidths = new int[runs];
		int ry = 0;
		for (int k = 0; k < runs; k++) {
			runRows[k] = nb.rowOffset(k)[0];
			runHalfWidths[k] = nb.halfWidth(k);
			ry = Math.max(ry, Math.abs(runRows[k]));
		}
		reachX = nb.maxHalfWidth();
		reachY = ry;
		size = nb.size();
		tileWidth = tileSide(reachX);
		tileHeight = tileSide(reachY);
	}

	/** Whether {@link #median} handles {@code nb}: a 2D neighbourhood whose tiles fit the bitset. */
	static boolean handles(final Neighbourhood nb) {
		if (nb.numDimensions() != 2) return false;
		final int[] r = nb.radii();
		return (tileSide(r[0]) + 2L * r[0]) * (tileSide(r[1]) + 2L * r[1]) <= 64L * MAX_WORDS;
	}

	/** The median of the 2D {@code volume} over {@code nb} (which {@link #handles}), as a new volume. */
	static FloatVolume median(final FloatVolume volume, final Neighbourhood nb) {
		final int[] dims = volume.dims();
		if (dims.length != 2 || !handles(nb)) throw new IllegalArgumentException("tiled median of " + nb + " on a " +
			dims.length + "D image");
		final TiledRankMedian m = new TiledRankMedian(dims[0], dims[1], nb);
		final FloatVolume out = FloatVolume.zeros(volume.img().dimensionsAsLongArray());
		final int bands = (m.height + m.tileHeight - 1) / m.tileHeight;
		ParallelRanges.forEach(bands, Math.max(1, (1 << 14) / ((long) m.tileHeight * m.width)), (first, end) -> {
			final Tile tile = m.new Tile();
			for (int b = (int) first; b < end; b++)
				for (int x0 = 0; x0 < m.width; x0 += m.tileWidth)
					tile.filter(volume.data(), out.data(), x0, b * m.tileHeight);
		});
		return out;
	}

	/**
	 * The output side of a tile along an axis of reach {@code r}: input sides
	 * of about 4r + 8, so that the sort is shared by enough pixels while the
	 * bitset stays a few words long.
	 */
	private static int tileSide(final int r) {
		return 2 * r + 8;
	}

	/** One task's scratch: the sorted tile and the window's bits. */
	private final class Tile {

		private final int regionWidth = tileWidth + 2 * reachX;
		private final long[] entries = new long[regionWidth * (tileHeight + 2 * reachY)];
		private final int[] rankAt = new int[entries.length];
		private final float[] valueOfRank = new float[entries.length];
		private final long[] bits = new long[MAX_WORDS];
		private final int[] enter = new int[runRows.length];

		/** Filters the tile whose first output pixel is ({@code x0}, {@code y0}). */
		void filter(final float[] src, final float[] dst, final int x0, final int y0) {
			final int tw = Math.min(tileWidth, width - x0);
			final int th = Math.min(tileHeight, height - y0);
			final int nanStart = sortRegion(src, x0, y0, tw + 2 * reachX, th + 2 * reachY);
			final int runs = runRows.length;
			for (int oy = 0; oy < th; oy++) {
				Arrays.fill(bits, 0L);
				int nan = 0;
				for (int k = 0; k < runs; k++) {
					final int base = (oy + reachY + runRows[k]) * regionWidth + reachX;
					final int h = runHalfWidths[k];
					for (int i = base - h; i <= base + h; i++)
						nan += toggle(rankAt[i], nanStart);
					enter[k] = base + h + 1;
				}
				final int row = (y0 + oy) * width + x0;
				for (int ox = 0;; ox++) {
					final int n = size - nan;
					dst[row + ox] = n == 0 ? Float.NaN : valueOfRank[select(n >>> 1)];
					if (ox + 1 == tw) break;
					for (int k = 0; k < runs; k++) {
						final int in = enter[k]++;
						nan -= toggle(rankAt[in - 2 * runHalfWidths[k] - 1], nanStart);
						nan += toggle(rankAt[in], nanStart);
					}
				}
			}
		}

		/** Flips rank {@code r}'s bit; 1 if it is a NaN rank, else 0. */
		private int toggle(final int r, final int nanStart) {
			bits[r >>> 6] ^= 1L << r;
			return (nanStart - 1 - r) >>> 31;
		}

		/**
		 * Sorts the clamped region of {@code rw × rh} values whose first is the
		 * pixel ({@code x0 − reachX}, {@code y0 − reachY}); returns the first NaN rank.
		 */
		private int sortRegion(final float[] src, final int x0, final int y0, final int rw, final int rh) {
			int i = 0;
			for (int ry = 0; ry < rh; ry++) {
				final int sy = Math.max(0, Math.min(height - 1, y0 - reachY + ry));
				final int line = sy * width;
				for (int rx = 0; rx < rw; rx++, i++) {
					final int sx = Math.max(0, Math.min(width - 1, x0 - reachX + rx));
					entries[i] = (long) SortedWindow.key(src[line + sx]) << 32 | (ry * regionWidth + rx);
				}
			}
			Arrays.sort(entries, 0, i);
			int nanStart = i;
			for (int r = 0; r < i; r++) {
				final long e = entries[r];
				final float v = SortedWindow.value((int) (e >> 32));
				rankAt[(int) e] = r;
				valueOfRank[r] = v;
				if (v != v && nanStart == i) nanStart = r;
			}
			return nanStart;
		}

		/** The index of the set bit of rank {@code rank} (0-based). */
		private int select(final int rank) {
			int t = rank;
			int w = 0;
			long word = bits[0];
			int c = Long.bitCount(word);
			while (t >= c) {
				t -= c;
				word = bits[++w];
				c = Long.bitCount(word);
			}
			int pos = w << 6;
			for (int half = 32; half > 0; half >>>= 1) {
				// NB: branch-free, the halves' counts are random
				final int low = Long.bitCount(word & ((1L << half) - 1));
				final int skip = ~((t - low) >> 31);
				t -= low & skip;
				word >>>= half & skip;
				pos += half & skip;
			}
			return pos;
		}
	}
}
