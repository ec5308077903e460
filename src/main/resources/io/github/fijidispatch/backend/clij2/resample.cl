// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

// Resampling with separable per-axis lookups computed on the host: along
// each axis, output index i reads source index lo[i] with weight 1 - w[i]
// and lo[i] + 1 with weight w[i] (nearest: w = 0); indices outside the
// source read zero. Integer outputs (rounding != 0) rounded half up, saturated.

__kernel void resample(IMAGE_dst_TYPE dst, IMAGE_src_TYPE src, IMAGE_lx_TYPE lx, IMAGE_ly_TYPE ly, IMAGE_lz_TYPE lz,
  IMAGE_wx_TYPE wx, IMAGE_wy_TYPE wy, IMAGE_wz_TYPE wz, const int sw, const int sh, const int sd, const int width,
  const int height, const int rounding)
{
  const int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  const int x0 = (int) lx[x], y0 = (int) ly[y], z0 = (int) lz[z];
  const float fx = wx[x], fy = wy[y], fz = wz[z];
  float sum = 0;
  for (int c = 0; c < 8; c++) {
    const int xi = x0 + (c & 1), yi = y0 + ((c >> 1) & 1), zi = z0 + ((c >> 2) & 1);
    const float w = ((c & 1) ? fx : 1 - fx) * (((c >> 1) & 1) ? fy : 1 - fy) * (((c >> 2) & 1) ? fz : 1 - fz);
    if (w == 0 || xi < 0 || yi < 0 || zi < 0 || xi >= sw || yi >= sh || zi >= sd) continue;
    sum += w * (float) src[(zi * sh + yi) * sw + xi];
  }
  if (rounding != 0) sum = floor(sum + 0.5f);
  dst[(z * height + y) * width + x] = CONVERT_dst_PIXEL_TYPE(sum);
}
