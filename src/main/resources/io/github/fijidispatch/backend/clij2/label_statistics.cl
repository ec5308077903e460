// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

// Per-label statistics: work item b < labelCount measures label b + 1 (pixels
// whose label value equals it exactly) into row b of dst (8 values: area,
// intensity sum, min, max, sums of x, y, z, and the count of intensities that
// are not NaN: NaN is no data, it counts in the area and the centroid only);
// work item labelCount counts fractional label values of 1 or more (bad input)
// into its area column.
__kernel void label_statistics(IMAGE_dst_TYPE dst, IMAGE_labels_TYPE labels, IMAGE_intensity_TYPE intensity,
  const int width, const int height, const int depth, const int labelCount)
{
  const int b = get_global_id(0);
  float area = 0, sum = 0, lo = INFINITY, hi = -INFINITY, sx = 0, sy = 0, sz = 0, valued = 0;
  const float label = (float) (b + 1);
  int i = 0;
  for (int z = 0; z < depth; z++) {
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        const float l = (float) labels[i];
        if (b == labelCount) {
          if (l >= 1 && l != floor(l)) area += 1;
          continue;
        }
        if (l != label) continue;
        const float v = (float) intensity[i];
        area += 1;
        if (!isnan(v)) {
          valued += 1;
          sum += v;
          lo = fmin(lo, v);
          hi = fmax(hi, v);
        }
        sx += x;
        sy += y;
        sz += z;
      }
    }
  }
  dst[8 * b] = area;
  dst[8 * b + 1] = sum;
  dst[8 * b + 2] = lo;
  dst[8 * b + 3] = hi;
  dst[8 * b + 4] = sx;
  dst[8 * b + 5] = sy;
  dst[8 * b + 6] = sz;
  dst[8 * b + 7] = valued;
}
