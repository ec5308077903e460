// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

// One step of the flood from the border through background: a background
// pixel of mask (value 0) becomes reached (1) when it lies on the border or
// a face neighbour in src is reached (face connectivity: 4 in 2D, 6 in 3D).
__kernel void flood_step(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, IMAGE_mask_TYPE mask, const int width,
  const int height, const int depth)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  const int i = (z * height + y) * width + x;
  float reached = (float) src[i];
  if (reached == 0 && (float) mask[i] == 0) {
    const bool border = x == 0 || y == 0 || x == width - 1 || y == height - 1 ||
      (depth > 1 && (z == 0 || z == depth - 1));
    if (border ||
        (x > 0 && (float) src[i - 1] != 0) || (x < width - 1 && (float) src[i + 1] != 0) ||
        (y > 0 && (float) src[i - width] != 0) || (y < height - 1 && (float) src[i + width] != 0) ||
        (z > 0 && (float) src[i - width * height] != 0) || (z < depth - 1 && (float) src[i + width * height] != 0))
      reached = 1;
  }
  dst[i] = CONVERT_dst_PIXEL_TYPE(reached);
}
