package io.github.fijidispatch.dispatch;


/**
 * What a measured cost belongs to: an op on a backend for images of a
 * dimensionality ({@code dims} 0 stands for "any", used by warm-up entries).
 */
final class CostKey implements Comparable<CostKey> {

	final String opId;
	final String backendId;
	final int dims;

	/** A key from ids the registry already holds (every call: no checks). */
	CostKey(final String opId, final String backendId, final int dims) {
		this.opId = opId;
		this.backendId = backendId;
		this.dims = dims;
	}

	/**
	 * A key from text read back from a file, checked.
	 *
	 * @throws IllegalArgumentException for empty ids, ids with white space, or negative dims
	 */
	static CostKey checked(final String opId, final String backendId, final int dims) {
		if (opId == null || backendId == null || opId.isEmpty() || backendId.isEmpty() || !isToken(opId) ||
			!isToken(backendId)) throw new IllegalArgumentException("cost key: op '" + opId + "' and backend '" + backendId +
				"' must be non-empty words without white space");
		if (dims < 0) throw new IllegalArgumentException("cost key: dims must be ≥ 0, not " + dims);
		return new CostKey(opId, backendId, dims);
	}

	private static boolean isToken(final String s) {
		for (int i = 0; i < s.length(); i++)
			if (Character.isWhitespace(s.charAt(i))) return false;
		return true;
	}

	CostKey anyDims() {
		return dims == 0 ? this : new CostKey(opId, backendId, 0);
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof CostKey)) return false;
		final CostKey k = (CostKey) o;
		return dims == k.dims && opId.equals(k.opId) && backendId.equals(k.backendId);
	}

	@Override
	public int hashCode() {
		return (opId.hashCode() * 31 + backendId.hashCode()) * 31 + dims;
	}

	@Override
	public int compareTo(final CostKey o) {
		int c = opId.compareTo(o.opId);
		if (c == 0) c = backendId.compareTo(o.backendId);
		return c != 0 ? c : Integer.compare(dims, o.dims);
	}

	@Override
	public String toString() {
		return opId + " on " + backendId + (dims == 0 ? "" : " (" + dims + "D)");
	}
}
