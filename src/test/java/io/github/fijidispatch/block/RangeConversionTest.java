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
import io.github.fijidispatch.op.convert.ConvertTypeOp;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code convert.type} with {@code scale=true} by blocks (the finite [min, max] merged from the blocks, then each
 * block converted with it) equals the whole-image conversion bit for bit: float32 with NaN and ±Inf and uint16 to
 * uint8 and uint16, 2D and 3D, blocks of one pixel, one-pixel remainders and one block; also an image whose finite
 * values sit in one block only, a constant image and an image without a finite value.
 */
class RangeConversionTest extends AbstractBlockTest {

	private static final long[][] BLOCKS_2D = { { 1 }, { 6, 4 }, { 1000 } };
	private static final long[][] BLOCKS_3D = { { 4, 3, 1 }, { 6, 4, 3 }, { 1000 } };

	@TestFactory
	Stream<DynamicTest> blocksEqualTheWholeImageBitForBit() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final long[] dims : new long[][] { { 31, 13 }, { 13, 11, 7 } }) {
			final List<Img<?>> images = Arrays.asList(BlockImagesForTests.floats(5, 12, dims), BlockImagesForTests.shorts(6,
				dims), oneFiniteCorner(dims, 7), constant(dims, 3), constant(dims, Float.NaN));
			for (final String target : new String[] { "uint8", "uint16" }) {
				for (int i = 0; i < images.size(); i++) {
					final Img<?> image = images.get(i);
					final String name = "#" + i + " " + image.firstElement().getClass().getSimpleName() + " " + Arrays.toString(
						dims) + " to " + target;
					tests.add(DynamicTest.dynamicTest(name, () -> {
						final Object whole = call(image, target).run();
						for (final long[] block : dims.length == 2 ? BLOCKS_2D : BLOCKS_3D)
							BlockImagesForTests.assertSameBits(whole, new BlockEngine(dispatch).run(call(image, target), block), name +
								" by blocks of " + Arrays.toString(block));
					}));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void onlyAScalingConversionHasTheRangePlan() {
		final Img<?> floats = ArrayImgs.floats(8, 8);
		assertEquals(BlockPlan.Kind.GLOBAL_RANGE, new BlockEngine(dispatch).plan(call(floats, "uint8")).kind());
		assertEquals("point-wise", new BlockEngine(dispatch).plan(call(floats, "float32")).describe());
		assertEquals("point-wise", new BlockEngine(dispatch).plan(call(floats, "uint8").set("scale", false)).describe());
	}

	@Test
	void theInternalRangeIsCheckedAndNotPublic() {
		final Img<?> floats = ArrayImgs.floats(8, 8);
		final IllegalArgumentException alone = assertThrows(IllegalArgumentException.class, () -> call(floats, "uint8").set(
			ConvertTypeOp.RANGE_MIN, 1).run());
		assertTrue(alone.getMessage().contains("go together"), alone.getMessage());
		final IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class, () -> call(floats, "uint8")
			.set(ConvertTypeOp.RANGE_MIN, 2).set(ConvertTypeOp.RANGE_MAX, 1).run());
		assertTrue(reversed.getMessage().contains("min ≤ max"), reversed.getMessage());
		for (final io.github.fijidispatch.op.ParameterSpec p : dispatch.opDefinition(ConvertTypeOp.ID).parameters())
			assertTrue(p.name().equals("target") || p.name().equals("scale"), p.name());
	}

	private static OpRequest call(final Img<?> image, final String target) {
		return dispatch.op(ConvertTypeOp.ID).input(image).set("target", target).set("scale", true).on("imglib2");
	}

	/** NaN everywhere but a few finite values (and an infinity) near the last corner. */
	private static Img<?> oneFiniteCorner(final long[] dims, final long seed) {
		final long size = net.imglib2.util.Intervals.numElements(dims);
		final float[] data = new float[(int) size];
		Arrays.fill(data, Float.NaN);
		data[data.length - 1] = 17.5f;
		data[data.length - 2] = -3.25f + seed;
		data[data.length - 3] = Float.POSITIVE_INFINITY;
		data[data.length - 5] = 9f;
		return ArrayImgs.floats(data, dims);
	}

	private static Img<?> constant(final long[] dims, final float value) {
		final Img<FloatType> img = ArrayImgs.floats(dims);
		for (final FloatType t : img)
			t.set(value);
		return img;
	}
}
