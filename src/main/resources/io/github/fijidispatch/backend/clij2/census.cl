// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

#include "sum_type.cl"

// The census of the non-finite pixels and the moments of the finite ones:
// work item c covers pixels [c * chunk, min((c + 1) * chunk, count)) and
// writes row c of dst (8 values): the counts of NaN, +inf, -inf and finite
// pixels, the sum, min and max of the finite pixels (min = +inf, max = -inf
// when there are none) and their sum of squared deviations from `centre`.
__kernel void census(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int count, const int chunk, const float centre)
{
  const int c = get_global_id(0);
  const int from = c * chunk;
  const int end = min(count, from + chunk);
  int nan = 0, positive = 0, negative = 0, finite = 0;
  sum_t sum = 0, squares = 0;
  float lo = INFINITY, hi = -INFINITY;
  for (int i = from; i < end; i++) {
    const float v = (float) src[i];
    if (isnan(v)) nan++;
    else if (v == INFINITY) positive++;
    else if (v == -INFINITY) negative++;
    else {
      finite++;
      sum += v;
      const sum_t d = (sum_t) v - centre;
      squares += d * d;
      lo = fmin(lo, v);
      hi = fmax(hi, v);
    }
  }
  dst[8 * c] = (float) nan;
  dst[8 * c + 1] = (float) positive;
  dst[8 * c + 2] = (float) negative;
  dst[8 * c + 3] = (float) finite;
  dst[8 * c + 4] = (float) sum;
  dst[8 * c + 5] = lo;
  dst[8 * c + 6] = hi;
  dst[8 * c + 7] = (float) squares;
}
