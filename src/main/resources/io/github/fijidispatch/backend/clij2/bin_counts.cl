// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

// Histogram of the threshold bins: work item b counts the pixels v with
// edges[b] <= v < edges[b + 1] (edges[0] = -inf, edges[256] = +inf, which the
// last bin holds too; NaN falls in no bin). The edges are the smallest floats of each bin, found on
// the host, so the bins are exactly the contract's.
__kernel void bin_counts(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, IMAGE_edges_TYPE edges, const int count)
{
  const int b = get_global_id(0);
  const float lo = edges[b], hi = edges[b + 1];
  int n = 0;
  for (int i = 0; i < count; i++) {
    const float v = (float) src[i];
    if (v >= lo && v < hi) n++;
  }
  // NB: +inf belongs to the last bin; one more pass for that work item only keeps the loop above lean
  if (hi == INFINITY) {
    for (int i = 0; i < count; i++)
      if ((float) src[i] == INFINITY) n++;
  }
  dst[b] = CONVERT_dst_PIXEL_TYPE((float) n);
}
