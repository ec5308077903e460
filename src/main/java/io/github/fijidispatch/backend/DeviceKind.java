package io.github.fijidispatch.backend;

/** Where a backend computes; the cost model's priors depend on it. */
public enum DeviceKind {
	/** Java threads on the host CPU; images live in host memory. */
	HOST_CPU,
	/** An OpenCL GPU; images are uploaded to device memory. */
	GPU,
	/** An OpenCL CPU device (e.g. PoCL); device memory is host memory, but the code path is OpenCL. */
	OPENCL_CPU,
	/** Anything else a third-party backend brings. */
	OTHER
}
