package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named benchmark cell: one op with its parameters on one generated
 * {@link CellInput}, and the peers that do the same work on the same data:
 * {@link #IJ1} (the op's ImageJ 1 built-in from {@link BenchCatalog}) and
 * Python peers by the names {@link PythonPeer#NAMES} lists (numpy,
 * scikit-image, SciPy). Parameters are kept as text; the op parses them
 * as on the command line.
 */
public final class BenchCell {

	/** The peer name of ImageJ 1's built-in for the op. */
	public static final String IJ1 = "ij1";

	private final String name;
	private final String opId;
	private final Map<String, String> params;
	private final CellInput input;
	private final List<String> peers;

	/**
	 * @throws IllegalArgumentException for an empty name or op id, or a peer
	 *           that is neither {@link #IJ1} nor one of {@link PythonPeer#NAMES}
	 */
	public BenchCell(final String name, final String opId, final Map<String, String> params, final CellInput input,
		final List<String> peers)
	{
		if (name == null || !name.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("bench cells: cell name '" +
			name + "' must be letters, digits, '.', '_' or '-'");
		if (opId == null || opId.isEmpty()) throw new IllegalArgumentException("bench cells: cell '" + name + "' names no op");
		for (final String peer : peers)
			if (!peer.equals(IJ1) && !PythonPeer.NAMES.contains(peer)) throw new IllegalArgumentException("bench cells: cell '" +
				name + "' has unknown peer '" + peer + "'; known peers: " + IJ1 + ", " + String.join(", ", PythonPeer.NAMES));
		this.name = name;
		this.opId = opId;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.input = input;
		this.peers = Collections.unmodifiableList(new ArrayList<>(peers));
	}

	public String name() {
		return name;
	}

	public String opId() {
		return opId;
	}

	/** The op's parameters as text, in the order given. */
	public Map<String, String> params() {
		return params;
	}

	public CellInput input() {
		return input;
	}

	/** The peers, in the order given (may be empty: the project's time alone). */
	public List<String> peers() {
		return peers;
	}

	/** {@code label.components connectivity=full}. */
	public String opLabel() {
		final StringBuilder sb = new StringBuilder(opId);
		for (final Map.Entry<String, String> e : params.entrySet())
			sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
		return sb.toString();
	}

	/** The cell as one line of a cell file ({@link BenchCells#parse} reads it back). */
	@Override
	public String toString() {
		return name + " | " + opLabel() + " | " + input + " | " + String.join(" ", peers);
	}
}
