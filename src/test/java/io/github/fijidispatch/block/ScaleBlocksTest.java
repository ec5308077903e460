package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.transform.ScaleOp;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code transform.scale} by output blocks equals the whole-image run bit for bit on imglib2, for both
 * interpolations (the blocks sample at the whole image's positions, so linear is exact too): odd sizes, factors
 * below and above 1, non-integer and per-axis factors, an axis scaled by 1, a factor whose output pixel lies
 * outside the image; 2D and 3D; float32 with NaN and ±Inf, and uint16 (rounded); blocks of one pixel (smaller than
 * the support), blocks leaving one-pixel remainders, and a single block.
 */
class ScaleBlocksTest extends AbstractBlockTest {

	private static final double[][] FACTORS = { { 0.5 }, { 2 }, { 1.7, 0.33, 1 }, { 0.37, 2.6, 1.5 }, { 1, 1.25, 0.8 },
		{ 3, 0.01, 1.1 }, { 0.999, 1.001, 0.6 } };
	private static final long[][] BLOCKS_2D = { { 1 }, { 2, 3 }, { 5, 4 }, { 1000 } };
	private static final long[][] BLOCKS_3D = { { 4, 3, 1 }, { 6 }, { 7, 5, 3 }, { 1000 } };

	@TestFactory
	Stream<DynamicTest> blocksEqualTheWholeImageBitForBit() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final String interpolation : new String[] { "nearest", "linear" }) {
			for (final double[] perAxis : FACTORS) {
				for (final long[] dims : new long[][] { { 37, 23 }, { 19, 13, 7 } }) {
					final double[] factors = Arrays.copyOf(perAxis, Math.min(perAxis.length, dims.length));
					final String name = interpolation + " ×" + Arrays.toString(factors) + " " + Arrays.toString(dims);
					tests.add(DynamicTest.dynamicTest(name, () -> {
						for (final Img<?> image : Arrays.asList(BlockImagesForTests.floats(dims.length, 9, dims), BlockImagesForTests
							.shorts(3, dims)))
						{
							final Object whole = call(image, factors, interpolation).run();
							for (final long[] block : dims.length == 2 ? BLOCKS_2D : BLOCKS_3D)
								BlockImagesForTests.assertSameBits(whole, new BlockEngine(dispatch).run(call(image, factors,
									interpolation), block), name + " " + image.firstElement().getClass().getSimpleName() +
										" by blocks of " + Arrays.toString(block));
						}
					}));
				}
			}
		}
		return tests.stream();
	}

	/** Each output block reads only the input its positions and the interpolation's support reach. */
	@Test
	void aBlockReadsItsSupportClippedToTheImage() {
		final Img<?> image = ArrayImgs.floats(40, 30);
		final BlockPlan linear = new BlockEngine(dispatch).plan(call(image, new double[] { 2, 0.5 }, "linear"));
		assertEquals(BlockPlan.Kind.INDEX_MAPPING, linear.kind());
		// x by 2: output 10..19 at positions 4.75..9.25 reads 4..10; y by 0.5: output 0..4 at 0.5..8.5 reads 0..9
		final long[][] box = linear.mapping().source(new long[] { 10, 0 }, new long[] { 19, 4 });
		assertEquals("[4, 0] [10, 9]", Arrays.toString(box[0]) + " " + Arrays.toString(box[1]));
		// the first output pixel by 2 sits at −0.25: its support starts outside, clipped to 0
		final long[][] first = linear.mapping().source(new long[] { 0, 0 }, new long[] { 0, 0 });
		assertEquals("[0, 0] [0, 1]", Arrays.toString(first[0]) + " " + Arrays.toString(first[1]));
		final BlockPlan nearest = new BlockEngine(dispatch).plan(call(image, new double[] { 2, 0.5 }, "nearest"));
		final long[][] near = nearest.mapping().source(new long[] { 10, 0 }, new long[] { 19, 4 });
		assertEquals("[5, 1] [9, 9]", Arrays.toString(near[0]) + " " + Arrays.toString(near[1]));
	}

	/** A box call (a tile) run by blocks again maps its blocks within the whole image: still the whole's box. */
	@Test
	void aBoxCallByBlocksIsTheWholeImagesBox() {
		final Img<?> image = BlockImagesForTests.floats(21, 5, 37, 23);
		for (final String interpolation : new String[] { "nearest", "linear" }) {
			final double[] factors = { 1.7, 0.45 };
			final Object whole = call(image, factors, interpolation).run();
			final long[] min = { 10, 3 };
			final long[] max = { 40, 8 };
			final BlockPlan plan = new BlockEngine(dispatch).plan(call(image, factors, interpolation));
			final long[][] source = plan.mapping().source(min, max);
			final OpRequest box = call(net.imglib2.view.Views.zeroMin(net.imglib2.view.Views.interval(image, source[0],
				source[1])), factors, interpolation).set(plan.mapping().parameters(min, max));
			final Object expected = net.imglib2.view.Views.zeroMin(net.imglib2.view.Views.interval(
				(net.imglib2.RandomAccessibleInterval<?>) whole, min, max));
			BlockImagesForTests.assertSameBits(expected, box.run(), interpolation + " box");
			for (final long[] block : new long[][] { { 1 }, { 4, 3 } })
				BlockImagesForTests.assertSameBits(expected, new BlockEngine(dispatch).run(call(net.imglib2.view.Views.zeroMin(
					net.imglib2.view.Views.interval(image, source[0], source[1])), factors, interpolation).set(plan.mapping()
						.parameters(min, max)), block), interpolation + " box by blocks of " + Arrays.toString(block));
		}
	}

	/** The internal box parameters go together and must hold what the box reads; the public contract lists none. */
	@Test
	void theInternalBoxParametersAreCheckedAndNotPublic() {
		final Img<?> image = ArrayImgs.floats(10, 10);
		final IllegalArgumentException partial = assertThrows(IllegalArgumentException.class, () -> call(image,
			new double[] { 2 }, "linear").set(ScaleOp.OUTPUT_ORIGIN, new int[] { 4, 4 }).run());
		assertTrue(partial.getMessage().contains("go together"), partial.getMessage());
		final IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> call(image,
			new double[] { 2 }, "linear").set(ScaleOp.OUTPUT_ORIGIN, new int[] { 4, 4 }).set(ScaleOp.OUTPUT_SIZE,
				new int[] { 4, 4 }).set(ScaleOp.SOURCE_ORIGIN, new int[] { 3, 0 }).run());
		assertTrue(late.getMessage().contains("from pixel 1") && late.getMessage().contains("axis x"), late.getMessage());
		for (final io.github.fijidispatch.op.ParameterSpec p : dispatch.opDefinition(ScaleOp.ID).parameters())
			assertTrue(p.name().equals("factors") || p.name().equals("interpolation"), p.name());
	}

	private static OpRequest call(final net.imglib2.RandomAccessibleInterval<?> image, final double[] factors, final String interpolation) {
		return dispatch.op(ScaleOp.ID).input(image).set("factors", factors).set("interpolation", interpolation).on(
			"imglib2");
	}
}
