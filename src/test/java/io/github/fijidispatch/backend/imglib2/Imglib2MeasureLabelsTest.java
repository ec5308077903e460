package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import net.imglib2.img.Img;
import net.imglib2.parallel.Parallelization;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

class Imglib2MeasureLabelsTest extends AbstractReferenceTest {

	@Test
	void measuresEveryLabelPresentInLabelOrder() {
		// labels      intensity
		// 3 3 0       1 2 3
		// 0 1 0       4 5 6
		final Img<? extends RealType<?>> labels = TestImages.of(PixelKind.FLOAT32, new long[] { 3, 2 }, 3, 3, 0, 0, 1, 0);
		final Img<? extends RealType<?>> intensity = TestImages.of(PixelKind.UINT8, new long[] { 3, 2 }, 1, 2, 3, 4, 5, 6);
		final ResultTable t = dispatch.op(MeasureLabelsOp.ID).inputs(labels, intensity).runTable();
		assertEquals(java.util.Arrays.asList(MeasureLabelsOp.COLUMNS), t.columns());
		assertEquals(2, t.rowCount());
		assertArrayEquals(new double[] { 1, 1, 5, 5, 5, 1, 1, 0 }, t.row(0));
		assertArrayEquals(new double[] { 3, 2, 1.5, 1, 2, 0.5, 0, 0 }, t.row(1));
	}

	@Test
	void threeDimensionalMeasuresMatchABruteForceCount() {
		final long[] dims = { 9, 7, 11 };
		final Img<? extends RealType<?>> labels = TestImages.random(PixelKind.UINT16, 5, 6, dims);
		final Img<? extends RealType<?>> intensity = TestImages.random(PixelKind.FLOAT32, 6, 1000, dims);
		final ResultTable t = Parallelization.runWithNumThreads(3, () -> dispatch.op(MeasureLabelsOp.ID).inputs(labels,
			intensity).runTable());
		final double[] l = TestImages.values(labels);
		final double[] v = TestImages.values(intensity);
		assertEquals(5, t.rowCount());
		for (int r = 0; r < 5; r++) {
			final int k = r + 1;
			double n = 0, sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE, cx = 0, cy = 0, cz = 0;
			for (int i = 0; i < l.length; i++) {
				if (l[i] != k) continue;
				n++;
				sum += v[i];
				min = Math.min(min, v[i]);
				max = Math.max(max, v[i]);
				cx += i % 9;
				cy += (i / 9) % 7;
				cz += i / 63;
			}
			final double[] row = t.row(r);
			assertArrayEquals(new double[] { k, n, sum / n, min, max, cx / n, cy / n, cz / n }, row, 1e-9);
		}
	}

	@Test
	void mismatchedSizesAreRejected() {
		final Img<? extends RealType<?>> labels = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 2 }, 1, 1, 1, 1);
		final Img<? extends RealType<?>> intensity = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, 1, 1);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dispatch.op(
			MeasureLabelsOp.ID).inputs(labels, intensity).run());
		assertTrue(e.getMessage().contains("intensity") && e.getMessage().contains("2x1"), e.getMessage());
	}

	@Test
	void fractionalLabelFailsNamingTheValue() {
		final Img<? extends RealType<?>> labels = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, 1, 2.5);
		final Img<? extends RealType<?>> intensity = TestImages.of(PixelKind.FLOAT32, new long[] { 2, 1 }, 1, 1);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Imglib2MeasureLabels()
			.compute(new io.github.fijidispatch.backend.OpCall(new MeasureLabelsOp(), new MeasureLabelsOp().resolve(null),
				java.util.Arrays.asList(labels, intensity), java.util.Arrays.asList(
					io.github.fijidispatch.backend.HostImages.describe(labels), io.github.fijidispatch.backend.HostImages
						.describe(intensity))), new Imglib2Backend()));
		assertTrue(e.getMessage().contains("2.5"), e.getMessage());
	}
}
