package io.github.fijidispatch.dispatch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.OpCall;

/**
 * The cost model of mode {@code auto}, calibrated on this machine: predicted
 * cost = compute + transfer + warm-up, in milliseconds.
 * <ul>
 * <li><b>compute</b>: the call's work ({@link io.github.fijidispatch.backend.OpImplementation#work},
 * e.g. pixels × window size for a brute-force kernel) × the time per unit of
 * work: per op, backend and dimensionality, a {@link SizeCurve} of measured
 * nanoseconds per unit of work (median of recent calls per log2 size bucket
 * of the pixel count, interpolated between buckets); where nothing is
 * measured near the call's size, the implementation's own estimate, else the
 * priors of {@link PriorCostModel}. Never below the kind of device's launch
 * overhead.</li>
 * <li><b>transfer</b>: {@code transferBytes} at the backend's measured
 * host↔device bandwidth (every transfer dispatch makes is measured; prior:
 * about 1 GB/s); nothing when the data is
 * resident ({@code transferBytes} 0).</li>
 * <li><b>warm-up</b>: charged only when {@code warm} is false: the measured
 * extra time of the first call of an op on a backend in a session (kernel
 * compilation, JIT) over its warm compute time; prior: 100 ms on OpenCL
 * devices, none on the host CPU.</li>
 * </ul>
 * Refined online by {@link #observe}: the first observed call of an op on a
 * backend in this model's life is taken as the cold call (dispatch marks an
 * implementation warm after its first successful run), later ones as warm
 * compute samples. Thread-safe. Persisted by {@link CostModelFile}.
 */
public class CalibratedCostModel implements CostModel {

	/** How far (relative) an estimate moves before {@link #version()} changes. */
	static final double MOVE_TOLERANCE = 0.1;

	/**
	 * How far a compute estimate must also move, in nanoseconds of the call observed, before {@link #version()}
	 * changes: a move of a few hundred nanoseconds in a call of one microsecond (the noise of its timer and of a shared
	 * machine) would otherwise make every remembered decision plan afresh every few calls, for choices that differ by
	 * less than dispatch itself costs.
	 */
	static final double LEAST_MOVE_NANOS = 10_000;

	/**
	 * Of the repeated calls ({@link Observed}) shorter than {@link #LEAST_MOVE_NANOS}, how many make one observation:
	 * microsecond calls are observed one in this many (a drift then shows after that many more calls, i.e. some
	 * microseconds later), so that learning costs them a few nanoseconds, not tens.
	 */
	static final int SHORT_CALL_SAMPLING = 8;

	// NB: looked up for every candidate of every call: hash maps; the file writer sorts.
	private final Map<CostKey, SizeCurve> compute = new ConcurrentHashMap<>();
	private final Map<CostKey, RecentMedian> warmUp = new ConcurrentHashMap<>();
	private final Map<String, RecentMedian> bandwidth = new ConcurrentHashMap<>();
	private final AtomicLong version = new AtomicLong();
	/** Ops seen on a backend by this model (the first observation is the cold call). */
	private final Set<CostKey> seen = ConcurrentHashMap.newKeySet();
	/** Cold calls whose warm-up is still to be worked out (no warm estimate yet): pixels, work and nanoseconds. */
	private final Map<CostKey, long[]> pendingCold = new ConcurrentHashMap<>();
	/** The last warm observation's key and curve, or {@code null}: shared by all threads, replaced, never changed. */
	private volatile Observed lastObserved;

	// -- CostModel methods --

	@Override
	public double predictMillis(final OpCall call, final Backend backend, final long work,
		final double implementationEstimate, final long transferBytes, final boolean warm)
	{
		final DeviceKind kind = backend.deviceKind();
		final double transfer = transferBytes <= 0 ? 0 : transferBytes / bytesPerMilli(backend.id());
		final double warmUpMs = warm ? 0 : warmUpMillis(call.opId(), backend.id(), kind);
		return computeMillis(call, backend, work, implementationEstimate) + transfer + warmUpMs;
	}

