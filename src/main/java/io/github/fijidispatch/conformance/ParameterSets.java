package io.github.fijidispatch.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;

/**
 * The parameter combinations the kit tries for an op. Derived from the
 * declaration where it can be: every choice, both flag values, every value
 * of an integer with at most four allowed values, otherwise the default. A
 * small table adds what the declaration cannot tell: values for required
 * parameters and interesting non-default values (anisotropic radii, negative
 * scalars). The combinations are the cross product of the per-parameter values.
 */
final class ParameterSets {

	private static final int SMALL_RANGE = 4;

	/** op id → parameter → values to try (replacing the declaration's). */
	private static final Map<String, Map<String, List<Object>>> TABLE = new HashMap<>();

	static {
		put("filter.gauss", "sigma", 1.0, new double[] { 2.5, 0.7 }, new double[] { 0, 1.5 });
		for (final String id : Arrays.asList("filter.mean", "filter.median", "filter.min", "filter.max",
			"filter.variance", "filter.tophat", "morphology.erode", "morphology.dilate", "morphology.open",
			"morphology.close"))
			put(id, "radius", 1, new int[] { 2, 1 });
		put("math.add_scalar", "value", 13.7, -20.0);
		put("math.multiply_scalar", "value", 2.5, -0.3);
		put("threshold.value", "value", 37.0, 100.3);
		put("transform.crop", "origin", new int[] { 3, 2 });
		put("transform.crop", "size", new int[] { 10, 5 });
		put("transform.scale", "factors", 0.5, new double[] { 1.5, 0.75 }, 2.0);
	}

	private ParameterSets() {
		// NB: static holder
	}

	private static void put(final String opId, final String param, final Object... values) {
		TABLE.computeIfAbsent(opId, k -> new LinkedHashMap<>()).put(param, Arrays.asList(values));
	}

	/**
	 * The parameter maps to try; empty when a required parameter has no
	 * values in the table (the op cannot be exercised without them).
	 */
	static List<Map<String, Object>> of(final Op op) {
		List<Map<String, Object>> sets = Collections.singletonList(new LinkedHashMap<>());
		for (final ParameterSpec p : op.parameters()) {
			final List<Object> values = values(op.id(), p);
			if (values.isEmpty()) return Collections.emptyList();
			final List<Map<String, Object>> next = new ArrayList<>();
			for (final Map<String, Object> set : sets)
				for (final Object v : values) {
					final Map<String, Object> m = new LinkedHashMap<>(set);
					if (v != null) m.put(p.name(), v);
					next.add(m);
				}
			sets = next;
		}
		return sets;
	}

	/** Values for one parameter; {@code null} stands for "leave the default". */
	private static List<Object> values(final String opId, final ParameterSpec p) {
		final Map<String, List<Object>> table = TABLE.get(opId);
		if (table != null && table.containsKey(p.name())) return table.get(p.name());
		switch (p.kind()) {
			case CHOICE:
				return new ArrayList<Object>(p.choices());
			case BOOLEAN:
				return Arrays.<Object> asList(true, false);
			case INTEGER:
				if (!p.isPerAxis() && p.max() - p.min() < SMALL_RANGE) {
					final List<Object> all = new ArrayList<>();
					for (int v = (int) p.min(); v <= p.max(); v++)
						all.add(v);
					return all;
				}
				// fall through: one default value
			default:
				return p.isRequired() ? Collections.emptyList() : Collections.singletonList(null);
		}
	}
}
