// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

#include "clamp_to_edge.cl"

// Sobel gradient magnitude: for each axis a the correlation with the kernel
// whose weight at offset o is o_a * prod_{b != a} (2 - |o_b|), clamp to edge,
// float out. In 2D (depth 1) only the x and y terms exist. A neighbour of
// weight 0 is left out of its sum (o_a = 0): a NaN there does not reach that
// gradient, as in the reference, where 0 · NaN would make it NaN.
__kernel void sobel(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, const int width, const int height, const int depth)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  const int rz = depth > 1 ? 1 : 0;
  float gx = 0, gy = 0, gz = 0;
  for (int dz = -rz; dz <= rz; dz++) {
    const int zz = clampi(z + dz, depth - 1);
    const float wz = rz == 0 ? 1.0f : (float) (2 - abs(dz));
    for (int dy = -1; dy <= 1; dy++) {
      const int yy = clampi(y + dy, height - 1);
      const float wy = (float) (2 - abs(dy));
      for (int dx = -1; dx <= 1; dx++) {
        const int xx = clampi(x + dx, width - 1);
        const float wx = (float) (2 - abs(dx));
        const float v = (float) src[(zz * height + yy) * width + xx];
        if (dx != 0) gx += dx * wy * wz * v;
        if (dy != 0) gy += dy * wx * wz * v;
        if (dz != 0) gz += dz * wx * wy * v;
      }
    }
  }
  dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(sqrt(gx * gx + gy * gy + gz * gz));
}
