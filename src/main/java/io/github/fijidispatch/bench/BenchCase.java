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

	public BenchCase(final String opId, final Map<String, Object> params, final boolean maskInput, final String peerName,
		final Ij1Peer peer)
	{
		this.opId = opId;
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
