package io.github.fijidispatch.block;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What a block run did, for the output's provenance: the op, its resolved parameters, the blocks each backend ran. */
public final class BlockRunSummary {

	/** The key of the blocks that a merge pass of the engine ran on the host itself (a histogram, a value range). */
	public static final String HOST = "host";

	private final String op;
	private final Map<String, Object> parameters;
	private final Map<String, Long> blocksByBackend;

	public BlockRunSummary(final String op, final Map<String, ?> parameters, final Map<String, Long> blocksByBackend) {
		this.op = op;
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		this.blocksByBackend = Collections.unmodifiableMap(new TreeMap<>(blocksByBackend));
	}

	public String op() {
		return op;
	}

	public Map<String, Object> parameters() {
		return parameters;
	}

	/** Block calls per backend id, and {@link #HOST} for blocks of a merge pass (every pass counted). */
	public Map<String, Long> blocksByBackend() {
		return blocksByBackend;
	}

	@Override
	public String toString() {
		return op + " " + parameters + ", blocks by backend " + blocksByBackend;
	}
}
