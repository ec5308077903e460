package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** What a benchmark run measures: cases (ops), sizes, backends, repeats and a time budget per column. */
public final class BenchSpec {

	public static final List<String> DEFAULT_SIZES = Arrays.asList("512", "2048", "128x128x128");
	public static final int DEFAULT_REPEATS = 5;
	/** Repeats stop early (after three) once one column of a cell has used this much time. */
	public static final double DEFAULT_BUDGET_MILLIS = 8000;

	public final List<BenchCase> cases;
	public final List<BenchSize> sizes;
	public final List<String> backends;
	public final int repeats;
	public final double budgetMillis;

	public BenchSpec(final List<BenchCase> cases, final List<BenchSize> sizes, final List<String> backends, final int repeats,
		final double budgetMillis)
	{
		if (cases.isEmpty() || sizes.isEmpty()) throw new IllegalArgumentException("bench: needs at least one op and one size");
		if (repeats < 1 || repeats > 1000) throw new IllegalArgumentException("bench: --repeats must be in [1, 1000], not " + repeats);
		this.cases = Collections.unmodifiableList(new ArrayList<>(cases));
		this.sizes = Collections.unmodifiableList(new ArrayList<>(sizes));
		this.backends = Collections.unmodifiableList(new ArrayList<>(backends));
		this.repeats = repeats;
		this.budgetMillis = budgetMillis;
	}

	/** Parses a comma-separated list of sizes ({@link BenchSize#parse}). */
	public static List<BenchSize> parseSizes(final List<String> texts) {
		final List<BenchSize> sizes = new ArrayList<>();
		for (final String t : texts)
			if (!t.trim().isEmpty()) sizes.add(BenchSize.parse(t));
		return sizes;
	}
}
