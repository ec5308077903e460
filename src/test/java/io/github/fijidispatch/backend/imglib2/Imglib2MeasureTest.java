package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.measure.StatsOp;
import io.github.fijidispatch.op.metrics.MseOp;
import io.github.fijidispatch.op.metrics.PsnrOp;
import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageStatistics;
import io.github.fijidispatch.ij.ImagePlusImages;
import net.imglib2.img.Img;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2MeasureTest extends AbstractReferenceTest {

	@Test
	void statsOfASmallImage() {
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 2 }, 2, 4, 4, 6);
		final ResultTable t = dispatch.op(StatsOp.ID).input(img).runTable();
		assertEquals(java.util.Arrays.asList(StatsOp.COLUMNS), t.columns());
		assertArrayEquals(new double[] { 2, 6, 4, 16, Math.sqrt(2), 4, 0 }, t.row(0), 1e-12);
	}

	/** Large enough to be counted as a histogram: the same statistics as summing every pixel. */
	@Test
	void statsOfLargeIntegerImagesEqualDirectSums() {
		for (final PixelKind kind : new PixelKind[] { PixelKind.UINT8, PixelKind.INT8, PixelKind.UINT16, PixelKind.INT16 }) {
			final Img<? extends RealType<?>> img = TestImages.random(kind, kind.ordinal(), 30000, 700, 400);
			final double[] values = TestImages.values(img);
			double sum = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (final double v : values) {
				sum += v;
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			final double mean = sum / values.length;
			double sq = 0;
			for (final double v : values)
				sq += (v - mean) * (v - mean);
			final double[] row = dispatch.op(StatsOp.ID).input(img).runTable().row(0);
			final double[] expected = { min, max, mean, sum, Math.sqrt(sq / values.length), values.length, 0 };
			for (int c = 0; c < expected.length; c++)
				assertEquals(expected[c], row[c], 1e-9 * Math.max(1, Math.abs(expected[c])), kind + " " + StatsOp.COLUMNS[c]);
		}
	}

	@Test
	void statsAgreeWithImageJOnCoinsWhateverTheThreadCount() {
		final ImagePlus imp = IJ.openImage("/work/shared/data/coins.png");
		final ImageStatistics s = imp.getProcessor().getStats();
		final double n = s.pixelCount;
		final double populationSd = s.stdDev * Math.sqrt((n - 1) / n);
		for (final int threads : new int[] { 1, 2, 5 }) {
			final ResultTable t = Parallelization.runWithNumThreads(threads, () -> dispatch.op(StatsOp.ID).input(
				ImagePlusImages.wrap(imp)).runTable());
			assertArrayEquals(new double[] { s.min, s.max, s.mean, s.mean * n, populationSd, n, 0 }, t.row(0), 1e-6);
		}
	}

	@Test
	void mseAndPsnrOfKnownDifferences() {
		final Img<? extends RealType<?>> ref = TestImages.of(PixelKind.UINT8, new long[] { 2, 2, 1 }, 10, 20, 30, 40);
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.UINT8, new long[] { 2, 2, 1 }, 12, 20, 30, 36);
		final double mse = (4 + 16) / 4.0;
		assertEquals(mse, dispatch.op(MseOp.ID).inputs(ref, img).runTable().get(0, "mse"), 1e-12);
		assertEquals(10 * Math.log10(255.0 * 255 / mse), dispatch.op(PsnrOp.ID).inputs(ref, img).runTable().get(0, "psnr"),
			1e-9);
		final Img<? extends RealType<?>> wide = TestImages.of(PixelKind.UINT16, new long[] { 2, 2, 1 }, 10, 20, 30, 40);
		assertEquals(10 * Math.log10(65535.0 * 65535 / mse), dispatch.op(PsnrOp.ID).inputs(wide, img).runTable().get(0,
			"psnr"), 1e-9);
	}

	@Test
	void psnrOfFloatUsesTheReferenceRangeAndIdenticalImagesGiveInfinity() {
		final Img<? extends RealType<?>> ref = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, -1, 1);
		final Img<? extends RealType<?>> img = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, -1, 0);
		assertEquals(10 * Math.log10(4 / 0.5), dispatch.op(PsnrOp.ID).inputs(ref, img).runTable().get(0, "psnr"), 1e-9);
		assertEquals(Double.POSITIVE_INFINITY, dispatch.op(PsnrOp.ID).inputs(ref, ref).runTable().get(0, "psnr"));
	}

	@Test
	void metricsRejectDifferentSizes() {
		final Img<? extends RealType<?>> a = TestImages.of(PixelKind.UINT8, new long[] { 2, 1 }, 1, 2);
		final Img<? extends RealType<?>> b = TestImages.of(PixelKind.UINT8, new long[] { 1, 2 }, 1, 2);
		assertThrows(IllegalArgumentException.class, () -> dispatch.op(MseOp.ID).inputs(a, b).run());
		assertThrows(IllegalArgumentException.class, () -> dispatch.op(PsnrOp.ID).inputs(a, b).run());
	}
}
