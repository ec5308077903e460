package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

import org.junit.jupiter.api.Test;

/** The blocks a run keeps in flight fit the free heap: the estimate of a block, and the threads it leaves. */
class BlockMemoryTest {

	private static final ImageInfo VOLUME = new ImageInfo(new long[] { 1024, 1024, 128 }, PixelKind.UINT16);

	@Test
	void aFilterBlockHoldsItsHaloBoxInTheInputTheResultAndTheFloatCopies() {
		final long bytes = BlockMemory.bytesPerBlock(BlockPlan.local(3, 8), Collections.singletonList(VOLUME), VOLUME,
			new long[] { 64 });
		assertEquals(80L * 80 * 80 * (2 + 2 + BlockMemory.WORKING_BYTES_FILTER), bytes);
	}

	@Test
	void aPointOpBlockHasNoHaloAndOneIntermediate() {
		final ImageInfo floats = new ImageInfo(VOLUME.dimensions(), PixelKind.FLOAT32);
		assertEquals(64L * 64 * 64 * (2 + 4 + BlockMemory.WORKING_BYTES_OTHER), BlockMemory.bytesPerBlock(BlockPlan
			.pointwise(3), Collections.singletonList(VOLUME), floats, new long[] { 64 }));
	}

	@Test
	void theBoxNeverExceedsTheImageAndAReductionSpansItsAxis() {
		final ImageInfo small = new ImageInfo(new long[] { 10, 20, 30 }, PixelKind.UINT8);
		assertEquals(10L * 20 * 30 * (1 + 1 + BlockMemory.WORKING_BYTES_FILTER), BlockMemory.bytesPerBlock(BlockPlan
			.local(3, 8), Collections.singletonList(small), small, new long[] { 64 }));
		assertEquals(8L * 8 * 30 * (1 + BlockMemory.WORKING_BYTES_OTHER), BlockMemory.bytesPerBlock(BlockPlan
			.axisReduction(2), Collections.singletonList(small), null, new long[] { 8 }));
		assertEquals(10L * 20 * 30 * (1 + 1 + 1 + BlockMemory.WORKING_BYTES_OTHER), BlockMemory.bytesPerBlock(BlockPlan
			.pointwise(3), Arrays.asList(small, small), small, new long[] { 64 }));
	}

	@Test
	void threadsAreCutToTheBlocksThatFitTheFreeHeapBesideTheOneBeingWritten() {
		final long block = 8L << 20;
		final long roomFor = (long) (block / BlockMemory.HEAP_SHARE) + 1;
		assertEquals(4, BlockMemory.threads(4, block, 5 * roomFor), "four computing and one being written fit");
		assertEquals(4, BlockMemory.threads(4, block, 50 * roomFor), "never more than asked");
		assertEquals(2, BlockMemory.threads(4, block, 3 * roomFor));
		assertEquals(1, BlockMemory.threads(4, block, 2 * roomFor));
		assertEquals(1, BlockMemory.threads(4, block, 1), "at least one, however short the heap");
		assertEquals(1, BlockMemory.threads(1, block, 50 * roomFor));
	}
}
