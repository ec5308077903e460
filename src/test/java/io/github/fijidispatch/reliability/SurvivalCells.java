package io.github.fijidispatch.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * The survival matrix: every op × uint8/uint16/float32 × 2D/3D × its
 * window parameters from 0 up to their declared limit.
 * <p>
 * The parameter combinations start from those of the conformance kit
 * (every choice, e.g. box and sphere, every threshold method). A
 * <em>window parameter</em> is what the declaration says sets a kernel's
 * reach: a per-axis number in pixels with a default and a finite limit
 * ({@code radius}, {@code sigma}...). Each takes a ladder of values up to its
 * limit, one parameter at a time:
 * </p>
 * <ul>
 * <li>whole numbers: 0, 1, 2, 3, 5 on every axis; the limit on one axis at a
 * time (1 on the others); in 2D also the limit on both axes. NB: the limit on
 * every axis of a 3D image, (2·100+1)³ = 8 million neighbours per pixel, is
 * hours of work for a per-pixel kernel on a CPU device, and tells nothing
 * the per-axis limits do not: a kernel's private memory cannot depend on
 * which axis is long.</li>
 * <li>real numbers: 0, 1, 2.5, 10 and the limit on every axis (separable).</li>
 * </ul>
 * <p>
 * Sizes: 2D 48×40 and 3D 24×20×10 for the whole ladder (a window's cost is
 * per pixel, its private memory per work-item: small images suffice), and 64×64 and 64×64×8 — big enough that PoCL picks
 * its largest work-groups (4096 work-items), which is what exhausts a worker
 * thread's stack — with the ladder up to 2. Cells the op itself rejects are
 * left out: the matrix holds valid calls only.
 * </p>
 */
final class SurvivalCells {

	private static final long[][] SMALL = { { 48, 40 }, { 24, 20, 10 } };
	private static final long[][] WIDE = { { 64, 64 }, { 64, 64, 8 } };
	private static final PixelKind[] KINDS = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 };
	private static final int[] WHOLE_LADDER = { 0, 1, 2, 3, 5 };
	private static final double[] REAL_LADDER = { 0, 1, 2.5, 10 };
	/** The largest ladder value on the wide images. */
	private static final double WIDE_LIMIT = 2;

	private SurvivalCells() {
		// NB: static holder
	}

	/** The cells of every op, in a stable order. */
	static List<SurvivalCell> of(final Iterable<Op> ops) {
		final List<SurvivalCell> cells = new ArrayList<>();
		for (final Op op : ops)
			cells.addAll(of(op));
		return cells;
	}

	/** The cells of one op, in a stable order. */
	static List<SurvivalCell> of(final Op op) {
		final List<SurvivalCell> cells = new ArrayList<>();
		for (final Map<String, Object> base : baseParameters(op))
			for (final PixelKind kind : KINDS) {
				for (final long[] dims : SMALL)
					for (final Map<String, Object> params : ladder(op, base, dims.length, Double.POSITIVE_INFINITY))
						add(cells, op, kind, dims, params);
				for (final long[] dims : WIDE)
					for (final Map<String, Object> params : ladder(op, base, dims.length, WIDE_LIMIT))
						add(cells, op, kind, dims, params);
			}
		return cells;
	}

	/** Whether the declaration makes {@code p} a window parameter (see the class javadoc). */
	static boolean isWindow(final ParameterSpec p) {
		final boolean numeric = p.kind() == ParameterSpec.Kind.INTEGER || p.kind() == ParameterSpec.Kind.REAL;
		// NB: positions (crop origin) are pixels too, but their limit is "anywhere" (Integer.MAX_VALUE), not a reach.
		return numeric && p.isPerAxis() && "px".equals(p.unit()) && !p.isRequired() && p.max() < 1e6;
	}

	/** The conformance kit's parameter maps of the op, without repeats. */
	private static Set<Map<String, Object>> baseParameters(final Op op) {
		final Set<Map<String, Object>> bases = new LinkedHashSet<>();
		for (final ConformanceCase c : ConformanceCases.of(op))
			bases.add(withoutWindows(op, c.params()));
		if (bases.isEmpty()) bases.add(new LinkedHashMap<>());
		return bases;
	}

	private static Map<String, Object> withoutWindows(final Op op, final Map<String, Object> params) {
		final Map<String, Object> m = new LinkedHashMap<>(params);
		for (final ParameterSpec p : op.parameters())
			if (isWindow(p)) m.remove(p.name());
		return m;
	}

	/** The base with each window parameter in turn set to each ladder value up to {@code cap}; the base alone without windows. */
	private static List<Map<String, Object>> ladder(final Op op, final Map<String, Object> base, final int n,
		final double cap)
	{
		final List<Map<String, Object>> out = new ArrayList<>();
		for (final ParameterSpec p : op.parameters()) {
			if (!isWindow(p)) continue;
			for (final Object v : values(p, n))
				if (largest(v) <= cap) out.add(with(base, p.name(), v));
		}
		if (out.isEmpty()) out.add(base);
		return out;
	}

	/** A parameter's ladder for an n-dimensional image, within its declared range. */
	private static List<Object> values(final ParameterSpec p, final int n) {
		final List<Object> values = new ArrayList<>();
		if (p.kind() == ParameterSpec.Kind.INTEGER) {
			final int max = (int) p.max();
			for (final int v : WHOLE_LADDER)
				if (v >= p.min() && v < max) values.add(v);
			for (int d = 0; d < n; d++) {
				final int[] r = new int[n];
				Arrays.fill(r, 1);
				r[d] = max;
				values.add(r);
			}
			if (n == 2) values.add(max);
		}
		else {
			for (final double v : REAL_LADDER)
				if (v >= p.min() && v < p.max()) values.add(v);
			values.add(p.max());
		}
		return values;
	}

	private static double largest(final Object v) {
		if (v instanceof int[]) return Arrays.stream((int[]) v).max().orElse(0);
		return ((Number) v).doubleValue();
	}

	private static Map<String, Object> with(final Map<String, Object> base, final String name, final Object value) {
		final Map<String, Object> m = new LinkedHashMap<>(base);
		m.put(name, value);
		return m;
	}

	private static void add(final List<SurvivalCell> cells, final Op op, final PixelKind kind, final long[] dims,
		final Map<String, Object> params)
	{
		final SurvivalCell cell = new SurvivalCell(op, kind, dims, params);
		if (valid(cell)) cells.add(cell);
	}

	/** Whether the op's own validation accepts the cell's call. */
	private static boolean valid(final SurvivalCell cell) {
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<? extends RealType<?>> in : cell.inputs())
			infos.add(HostImages.describe(in));
		try {
			cell.op.check(infos, cell.op.resolve(cell.params));
			return true;
		}
		catch (final IllegalArgumentException e) {
			return false;
		}
	}
}
