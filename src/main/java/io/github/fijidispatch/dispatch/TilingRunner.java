package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.OpCall;

import org.scijava.plugin.SciJavaPlugin;

/**
 * Runs a call that is too large for a device tile by tile on that device (README, "Beyond device memory"). A
 * SciJava plugin ({@code @Plugin(type = TilingRunner.class)}) found by the dispatch service, so that dispatch
 * needs no knowledge of blocks: the block engine implements it. Dispatch asks for a {@link #plan} when a device
 * implementation answers {@linkplain io.github.fijidispatch.backend.Support#tooLarge too large}, checks the largest
 * tile against the device, and {@link #run}s the plan when the tiled candidate is chosen. Implementations keep no
 * per-call state.
 */
public interface TilingRunner extends SciJavaPlugin {

	/**
	 * How to split {@code call} so that no tile call reads more than {@code maxTilePixels} pixels per input (halo
	 * included), or why it cannot be split (no block plan, a halo too large). Pure: must not touch pixels.
	 */
	Tiling plan(OpCall call, long maxTilePixels);

	/**
	 * Runs {@code call} (host inputs, a new result) as {@code tiling} says, every tile through {@code dispatch} on
	 * {@code backendId}, and returns what the whole call returns: a host image or a table.
	 */
	Object run(DispatchService dispatch, OpCall call, String backendId, Tiling tiling);
}
