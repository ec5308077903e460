package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;

import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.filter.DifferenceOfGaussiansOp;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;

import org.junit.jupiter.api.Test;

/**
 * Local ops whose plan takes the interior window ({@code filter.gauss}, {@code filter.dog}) by blocks: each block
 * call returns just its interior, run into the output's region in memory or written to a sink without regions, and
 * the result equals the whole-image run bit for bit on imglib2 (2D and 3D, float32 with NaN and ±Inf, uint16; blocks
 * smaller than the halo, one-pixel remainders, σ = 0 on an axis).
 */
class InteriorWindowBlocksTest extends AbstractBlockTest {

	@Test
	void blocksEqualTheWholeImageBitForBit() {
		for (final long[] dims : new long[][] { { 41, 29 }, { 21, 17, 9 } }) {
			for (final Img<?> image : Arrays.asList(BlockImagesForTests.floats(dims.length, 9, dims), BlockImagesForTests
				.shorts(5, dims)))
			{
				final OpRequest[] calls = { gauss(image, new double[] { 2 }), gauss(image, Arrays.copyOf(new double[] { 0, 1.3,
					2.1 }, dims.length)), dog(image, new double[] { 1.1 }, new double[] { 0.6, 0 }) };
				for (final OpRequest call : calls) {
					assertTrue(new BlockEngine(dispatch).plan(call).takesInteriorWindow(), call.opId());
					final Object whole = copy(call).run();
					for (final long[] perAxis : new long[][] { { 3 }, { 10, 7, 4 }, { 20, 14, 8 }, { 100 } }) {
						final long[] block = Arrays.copyOf(perAxis, Math.min(perAxis.length, dims.length));
						final String what = call.opId() + " " + call.params() + " " + Arrays.toString(dims) + " by blocks of " +
							Arrays.toString(block);
						BlockImagesForTests.assertSameBits(whole, new BlockEngine(dispatch).run(copy(call), block), what);
						BlockImagesForTests.assertSameBits(whole, new BlockEngine(dispatch).run(withoutInputs(call), Collections
							.singletonList(BlockSource.of(real(image))), withoutRegions(), block), what + " to a sink without regions");
					}
				}
			}
		}
	}

	/** Memory output whose sink hands out no regions: every block result is written on the calling thread. */
	private static BlockOutput withoutRegions() {
		return (info, chunk) -> {
			final ImageSink sink = new ImageSink(info);
			return new BlockSink() {

				@Override
				public void write(final RandomAccessibleInterval<?> result, final net.imglib2.Interval part,
					final long[] min)
				{
					sink.write(result, part, min);
				}

				@Override
				public Object complete(final BlockRunSummary summary) {
					return sink.complete(summary);
				}
			};
		};
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>> real(final Img<?> image) {
		return (RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>>) image;
	}

	private static OpRequest gauss(final Img<?> image, final double[] sigma) {
		return dispatch.op(GaussOp.ID).input(image).set("sigma", sigma).on("imglib2");
	}

	private static OpRequest dog(final Img<?> image, final double[] sigma1, final double[] sigma2) {
		return dispatch.op(DifferenceOfGaussiansOp.ID).input(image).set("sigma1", sigma1).set("sigma2", sigma2).on(
			"imglib2");
	}

	private static OpRequest copy(final OpRequest call) {
		return withoutInputs(call).inputs(call.inputs().toArray());
	}

	private static OpRequest withoutInputs(final OpRequest call) {
		return dispatch.op(call.opId()).set(call.params()).on("imglib2");
	}
}
