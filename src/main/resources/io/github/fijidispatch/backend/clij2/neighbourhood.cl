// Kernel of the clij2 backend (Fiji Dispatch). Images are addressed as flat
// buffers, X fastest, so one kernel serves 2D (depth 1) and 3D images.
// One kernel per file: CLIJ2 defines the image macros per call.

inline int clampi(int v, int hi) {
  return v < 0 ? 0 : (v > hi ? hi : v);
}

// Whether offset (dx, dy, dz) lies in the neighbourhood: the box of radii
// (rx, ry, rz), or the ellipsoid dx²/rx² + dy²/ry² + dz²/rz² <= 1 evaluated
// exactly in 64-bit integers (an axis of radius 0 only admits offset 0).
inline bool inside(int dx, int dy, int dz, int rx, int ry, int rz, int sphere) {
  if (sphere == 0) return true;
  const long ax = rx == 0 ? 1 : (long) rx * rx;
  const long ay = ry == 0 ? 1 : (long) ry * ry;
  const long az = rz == 0 ? 1 : (long) rz * rz;
  return (long) dx * dx * ay * az + (long) dy * dy * ax * az + (long) dz * dz * ax * ay <= ax * ay * az;
}

// mode 0: mean, 1: minimum, 2: maximum, 3: population variance (two passes),
// 4: binary erosion, 5: binary dilation (non-zero is foreground, 255 out).
// Clamp to edge. Integer outputs (rounding != 0) are rounded half up and saturated.
__kernel void neighbourhood(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int width, const int height,
  const int depth, const int rx, const int ry, const int rz, const int sphere, const int mode, const int rounding)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  float sum = 0, lo = INFINITY, hi = -INFINITY;
  int count = 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int zz = clampi(z + dz, depth - 1);
    for (int dy = -ry; dy <= ry; dy++) {
      const int yy = clampi(y + dy, height - 1);
      for (int dx = -rx; dx <= rx; dx++) {
        if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
        const int xx = clampi(x + dx, width - 1);
        float v = (float) src[(zz * height + yy) * width + xx];
        if (mode >= 4) v = v != 0 ? 1.0f : 0.0f;
        sum += v;
        lo = fmin(lo, v);
        hi = fmax(hi, v);
        count++;
      }
    }
  }
  float result;
  if (mode == 0) result = sum / count;
  else if (mode == 1) result = lo;
  else if (mode == 2) result = hi;
  else if (mode == 4) result = lo * 255;
  else if (mode == 5) result = hi * 255;
  else {
    const float mean = sum / count;
    float squares = 0;
    for (int dz = -rz; dz <= rz; dz++) {
      const int zz = clampi(z + dz, depth - 1);
      for (int dy = -ry; dy <= ry; dy++) {
        const int yy = clampi(y + dy, height - 1);
        for (int dx = -rx; dx <= rx; dx++) {
          if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
          const int xx = clampi(x + dx, width - 1);
          const float d = (float) src[(zz * height + yy) * width + xx] - mean;
          squares += d * d;
        }
      }
    }
    result = squares / count;
  }
  if (rounding != 0) result = floor(result + 0.5f);
  dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(result);
}
