// Shared source of the clij2 backend's kernels (Fiji Dispatch), pasted in by
// Clij2KernelSources where a kernel names it in an include line.

// sum_t: the accumulator type, double where the device has it, else float.
#ifdef cl_khr_fp64
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
typedef double sum_t;
#else
typedef float sum_t;
#endif
