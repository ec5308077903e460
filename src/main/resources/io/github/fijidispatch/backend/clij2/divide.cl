// A kernel of the clij2 backend (Fiji Dispatch), run with CLIJ2's custom-kernel
// execution; one kernel per file, since CLIJ2 defines the image macros per call.
// Images are flat buffers, X fastest: one kernel serves 2D (depth 1) and 3D.

// The IEEE 754 quotient a / b in float: x / 0 is +inf or -inf by the signs,
// 0 / 0 and inf / inf are NaN, x / inf is 0, and a NaN operand gives NaN.
// NB: the special cases are spelled out: PoCL's division gave NaN for x / 0
// and for inf / y.
__kernel void divide(IMAGE_dst_TYPE dst, IMAGE_a_TYPE a, IMAGE_b_TYPE b, const int width, const int height,
  const int depth)
{
  const int i = (get_global_id(2) * height + get_global_id(1)) * width + get_global_id(0);
  const float x = (float) a[i], y = (float) b[i];
  const bool negative = signbit(x) != signbit(y);
  float q;
  if (isnan(x) || isnan(y)) q = NAN;
  else if (y == 0) q = x == 0 ? NAN : (negative ? -INFINITY : INFINITY);
  else if (isinf(y)) q = isinf(x) ? NAN : (negative ? -0.0f : 0.0f);
  else if (isinf(x)) q = negative ? -INFINITY : INFINITY;
  else q = x / y;
  dst[i] = CONVERT_dst_PIXEL_TYPE(q);
}
