// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// One work item: roots[c] becomes the number of roots before chunk c (an
// exclusive prefix sum over the chunks' counts).
__kernel void label_offsets(__global int* roots, const int chunks)
{
  if (get_global_id(0) != 0) return;
  int sum = 0;
  for (int c = 0; c < chunks; c++) {
    const int n = roots[c];
    roots[c] = sum;
    sum += n;
  }
}
