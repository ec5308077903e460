package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.transform.Rotate90Op;

import org.junit.jupiter.api.Test;
import org.scijava.Context;

/** The grid's geometry (remainders, halos clipped at the border, spanning an axis) and that plans travel as bytes. */
class BlockGridTest {

	@Test
	void contiguousBlocksAreWholeRowsOrPlanesWithinTheAskedPixelCount() {
		final BlockGrid rows = BlockGrid.of(new long[] { 2048, 2048 }, new long[] { 128 }).contiguous();
		assertArrayEquals(new long[] { 2048, 8 }, rows.blockSize());
		assertEquals(256, rows.size());
		final BlockGrid planes = BlockGrid.of(new long[] { 256, 256, 256 }, new long[] { 128 }).contiguous();
		assertArrayEquals(new long[] { 256, 256, 32 }, planes.blockSize());
		assertEquals(8, planes.size());
		// NB: 10 × 7 = 70 pixels of a 16 × 9 × 5 image: 4 whole rows, a remainder on the last block
		final BlockGrid uneven = BlockGrid.of(new long[] { 16, 9, 5 }, new long[] { 10, 7, 1 }).contiguous();
		assertArrayEquals(new long[] { 16, 4, 1 }, uneven.blockSize());
		assertArrayEquals(new long[] { 15, 8, 0 }, uneven.block(2).max());
		// NB: a row longer than the asked pixel count: the asked shape stays
		final BlockGrid narrow = BlockGrid.of(new long[] { 40, 32 }, new long[] { 3 });
		assertEquals(narrow.toString(), narrow.contiguous().toString());
	}

	@Test
	void lastBlockHoldsTheRemainderAndHalosStopAtTheBorder() {
		final BlockGrid grid = BlockGrid.of(new long[] { 10, 7 }, new long[] { 4, 7 }, new long[] { 2, 1 });
		assertArrayEquals(new long[] { 3, 1 }, grid.counts());
		assertEquals(3, grid.size());
		final Block first = grid.block(0);
		assertArrayEquals(new long[] { 0, 0 }, first.haloMin());
		assertArrayEquals(new long[] { 5, 6 }, first.haloMax());
		final Block middle = grid.block(1);
		assertArrayEquals(new long[] { 4, 0 }, middle.min());
		assertArrayEquals(new long[] { 2, 0 }, middle.haloMin());
		assertArrayEquals(new long[] { 9, 6 }, middle.haloMax());
		final Block last = grid.block(2);
		assertArrayEquals(new long[] { 8, 0 }, last.min());
		assertArrayEquals(new long[] { 9, 6 }, last.max());
		assertEquals(2, last.interiorInHalo().min(0));
	}

	@Test
	void aBlockLargerThanTheImageIsTheImage() {
		final BlockGrid grid = BlockGrid.of(new long[] { 5, 3, 2 }, new long[] { 100 });
		assertEquals(1, grid.size());
		assertArrayEquals(new long[] { 4, 2, 1 }, grid.block(0).max());
	}

	@Test
	void spanningAnAxisMakesOneBlockAlongIt() {
		final BlockGrid grid = BlockGrid.of(new long[] { 8, 8, 9 }, new long[] { 4 }).spanning(2);
		assertArrayEquals(new long[] { 2, 2, 1 }, grid.counts());
		assertEquals(8, grid.block(3).max()[2]);
	}

	@Test
	void badSizesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> BlockGrid.of(new long[] { 4, 4 }, new long[] { 0 }));
		assertThrows(IllegalArgumentException.class, () -> BlockGrid.of(new long[] { 4, 4 }, new long[] { 2, 2, 2, 2 }));
	}

	@Test
	void gridsAndEveryOpsPlanSurviveSerialisation() throws Exception {
		final BlockGrid grid = BlockGrid.of(new long[] { 30, 20, 5 }, new long[] { 8, 8, 2 }, new long[] { 3 });
		final BlockGrid back = roundTrip(grid);
		assertEquals(grid.size(), back.size());
		for (int i = 0; i < grid.size(); i++)
			assertEquals(grid.block(i).toString() + grid.block(i).haloInterval(), back.block(i).toString() + back.block(i)
				.haloInterval());
		try (Context context = new Context(io.github.fijidispatch.dispatch.DispatchService.class)) {
			final ImageInfo image = new ImageInfo(new long[] { 30, 20, 5 }, PixelKind.UINT16);
			for (final Op op : context.service(io.github.fijidispatch.dispatch.DispatchService.class).ops()) {
				final java.util.Map<String, Object> params = new java.util.HashMap<>();
				for (final io.github.fijidispatch.op.ParameterSpec p : op.parameters())
					if (p.isRequired()) params.put(p.name(), 1);
				final BlockPlan plan = op.blockwise(op.resolve(params), image);
				assertEquals(plan.describe(), roundTrip(plan).describe(), op.id());
			}
		}
		final BlockPlan turned = new Rotate90Op().blockwise(new Rotate90Op().resolve(java.util.Collections.singletonMap(
			"turns", 1)), new ImageInfo(new long[] { 6, 4 }, PixelKind.UINT8));
		// NB: one clockwise turn of a 6×4 image: output pixel (x, y) is input (y, 3 − x); output columns 0..1 come from rows 2..3.
		final long[][] source = roundTrip(turned).mapping().source(new long[] { 0, 1 }, new long[] { 1, 4 });
		assertArrayEquals(new long[] { 1, 2 }, source[0]);
		assertArrayEquals(new long[] { 4, 3 }, source[1]);
	}

	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(final T value) throws IOException, ClassNotFoundException {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}
}
