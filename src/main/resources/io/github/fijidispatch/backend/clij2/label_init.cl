// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.
// Labelling (label_*): `labels` is a float32-sized buffer holding int pixel
// indices: -1 for background, else an index of a pixel of the same component
// that is not greater than the pixel's own; a root is a pixel labelled itself.

// Every foreground pixel (non-zero; NaN is non-zero) of src starts as its own
// root; background is -1. NB: zero is tested on the bits (any bit but the
// sign's), which holds for NaN whatever floating-point options the program
// was built with.
__kernel void label_init(__global int* labels, IMAGE_src_TYPE src, const int count)
{
  const int i = get_global_id(0);
  if (i < count) labels[i] = (as_uint((float) src[i]) & 0x7fffffff) != 0 ? i : -1;
}
