package io.github.fijidispatch.bench;

/** One host→device→host copy of a benchmark image on a device backend: median times in ms. */
public final class RoundTrip {

	public final String backendId;
	public final BenchSize size;
	public final long bytes;
	public final double uploadMillis;
	public final double downloadMillis;

	public RoundTrip(final String backendId, final BenchSize size, final long bytes, final double uploadMillis,
		final double downloadMillis)
	{
		this.backendId = backendId;
		this.size = size;
		this.bytes = bytes;
		this.uploadMillis = uploadMillis;
		this.downloadMillis = downloadMillis;
	}

	public double millis() {
		return uploadMillis + downloadMillis;
	}
}
