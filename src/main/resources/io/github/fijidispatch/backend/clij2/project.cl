// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

#include "sum_type.cl"

// The projection of src (width x height x depth) along z into dst (width x
// height). NaN is no data: mode 0 maximum, 1 minimum (fmax/fmin return the
// other operand of a NaN), 2 sum and 3 mean of the values that are not NaN
// (+inf with -inf still gives NaN, IEEE); a line of NaN only gives NaN.
// Integer outputs (rounding != 0, max and min of integer kinds) are exact.
__kernel void project(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int width, const int height, const int depth,
  const int mode)
{
  const int x = get_global_id(0), y = get_global_id(1);
  float lo = NAN, hi = NAN;
  sum_t sum = 0;
  int count = 0;
  for (int z = 0; z < depth; z++) {
    const float v = (float) src[(z * height + y) * width + x];
    if (isnan(v)) continue;
    lo = fmin(lo, v);
    hi = fmax(hi, v);
    sum += v;
    count++;
  }
  float result;
  if (mode == 0) result = hi;
  else if (mode == 1) result = lo;
  else if (count == 0) result = NAN;
  else if (mode == 2) result = (float) sum;
  else result = (float) (sum / count);
  dst[y * width + x] = CONVERT_dst_PIXEL_TYPE(result);
}