	@Override
	public void observe(final OpCall call, final Backend backend, final long work, final long computeNanos) {
		final String opId = call.opId();
		final String backendId = backend.id();
		final int dims = dims(call);
		final long pixels = call.pixelCount();
		// NB: most calls repeat the one before: its key and curve are at hand, and the op is seen already
		final Observed last = lastObserved;
		if (last != null && last.matches(opId, backendId, dims)) {
			// NB: one in SHORT_CALL_SAMPLING repeats shorter than LEAST_MOVE_NANOS is enough: such a call's own
			// prediction cannot move by that much while its calls stay that short, and a slower one is always observed
			if (computeNanos < LEAST_MOVE_NANOS && ++last.shortCalls % SHORT_CALL_SAMPLING != 0) return;
			if (last.curve.add(pixels, work, computeNanos, MOVE_TOLERANCE, LEAST_MOVE_NANOS)) version.incrementAndGet();
			resolveWarmUp(last.key);
			return;
		}
		final CostKey key = new CostKey(opId, backendId, dims);
		final CostKey opOnBackend = key.anyDims();
		// NB: a read first: every call is observed, and only the first of an op on a backend adds
		if (!seen.contains(opOnBackend) && seen.add(opOnBackend)) {
			pendingCold.put(key, new long[] { pixels, work, computeNanos });
			resolveWarmUp(key);
			return;
		}
		final SizeCurve curve = curve(key);
		if (curve.add(pixels, work, computeNanos, MOVE_TOLERANCE, LEAST_MOVE_NANOS)) version.incrementAndGet();
		resolveWarmUp(key);
		lastObserved = new Observed(key, curve);
	}

	/** Records a measured host↔device copy of {@code bytes} on a backend (one way). */
	@Override
	public void observeTransfer(final String backendId, final long bytes, final long nanos) {
		if (bytes <= 0 || nanos <= 0) return;
		if (bandwidth.computeIfAbsent(backendId, b -> new RecentMedian()).addAndCheckMoved(bytes / (nanos / 1e6),
			MOVE_TOLERANCE)) version.incrementAndGet();
	}

	/**
	 * Changes when an estimate appears or moves by more than
	 * {@value #MOVE_TOLERANCE} (relative) since the last change (a compute
	 * estimate also by more than {@value #LEAST_MOVE_NANOS} ns for the call
	 * observed), and on every seed: a remembered {@code auto} decision is
	 * planned on predictions within that tolerance of today's.
	 */
	@Override
	public long version() {
		return version.get();
	}

	// -- Calibration entries --

	/**
	 * Predicted compute time in ms for a call on a backend, warm, without
	 * transfers ({@code implementationEstimate} {@code NaN} when none), with
	 * the call's pixel count as its work.
	 */
	public double computeMillis(final OpCall call, final Backend backend, final double implementationEstimate) {
		return computeMillis(call, backend, call.pixelCount(), implementationEstimate);
	}

	/**
	 * Predicted compute time in ms for a call of {@code work} units of work on
	 * a backend, warm, without transfers ({@code implementationEstimate}
	 * {@code NaN} when none).
	 */
	public double computeMillis(final OpCall call, final Backend backend, final long work,
		final double implementationEstimate)
	{
		final DeviceKind kind = backend.deviceKind();
		final CostKey key = key(call.opId(), backend.id(), call);
		final SizeCurve curve = compute.get(key);
		// NB: a cold first call (JIT, kernel compilation) is never taken as the warm compute time.
		final double nsPerWork = curve == null ? Double.NaN : curve.nsPerWork(call.pixelCount());
		if (Double.isNaN(nsPerWork)) {
			return Double.isNaN(implementationEstimate)
				? PriorCostModel.launchMillis(kind) + work * PriorCostModel.nsPerPixel(kind) / 1e6 : implementationEstimate;
		}
		return Math.max(PriorCostModel.launchMillis(kind), work * nsPerWork / 1e6);
	}

