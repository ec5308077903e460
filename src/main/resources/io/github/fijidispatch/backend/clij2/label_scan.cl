// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// One scan of label equivalence: a foreground pixel whose neighbours hold a
// smaller label than its own (l) lowers the label of pixel l to it (an atomic
// minimum, so labels only ever decrease) and sets changed[0]. Neighbours:
// faces (full = 0: 4 in 2D, 6 in 3D) or every touching pixel (8 / 26).
__kernel void label_scan(__global int* labels, __global int* changed, const int width, const int height,
  const int depth, const int full)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  const int i = (z * height + y) * width + x;
  const int l = labels[i];
  if (l < 0) return;
  int m = l;
  const int rz = depth > 1 ? 1 : 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int nz = z + dz;
    if (nz < 0 || nz >= depth) continue;
    for (int dy = -1; dy <= 1; dy++) {
      const int ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (int dx = -1; dx <= 1; dx++) {
        const int nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const int steps = (dx != 0) + (dy != 0) + (dz != 0);
        if (steps == 0 || (!full && steps > 1)) continue;
        const int n = labels[(nz * height + ny) * width + nx];
        if (n >= 0 && n < m) m = n;
      }
    }
  }
  if (m < l) {
    atomic_min(&labels[l], m);
    changed[0] = 1;
  }
}
