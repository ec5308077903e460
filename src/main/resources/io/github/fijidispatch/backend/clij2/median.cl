// Kernel of the clij2 backend (Fiji Dispatch). Images are addressed as flat
// buffers, X fastest, so one kernel serves 2D (depth 1) and 3D images.
// One kernel per file: CLIJ2 defines the image macros per call.
//
// The median is found without holding the neighbourhood: a bisection over
// order-preserving keys of the pixel values, counting per step how many
// neighbours have a key at most the midpoint. No private array, so the
// work-item's stack use does not grow with the window (PoCL keeps the
// private arrays of a whole work-group on one worker thread's stack: CLIJ2's
// median, with float[1000] per work-item, overflowed it).

#include "clamp_to_edge.cl"
#include "neighbourhood_shape.cl"

// An unsigned key whose order is the contract's order of values: integer
// kinds (integer != 0) their value; floats their bits with the sign folded
// so that -inf < ... < -0 < +0 < ... < +inf, every NaN above everything.
inline uint key_of(float v, int integer) {
  if (integer != 0) return (uint) v;
  if (isnan(v)) return 0xFFFFFFFFu;
  const uint b = as_uint(v);
  return (b & 0x80000000u) != 0 ? ~b : (b | 0x80000000u);
}

// The value of a key (the inverse of key_of; the NaN key gives a NaN).
inline float value_of(uint k, int integer) {
  if (integer != 0) return (float) k;
  return as_float((k & 0x80000000u) != 0 ? (k ^ 0x80000000u) : ~k);
}

// How many neighbours of (x, y, z) have a key <= limit (clamp to edge).
inline int count_at_most(__global const IMAGE_src_PIXEL_TYPE* src, int x, int y, int z, int width, int height, int depth,
  int rx, int ry, int rz, int sphere, int integer, uint limit)
{
  int n = 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int zz = clampi(z + dz, depth - 1);
    for (int dy = -ry; dy <= ry; dy++) {
      const int yy = clampi(y + dy, height - 1);
      for (int dx = -rx; dx <= rx; dx++) {
        if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
        const int xx = clampi(x + dx, width - 1);
        n += key_of((float) src[(zz * height + yy) * width + xx], integer) <= limit ? 1 : 0;
      }
    }
  }
  return n;
}

// Each pixel of dst becomes element n/2 (0-based) of the sorted values of its
// neighbourhood that are not NaN, n of them (box or ellipsoid of radii rx, ry,
// rz; clamp to edge); NaN when n = 0. NaN has the largest key, above every
// value's, so the bisection between the smallest and largest key of a value
// never counts it. integer != 0: src holds whole numbers >= 0 (uint8, uint16).
__kernel void median(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int width, const int height,
  const int depth, const int rx, const int ry, const int rz, const int sphere, const int integer)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  uint lo = 0xFFFFFFFFu, hi = 0;
  int count = 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int zz = clampi(z + dz, depth - 1);
    for (int dy = -ry; dy <= ry; dy++) {
      const int yy = clampi(y + dy, height - 1);
      for (int dx = -rx; dx <= rx; dx++) {
        if (!inside(dx, dy, dz, rx, ry, rz, sphere)) continue;
        const int xx = clampi(x + dx, width - 1);
        const float v = (float) src[(zz * height + yy) * width + xx];
        if (isnan(v)) continue;
        const uint k = key_of(v, integer);
        lo = min(lo, k);
        hi = max(hi, k);
        count++;
      }
    }
  }
  // NB: the smallest key with more than count/2 neighbours at or below it is
  // a key that occurs in the neighbourhood, and it is the median's.
  if (count == 0) {
    dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(NAN);
    return;
  }
  const int rank = count / 2;
  while (lo < hi) {
    const uint mid = lo + (hi - lo) / 2;
    if (count_at_most(src, x, y, z, width, height, depth, rx, ry, rz, sphere, integer, mid) > rank) hi = mid;
    else lo = mid + 1;
  }
  dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(value_of(lo, integer));
}
