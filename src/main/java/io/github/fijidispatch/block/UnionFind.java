package io.github.fijidispatch.block;

/** Disjoint sets over the ids 0..n−1, with path halving and union by the smaller root (so a root is its set's least id). */
final class UnionFind {

	private final int[] parent;

	UnionFind(final int n) {
		parent = new int[n];
		for (int i = 0; i < n; i++)
			parent[i] = i;
	}

	int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	void union(final int a, final int b) {
		final int ra = find(a);
		final int rb = find(b);
		if (ra < rb) parent[rb] = ra;
		else if (rb < ra) parent[ra] = rb;
	}
}
