// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// Every pixel but a root takes the label numbered at its root: 0 for
// background.
__kernel void label_spread(IMAGE_dst_TYPE dst, __global int* labels, const int count)
{
  const int i = get_global_id(0);
  if (i >= count) return;
  const int l = labels[i];
  if (l < 0) dst[i] = 0;
  else if (l != i) dst[i] = dst[l];
}
