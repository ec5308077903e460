// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labelling (label_*): `labels` is a float32-sized buffer holding int pixel
// indices: -1 for background, else an index of a pixel of the same component
// that is not greater than the pixel's own; a root is a pixel labelled itself.

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
