package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Parameters;

/**
 * How a {@link TilingRunner} would split one call into tiles, or why it cannot: the block size, the number of
 * tiles the device runs, and the largest tile as a call (its inputs' sizes and its parameters), which dispatch
 * checks against the device and prices. Plain immutable values.
 */
public final class Tiling {

	private final String refusal;
	private final long[] blockSize;
	private final int tiles;
	private final List<ImageInfo> largestTile;
	private final Parameters largestTileParams;

	private Tiling(final String refusal, final long[] blockSize, final int tiles, final List<ImageInfo> largestTile,
		final Parameters largestTileParams)
	{
		this.refusal = refusal;
		this.blockSize = blockSize;
		this.tiles = tiles;
		this.largestTile = largestTile;
		this.largestTileParams = largestTileParams;
	}

	/**
	 * @param blockSize the engine's block size, per axis
	 * @param tiles how many tile calls run on the device (at least 2)
	 * @param largestTile the inputs' sizes of the largest tile call (halo included)
	 * @param largestTileParams that call's resolved parameters
	 */
	public static Tiling of(final long[] blockSize, final int tiles, final List<ImageInfo> largestTile,
		final Parameters largestTileParams)
	{
		if (tiles < 1) throw new IllegalArgumentException("a tiling needs at least one tile, not " + tiles);
		return new Tiling(null, blockSize.clone(), tiles, Collections.unmodifiableList(new ArrayList<>(largestTile)),
			largestTileParams);
	}

	/** No tiling, for the reason given (which the decline quotes). */
	public static Tiling refused(final String reason) {
		if (reason == null || reason.trim().isEmpty()) throw new IllegalArgumentException("a refusal needs a reason");
		return new Tiling(reason, null, 0, Collections.<ImageInfo> emptyList(), null);
	}

	public boolean isPossible() {
		return refusal == null;
	}

	/** Why the call cannot be tiled; empty when it can. */
	public String refusal() {
		return refusal == null ? "" : refusal;
	}

	/** The block size per axis. */
	public long[] blockSize() {
		return blockSize == null ? new long[0] : blockSize.clone();
	}

	/** How many tile calls the device runs (0 for a refusal). */
	public int tiles() {
		return tiles;
	}

	/** The inputs' sizes of the largest tile, halo included. */
	public List<ImageInfo> largestTile() {
		return largestTile;
	}

	/** The largest tile call's parameters (an index mapping's tile has its own, e.g. a crop's box). */
	public Parameters largestTileParams() {
		return largestTileParams;
	}

	/** E.g. {@code 27 tiles of 64×64×64 (largest read 80×80×80)}. */
	public String describe() {
		if (!isPossible()) return "not tiled: " + refusal;
		return tiles + " tiles of " + join(blockSize) + (largestTile.isEmpty() ? "" : " (largest read " +
			largestTile.get(0).sizeString() + ")");
	}

	private static String join(final long[] values) {
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < values.length; d++)
			sb.append(d == 0 ? "" : "×").append(values[d]);
		return sb.toString();
	}

	@Override
	public String toString() {
		return isPossible() ? describe() + " " + Arrays.toString(blockSize) : describe();
	}
}
