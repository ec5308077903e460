// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labels as label_init.cl says: int pixel indices, -1 for background.

// Pointer jumping: every foreground pixel takes the root its label chain
// leads to (labels decrease along a chain, so it ends).
__kernel void label_resolve(__global int* labels, const int count)
{
  const int i = get_global_id(0);
  if (i >= count) return;
  int l = labels[i];
  if (l < 0) return;
  int next = labels[l];
  while (next != l) {
    l = next;
    next = labels[l];
  }
  labels[i] = l;
}
