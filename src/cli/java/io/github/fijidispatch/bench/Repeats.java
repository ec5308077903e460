package io.github.fijidispatch.bench;

import java.util.Arrays;

/**
 * Times one action: a first call (the warm-up, reported apart), more
 * untimed calls while the JIT compiles (until the warm-up has taken
 * {@value #WARM_UP_MILLIS} ms, at most {@value #WARM_UP_CALLS} calls), then up
 * to {@code repeats} timed calls whose median is the result. To keep slow cells
 * from stalling the run, repeating stops early, after at least three calls,
 * once the repeats have used {@code budgetMillis}.
 */
final class Repeats {

	/** The timed work of one call; {@link #before} (untimed) prepares it, {@link #after} (untimed) cleans up. */
	interface Timed {

		default void before() throws Exception {}

		void run() throws Exception;

		default void after() throws Exception {}
	}

	final double warmUpMillis;
	final double medianMillis;
	final double minMillis;
	final int count;

	private Repeats(final double warmUpMillis, final double[] samples) {
		this.warmUpMillis = warmUpMillis;
		final double[] s = samples.clone();
		Arrays.sort(s);
		this.count = s.length;
		this.minMillis = s.length == 0 ? Double.NaN : s[0];
		this.medianMillis = median(s);
	}

	/** The median of sorted values ({@code NaN} for none). */
	static double median(final double[] sorted) {
		final int n = sorted.length;
		if (n == 0) return Double.NaN;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/**
	 * Untimed calls after the first, at most. NB: the warm-up is bounded by its time rather than by a count, so that a
	 * call of a millisecond gets as long to be compiled as a slower one: the JIT compiles hot code in the background on
	 * the same cores, and ten calls of a 2 ms projection (the count before) measured it at 2–2.7 ms, 0.9–1.5 ms after
	 * 250 ms of calls.
	 */
	static final int WARM_UP_CALLS = 200;

	/** Time the untimed warm-up calls may take, at most. */
	static final double WARM_UP_MILLIS = 250;

	static Repeats measure(final Timed work, final int repeats, final double budgetMillis) throws Exception {
		final double warmUp = once(work);
		double warming = warmUp;
		for (int i = 0; i < WARM_UP_CALLS && warming < WARM_UP_MILLIS; i++)
			warming += once(work);
		final double[] samples = new double[repeats];
		double spent = 0;
		int n = 0;
		while (n < repeats && (n < 3 || spent < budgetMillis)) {
			samples[n] = once(work);
			spent += samples[n++];
		}
		return new Repeats(warmUp, Arrays.copyOf(samples, n));
	}

	private static double once(final Timed work) throws Exception {
		work.before();
		final long start = System.nanoTime();
		try {
			work.run();
			return (System.nanoTime() - start) / 1e6;
		}
		finally {
			work.after();
		}
	}
}
