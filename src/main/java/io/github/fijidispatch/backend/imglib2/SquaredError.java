package io.github.fijidispatch.backend.imglib2;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/** The mean squared difference of two images of equal size, summed in double over parallel chunks. */
final class SquaredError {

	private SquaredError() {
		// NB: static holder
	}

	static double mean(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b)
	{
		final List<double[]> parts = LoopBuilder.setImages(Views.zeroMin(a), Views.zeroMin(b)).multiThreaded()
			.forEachChunk(chunk -> {
				final double[] sum = new double[1];
				chunk.forEachPixel((x, y) -> {
					final double d = x.getRealDouble() - y.getRealDouble();
					sum[0] += d * d;
				});
				return sum;
			});
		double total = 0;
		for (final double[] s : parts)
			total += s[0];
		return total / Intervals.numElements(a);
	}
}
