// Shared source of the clij2 backend's kernels (Fiji Dispatch), pasted in by
// Clij2KernelSources where a kernel names it in an include line.

// Whether offset (dx, dy, dz) lies in the neighbourhood: the box of radii
// (rx, ry, rz), or the ellipsoid dx²/rx² + dy²/ry² + dz²/rz² <= 1 evaluated
// exactly in 64-bit integers (an axis of radius 0 only admits offset 0).
inline bool inside(int dx, int dy, int dz, int rx, int ry, int rz, int sphere) {
  if (sphere == 0) return true;
  const long ax = rx == 0 ? 1 : (long) rx * rx;
  const long ay = ry == 0 ? 1 : (long) ry * ry;
  const long az = rz == 0 ? 1 : (long) rz * rz;
  return (long) dx * dx * ay * az + (long) dy * dy * ax * az + (long) dz * dz * ax * ay <= ax * ay * az;
}
