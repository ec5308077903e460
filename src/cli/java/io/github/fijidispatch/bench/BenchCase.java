package io.github.fijidispatch.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One op of the benchmark with fixed parameters, whether it reads a mask,
 * and its ImageJ 1 peer ({@code null} when ImageJ 1 has none).
 */
public final class BenchCase {

	private final String opId;
	private final Map<String, Object> params;
	private final boolean maskInput;
	private final Ij1Peer peer;
	private final String peerName;
	private final int inputCount;

	public BenchCase(final String opId, final Map<String, Object> params, final boolean maskInput, final String peerName,
		final Ij1Peer peer)
	{
		this(opId, params, maskInput, 1, peerName, peer);
	}

	/** @param inputCount how many times the op takes the benchmark image (2 for pairwise math) */
	public BenchCase(final String opId, final Map<String, Object> params, final boolean maskInput, final int inputCount,
		final String peerName, final Ij1Peer peer)
	{
		this.opId = opId;
		this.inputCount = inputCount;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.maskInput = maskInput;
		this.peerName = peerName;
		this.peer = peer;
	}

	public String opId() {
		return opId;
	}

	public Map<String, Object> params() {
		return params;
	}

	public boolean maskInput() {
		return maskInput;
	}

	/** How many inputs the op takes: each is the benchmark image. */
	public int inputCount() {
		return inputCount;
	}

	/** The ImageJ 1 peer, or {@code null}. */
	public Ij1Peer peer() {
		return peer;
	}

	/** What the peer calls, e.g. {@code RankFilters.rank(MEDIAN)}; empty without a peer. */
	public String peerName() {
		return peerName == null ? "" : peerName;
	}

	/** {@code filter.gauss sigma=2}. */
	public String label() {
		final StringBuilder sb = new StringBuilder(opId);
		for (final Map.Entry<String, Object> e : params.entrySet())
			sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
		return sb.toString();
	}
}
