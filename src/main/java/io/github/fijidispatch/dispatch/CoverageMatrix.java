package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.op.Op;

/**
 * Which backend implements which op: the op × backend matrix that
 * {@code info}, the Backends dialog and the README show, computed from the
 * installed plugins (never written by hand).
 */
public final class CoverageMatrix {

	private final List<String> ops = new ArrayList<>();
	private final List<String> backends = new ArrayList<>();
	private final boolean[][] implemented;

	public CoverageMatrix(final DispatchService dispatch) {
		for (final Op op : dispatch.ops())
			ops.add(op.id());
		for (final Backend b : dispatch.backends())
			backends.add(b.id());
		implemented = new boolean[ops.size()][backends.size()];
		for (int o = 0; o < ops.size(); o++)
			for (int b = 0; b < backends.size(); b++)
				implemented[o][b] = dispatch.implementation(ops.get(o), backends.get(b)) != null;
	}

	public List<String> ops() {
		return ops;
	}

	public List<String> backends() {
		return backends;
	}

	public boolean isImplemented(final String opId, final String backendId) {
		final int o = ops.indexOf(opId);
		final int b = backends.indexOf(backendId);
		return o >= 0 && b >= 0 && implemented[o][b];
	}

	/** How many ops a backend implements. */
	public int count(final String backendId) {
		final int b = backends.indexOf(backendId);
		int n = 0;
		for (int o = 0; o < ops.size(); o++)
			if (b >= 0 && implemented[o][b]) n++;
		return n;
	}

	/** A markdown table: one row per op, ✓ where implemented. */
	public String toMarkdown() {
		final StringBuilder sb = new StringBuilder("| op |");
		for (final String b : backends)
			sb.append(' ').append(b).append(" |");
		sb.append("\n|---|");
		for (int b = 0; b < backends.size(); b++)
			sb.append(":---:|");
		sb.append('\n');
		for (int o = 0; o < ops.size(); o++) {
			sb.append("| `").append(ops.get(o)).append("` |");
			for (int b = 0; b < backends.size(); b++)
				sb.append(implemented[o][b] ? " ✓ |" : " — |");
			sb.append('\n');
		}
		sb.append("| **total** |");
		for (final String b : backends)
			sb.append(" ").append(count(b)).append('/').append(ops.size()).append(" |");
		return sb.append('\n').toString();
	}
}
