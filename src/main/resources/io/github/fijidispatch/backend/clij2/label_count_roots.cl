// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// Work item c counts the roots among pixels [c * chunk, min((c + 1) * chunk, count)).
__kernel void label_count_roots(__global int* roots, __global int* labels, const int count, const int chunk)
{
  const int c = get_global_id(0);
  const int end = min(count, (c + 1) * chunk);
  int n = 0;
  for (int i = c * chunk; i < end; i++)
    n += labels[i] == i;
  roots[c] = n;
}