	/** Measured host↔device bandwidth of a backend in bytes per ms, or the prior (about 1 GB/s). */
	public double bytesPerMilli(final String backendId) {
		final RecentMedian m = bandwidth.get(backendId);
		final double v = m == null ? Double.NaN : m.median();
		return v > 0 ? v : PriorCostModel.BYTES_PER_MS;
	}

	/** The warm-up charged to the first call of an op on a backend in a session, in ms. */
	public double warmUpMillis(final String opId, final String backendId, final DeviceKind kind) {
		final RecentMedian m = warmUp.get(new CostKey(opId, backendId, 0));
		final double v = m == null ? Double.NaN : m.median();
		if (!Double.isNaN(v)) return v;
		return kind == DeviceKind.HOST_CPU ? 0 : PriorCostModel.WARM_UP_MS;
	}

	/** Whether anything has been measured or loaded. */
	public boolean isCalibrated() {
		return !compute.isEmpty() || !warmUp.isEmpty() || !bandwidth.isEmpty();
	}

	// -- Package-private state access for persistence --

	void seedCompute(final CostKey key, final int bucket, final double nsPerWork, final long samples) {
		curve(key).seed(bucket, nsPerWork, samples);
		version.incrementAndGet();
	}

	void seedWarmUp(final CostKey key, final double millis, final long samples) {
		warmUp.computeIfAbsent(key.anyDims(), k -> new RecentMedian()).seed(millis, samples);
		version.incrementAndGet();
	}

	void seedBandwidth(final String backendId, final double bytesPerMilli, final long samples) {
		bandwidth.computeIfAbsent(backendId, b -> new RecentMedian()).seed(bytesPerMilli, samples);
		version.incrementAndGet();
	}

	Map<CostKey, SizeCurve> computeCurves() {
		return compute;
	}

	Map<CostKey, RecentMedian> warmUps() {
		return warmUp;
	}

	Map<String, RecentMedian> bandwidths() {
		return bandwidth;
	}

	// -- Helper methods --

	private SizeCurve curve(final CostKey key) {
		final SizeCurve known = compute.get(key);
		return known != null ? known : compute.computeIfAbsent(key, k -> new SizeCurve());
	}

	private static CostKey key(final String opId, final String backendId, final OpCall call) {
		return new CostKey(opId, backendId, dims(call));
	}

	private static int dims(final OpCall call) {
		return call.infos().isEmpty() ? 0 : call.info(0).numDimensions();
	}

	/**
	 * The key and curve of the last warm observation (an op seen before on its
	 * backend): a repeated call observes without a key object or a map look-up.
	 * Key and curve fixed (a count of short repeats besides); entries of {@link #compute} and {@link #seen} are never removed,
	 * so a remembered one stays valid.
	 */
	private static final class Observed {

		final CostKey key;
		final SizeCurve curve;
		/** Repeats shorter than {@link #LEAST_MOVE_NANOS} seen, for the sampling. NB: not atomic; a lost count is harmless. */
		int shortCalls;

		Observed(final CostKey key, final SizeCurve curve) {
			this.key = key;
			this.curve = curve;
		}

		boolean matches(final String opId, final String backendId, final int dims) {
			return key.dims == dims && (key.opId == opId || key.opId.equals(opId)) &&
				(key.backendId == backendId || key.backendId.equals(backendId));
		}
	}

	/** Once a warm estimate exists at the cold call's size: warm-up = cold time − warm compute time (≥ 0). */
	private void resolveWarmUp(final CostKey key) {
		if (pendingCold.isEmpty()) return;
		final long[] cold = pendingCold.get(key);
		final SizeCurve curve = compute.get(key);
		if (cold == null || curve == null || curve.isEmpty()) return;
		if (!pendingCold.remove(key, cold)) return;
		final double warmMs = cold[1] * curve.nsPerWork(cold[0]) / 1e6;
		if (warmUp.computeIfAbsent(key.anyDims(), k -> new RecentMedian()).addAndCheckMoved(Math.max(0, cold[2] / 1e6 - warmMs),
			MOVE_TOLERANCE)) version.incrementAndGet();
	}
}
