// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// Work item c numbers the roots of its chunk in raster order, after the
// roots[c] roots of the chunks before it: dst at a root becomes its
// component's label 1, 2, ... (a component's root is its first pixel).
__kernel void label_number(IMAGE_dst_TYPE dst, __global int* labels, __global int* roots, const int count,
  const int chunk)
{
  const int c = get_global_id(0);
  const int end = min(count, (c + 1) * chunk);
  int k = roots[c];
  for (int i = c * chunk; i < end; i++)
    if (labels[i] == i) dst[i] = (float) ++k;
}
