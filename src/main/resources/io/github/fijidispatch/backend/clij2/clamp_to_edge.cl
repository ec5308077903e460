// Shared source of the clij2 backend's kernels (Fiji Dispatch), pasted in by
// Clij2KernelSources where a kernel names it in an include line.

// Coordinate v clamped to [0, hi]: the contract's clamp-to-edge boundary.
inline int clampi(int v, int hi) {
  return v < 0 ? 0 : (v > hi ? hi : v);
}
