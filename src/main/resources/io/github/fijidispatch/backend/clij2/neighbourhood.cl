// Kernel of the clij2 backend (Fiji Dispatch). Images are addressed as flat
// buffers, X fastest, so one kernel serves 2D (depth 1) and 3D images.
// One kernel per file: CLIJ2 defines the image macros per call.

// Sums in double where the device has it, else in float (see the NB below).
#include "sum_type.cl"
#include "clamp_to_edge.cl"
#include "neighbourhood_shape.cl"

// mode 0: mean, 1: minimum, 2: maximum, 3: population variance (two passes),
// 4: binary erosion, 5: binary dilation (non-zero is foreground, NaN included; 255 out).
// Clamp to edge. Integer outputs (rounding != 0) are rounded half up and saturated.
// Non-finite values: mean and variance are IEEE arithmetic (a NaN or an
// infinity reaches the sums); minimum and maximum skip NaN (fmin/fmax return
// the other operand, and start from NaN, so a window of NaN only gives NaN).
__kernel void neighbourhood(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int width, const int height,
  const int depth, const int rx, const int ry, const int rz, const int sphere, const int mode, const int rounding)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  // NB: one float accumulator lost 0.16 of a variance near 4000 over a
  // 201x201 window, and 0.03 over 205 clamped copies of few values (equal
  // terms round the same way). Sums are in double where the device has it,
  // and kept per row, then per plane, then in total.
  sum_t sum = 0;
  float lo = NAN, hi = NAN;
  int count = 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int zz = clampi(z + dz, depth - 1);
    sum_t plane = 0;
    for (int dy = -ry; dy <= ry; dy++) {
      const int yy = clampi(y + dy, height - 1);
      sum_t row = 0;
      for (int dx = -rx; dx <= rx; dx++) {
        if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
        const int xx = clampi(x + dx, width - 1);
        float v = (float) src[(zz * height + yy) * width + xx];
        if (mode >= 4) v = v != 0 ? 1.0f : 0.0f;
        row += v;
        lo = fmin(lo, v);
        hi = fmax(hi, v);
        count++;
      }
      plane += row;
    }
    sum += plane;
  }
  float result;
  if (mode == 0) result = (float) (sum / count);
  else if (mode == 1) result = lo;
  else if (mode == 2) result = hi;
  else if (mode == 4) result = lo * 255;
  else if (mode == 5) result = hi * 255;
  else {
    const sum_t mean = sum / count;
    sum_t squares = 0;
    for (int dz = -rz; dz <= rz; dz++) {
      const int zz = clampi(z + dz, depth - 1);
      sum_t plane = 0;
      for (int dy = -ry; dy <= ry; dy++) {
        const int yy = clampi(y + dy, height - 1);
        sum_t row = 0;
        for (int dx = -rx; dx <= rx; dx++) {
          if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
          const int xx = clampi(x + dx, width - 1);
          const sum_t d = (sum_t) src[(zz * height + yy) * width + xx] - mean;
          row += d * d;
        }
        plane += row;
      }
      squares += plane;
    }
    result = (float) (squares / count);
  }
  if (rounding != 0) result = floor(result + 0.5f);
  dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(result);
}
