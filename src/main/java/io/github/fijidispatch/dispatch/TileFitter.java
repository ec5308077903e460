package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;

/**
 * Finds tiles that fit a device for a call its implementation found
 * {@linkplain Support#tooLarge too large}: asks the {@link TilingRunner} for
 * tiles of the share of the call that fits (with a margin), then puts the
 * largest tile to the same implementation's check, shrinking the tiles until
 * it says yes. Pure (no pixels are touched), so {@code explain} and
 * {@code run} agree.
 */
final class TileFitter {

	/** What the largest tile may use of the share that fits: room for the halo's rounding and the output. */
	private static final double MARGIN = 0.8;
	/** Shrinking steps before giving up; each at least halves the tile. */
	private static final int ATTEMPTS = 16;

	private final TilingRunner runner;

	/** @param runner the installed tiling runner, or {@code null} when none is (every tiling is refused) */
	TileFitter(final TilingRunner runner) {
		this.runner = runner;
	}

	/** A tiling of {@code call} whose largest tile {@code impl} accepts on {@code backend}, or a refusal saying why not. */
	Tiling fit(final OpCall call, final Backend backend, final OpImplementation impl, final Support tooLarge) {
		if (runner == null) return Tiling.refused("no tiling runner is installed");
		long maxPixels = (long) (largestInput(call) * tooLarge.fitFraction() * MARGIN);
		for (int attempt = 0; attempt < ATTEMPTS && maxPixels >= 1; attempt++) {
			final Tiling tiling = runner.plan(call, maxPixels);
			if (!tiling.isPossible()) return tiling;
			final Support tile = impl.supports(tileCall(call, tiling), backend);
			if (tile.isYes()) return tiling;
			if (!tile.isTooLarge()) return Tiling.refused("a tile (" + tiling.describe() + ") is declined: " + tile.reason());
			final long tilePixels = tiling.largestTile().get(0).pixelCount();
			maxPixels = Math.min(tilePixels / 2, (long) (tilePixels * tile.fitFraction() * MARGIN));
		}
		return Tiling.refused("no tile with the op's halo fits the device");
	}

	/** The largest tile as a call of its own: for the device check and the cost prediction (its inputs are not read). */
	static OpCall tileCall(final OpCall call, final Tiling tiling) {
		return new OpCall(call.op(), tiling.largestTileParams(), call.inputs(), tiling.largestTile(), call.deviceBudgetBytes());
	}

	private static long largestInput(final OpCall call) {
		long n = 1;
		for (int i = 0; i < call.infos().size(); i++)
			n = Math.max(n, call.info(i).pixelCount());
		return n;
	}
}
