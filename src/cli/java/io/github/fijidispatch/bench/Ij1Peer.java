package io.github.fijidispatch.bench;

import ij.ImagePlus;

/**
 * An ImageJ 1.54 built-in that does what a benchmarked op does, timed as a
 * peer in the same run. {@link #prepare} (not timed) gets a fresh copy of
 * the input and returns the timed work, or {@code null} when ImageJ 1 has no
 * counterpart for that input (e.g. a 2D projection along z).
 */
public interface Ij1Peer {

	/** @param input a copy the work may modify */
	Runnable prepare(ImagePlus input);
}
