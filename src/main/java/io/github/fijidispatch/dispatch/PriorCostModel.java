package io.github.fijidispatch.dispatch;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.OpCall;

/**
 * A conservative size-based cost model used until the calibrated one exists:
 * cost per unit of work (a pixel, for most implementations; see
 * {@link io.github.fijidispatch.backend.OpImplementation#work}) and launch overhead per kind of device, transfer bandwidth,
 * and a warm-up charge for the first call of an op on an OpenCL device
 * (kernel compilation). An OpenCL CPU device (such as PoCL) is not assumed
 * to be fast: its per-pixel prior is ten times the host CPU's.
 */
public class PriorCostModel implements CostModel {

	// NB: priors in nanoseconds per pixel and milliseconds; rough on purpose.
	static final double HOST_NS_PER_PIXEL = 5;
	static final double GPU_NS_PER_PIXEL = 0.5;
	static final double OPENCL_CPU_NS_PER_PIXEL = 50;
	static final double OTHER_NS_PER_PIXEL = 10;
	static final double HOST_LAUNCH_MS = 0.01;
	static final double DEVICE_LAUNCH_MS = 0.2;
	static final double WARM_UP_MS = 100;
	static final double BYTES_PER_MS = 1e6; // about 1 GB/s

	@Override
	public double predictMillis(final OpCall call, final Backend backend, final long work,
		final double implementationEstimate, final long transferBytes, final boolean warm)
	{
		final DeviceKind kind = backend.deviceKind();
		final double compute = Double.isNaN(implementationEstimate)
			? launchMillis(kind) + work * nsPerPixel(kind) / 1e6 : implementationEstimate;
		final double transfer = transferBytes / BYTES_PER_MS;
		final double warmUp = warm || kind == DeviceKind.HOST_CPU ? 0 : WARM_UP_MS;
		return compute + transfer + warmUp;
	}

	@Override
	public void observe(final OpCall call, final Backend backend, final long work, final long computeNanos) {
		// NB: priors do not learn; the calibrated model does.
	}

	/** Priors never change. */
	@Override
	public long version() {
		return 0;
	}

	static double nsPerPixel(final DeviceKind kind) {
		switch (kind) {
			case HOST_CPU: return HOST_NS_PER_PIXEL;
			case GPU: return GPU_NS_PER_PIXEL;
			case OPENCL_CPU: return OPENCL_CPU_NS_PER_PIXEL;
			default: return OTHER_NS_PER_PIXEL;
		}
	}

	static double launchMillis(final DeviceKind kind) {
		return kind == DeviceKind.HOST_CPU ? HOST_LAUNCH_MS : DEVICE_LAUNCH_MS;
	}
}
