package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.filter.MedianOp;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.project.MeanProjectionOp;
import io.github.fijidispatch.testing.ScijavaContext;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.ZProjector;
import ij.plugin.filter.RankFilters;
import ij.process.FloatProcessor;
import ij.process.ImageStatistics;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On float images with NaN, the reference agrees with ImageJ 1 where ImageJ 1
 * follows the same "no data" rule: the NaN-aware median of
 * {@link RankFilters}, the statistics of a float image
 * ({@code FloatStatistics}: NaN out of the pixel count) and {@link ZProjector}'s
 * average projection. The images hold scattered NaN and a NaN block larger
 * than the neighbourhood, so that windows of NaN only occur.
 */
class ImageJ1NonFiniteAgreementTest {

	private static final int W = 37;
	private static final int H = 29;

	@RegisterExtension
	static final ScijavaContext context = ScijavaContext.perClass(DispatchService.class);

	/** Random values in [−50, 150), one in five NaN, and a 7×7 NaN block. */
	private static float[] valuesWithNaN(final long seed) {
		final Random r = new Random(seed);
		final float[] v = new float[W * H];
		for (int i = 0; i < v.length; i++)
			v[i] = r.nextInt(5) == 0 ? Float.NaN : r.nextFloat() * 200 - 50;
		for (int y = 10; y < 17; y++)
			for (int x = 12; x < 19; x++)
				v[y * W + x] = Float.NaN;
		return v;
	}

	/**
	 * ImageJ's NaN-aware median ({@code RankFilters.getNaNAwareMedian}) takes
	 * the median of the values that are not NaN; for an even count of them it
	 * answers either middle value (it depends on its running guess), ours is
	 * the upper one: where the count is odd the two are equal, where it is even
	 * ImageJ's is one of the two. NB: ImageJ 1 starts its search from the
	 * pixel's own value, and from a NaN it never moves: a NaN pixel stays NaN
	 * there, while our rule gives it the median of its neighbours (a window of
	 * NaN only gives NaN in both); the comparison leaves NaN pixels out.
	 */
	@Test
	void medianSkipsNanAsRankFiltersDoes() {
		final float[] values = valuesWithNaN(3);
		for (final int radius : new int[] { 1, 2 }) {
			final boolean box = radius == 1;
			final FloatProcessor ip = new FloatProcessor(W, H, values.clone());
			new RankFilters().rank(ip, box ? 1 : Math.sqrt(radius * radius - 1) + 1e-9, RankFilters.MEDIAN);
			final float[] ours = floats(context.dispatch().op(MedianOp.ID).input(ArrayImgs.floats(values.clone(), W, H))
				.set("radius", radius).set("shape", box ? "box" : "sphere").on(Imglib2Backend.ID).runImage());
			int odd = 0;
			int allNaN = 0;
			int nanPixels = 0;
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++) {
					final float[] window = window(values, x, y, radius, !box);
					final float ij = ip.getf(x, y);
					final float mine = ours[y * W + x];
					final String where = "radius " + radius + " at (" + x + ", " + y + "): ImageJ " + ij + ", ours " + mine;
					if (Float.isNaN(values[y * W + x])) {
						nanPixels++;
						if (window.length == 0) allNaN++;
						assertTrue(Float.isNaN(ij), "ImageJ 1 keeps NaN pixels " + where);
						assertEquals(window.length == 0 ? Float.NaN : window[window.length / 2], mine, 0f, where);
					}
					else if (window.length == 0) {
						allNaN++;
						assertTrue(Float.isNaN(ij) && Float.isNaN(mine), where);
					}
					else if (window.length % 2 == 1) {
						odd++;
						assertEquals(ij, mine, 0f, where);
					}
					else {
						assertEquals(window[window.length / 2], mine, 0f, where);
						assertTrue(ij == window[window.length / 2] || ij == window[window.length / 2 - 1], where);
					}
				}
			assertTrue(odd > 100 && allNaN > 0 && nanPixels > 0, "the image exercises odd counts (" + odd + "), NaN-only " +
				"windows (" + allNaN + ") and NaN pixels (" + nanPixels + ")");
		}
	}

	@Test
	void statisticsLeaveNanOutOfTheCountAsFloatStatisticsDoes() {
		final float[] values = valuesWithNaN(4);
		final ImageStatistics s = new FloatProcessor(W, H, values.clone()).getStats();
		final ResultTable t = context.dispatch().op(StatsOp.ID).input(ArrayImgs.floats(values.clone(), W, H))
			.on(Imglib2Backend.ID)
			.runTable();
		final double n = s.pixelCount;
		assertEquals(n, t.get(0, "count"), 0);
		assertEquals(W * H - n, t.get(0, "nan_count"), 0);
		assertEquals(s.mean, t.get(0, "mean"), 1e-4);
		assertEquals(s.min, t.get(0, "min"), 0);
		assertEquals(s.max, t.get(0, "max"), 0);
		// NB: ImageJ's stdDev is the sample standard deviation
		assertEquals(s.stdDev * Math.sqrt((n - 1) / n), t.get(0, "stddev"), 1e-4);
	}

	@Test
	void meanProjectionSkipsNanAsZProjectorsAverageDoes() {
		final int depth = 5;
		final ImageStack stack = new ImageStack(W, H);
		final float[] all = new float[W * H * depth];
		for (int z = 0; z < depth; z++) {
			final float[] slice = valuesWithNaN(10 + z);
			stack.addSlice(new FloatProcessor(W, H, slice.clone()));
			System.arraycopy(slice, 0, all, z * W * H, W * H);
		}
		final ImagePlus avg = ZProjector.run(new ImagePlus("stack", stack), "avg");
		final Img<FloatType> img = ArrayImgs.floats(all, W, H, depth);
		final float[] ours = floats(context.dispatch().op(MeanProjectionOp.ID).input(img).on(Imglib2Backend.ID)
			.runImage());
		final float[] ij = (float[]) avg.getProcessor().getPixels();
		int nanLines = 0;
		for (int i = 0; i < ij.length; i++) {
			if (Float.isNaN(ij[i])) nanLines++;
			assertEquals(ij[i], ours[i], 1e-4, "pixel " + i);
		}
		assertTrue(nanLines > 0, "the stack has lines of NaN only");
	}

	/** The sorted values that are not NaN in the neighbourhood of (x, y), clamped to the edge. */
	private static float[] window(final float[] values, final int x, final int y, final int radius, final boolean sphere) {
		final float[] w = new float[(2 * radius + 1) * (2 * radius + 1)];
		int k = 0;
		for (int dy = -radius; dy <= radius; dy++)
			for (int dx = -radius; dx <= radius; dx++) {
				if (sphere && dx * dx + dy * dy > radius * radius) continue;
				final float v = values[clamp(y + dy, H) * W + clamp(x + dx, W)];
				if (!Float.isNaN(v)) w[k++] = v;
			}
		final float[] sorted = Arrays.copyOf(w, k);
		Arrays.sort(sorted);
		return sorted;
	}

	private static int clamp(final int v, final int size) {
		return Math.max(0, Math.min(size - 1, v));
	}

	private static float[] floats(final Object image) {
		final double[] v = FilterTestImages.values((net.imglib2.RandomAccessibleInterval<?>) image);
		final float[] f = new float[v.length];
		for (int i = 0; i < v.length; i++)
			f[i] = (float) v[i];
		return f;
	}

}
