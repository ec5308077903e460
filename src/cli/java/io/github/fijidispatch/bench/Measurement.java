package io.github.fijidispatch.bench;

/**
 * One cell × column of the benchmark: an op on a size, run by a backend
 * ({@code imglib2}, {@code clij2}, ...), by ImageJ 1 ({@link #IJ1}) or by
 * dispatch in auto mode ({@link #AUTO}). Times in ms; the first call
 * (warm-up) is kept apart from the median of the repeats. A column that
 * could not run has {@code NaN} times and says why in {@link #note}.
 */
public final class Measurement {

	public static final String IJ1 = "ij1";
	public static final String AUTO = "auto";

	public final String opId;
	public final BenchSize size;
	public final String column;
	/** Whether the inputs were already on the backend's device (upload outside the timing). */
	public final boolean resident;
	public final double warmUpMillis;
	public final double medianMillis;
	public final double minMillis;
	public final int repeats;
	/** For {@link #AUTO}: the backends dispatch chose (comma-separated when it changed); else empty. */
	public final String chosen;
	public final String note;

	public Measurement(final String opId, final BenchSize size, final String column, final boolean resident,
		final double warmUpMillis, final double medianMillis, final double minMillis, final int repeats, final String chosen,
		final String note)
	{
		this.opId = opId;
		this.size = size;
		this.column = column;
		this.resident = resident;
		this.warmUpMillis = warmUpMillis;
		this.medianMillis = medianMillis;
		this.minMillis = minMillis;
		this.repeats = repeats;
		this.chosen = chosen == null ? "" : chosen;
		this.note = note == null ? "" : note;
	}

	/** A column that did not run, and why. */
	static Measurement skipped(final String opId, final BenchSize size, final String column, final String why) {
		return new Measurement(opId, size, column, false, Double.NaN, Double.NaN, Double.NaN, 0, "", why);
	}

	public boolean ran() {
		return !Double.isNaN(medianMillis);
	}
}
