package io.github.fijidispatch.backend.imglib2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.cell.CellImgFactory;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/**
 * Which outputs loops write row by row ({@link RowWriter}): a box of an {@code ArrayImg} of the kind, translated to
 * start at 0 (the block engine's output regions), and nothing else; its rows land where the box says.
 */
class RowWriterTest {

	@Test
	void aBoxOfAnArrayImageIsWrittenByRowsWhereTheBoxLies() {
		final ArrayImg<FloatType, FloatArray> image = ArrayImgs.floats(6, 5, 3);
		final RandomAccessibleInterval<FloatType> box = Views.zeroMin(Views.interval(image, new long[] { 1, 2, 1 },
			new long[] { 4, 3, 2 }));
		final RowWriter rows = RowWriter.of(box, PixelKind.FLOAT32);
		assertNotNull(rows);
		assertEquals(4, rows.width());
		assertEquals(4, rows.rowCount());
		final float[] raster = new float[16];
		for (int i = 0; i < raster.length; i++)
			raster[i] = i + 1;
		rows.copyFrom(raster);
		final double[] tail = { 100, 101 };
		rows.fromDoubles(tail, 14, 2);
		final float[] stored = image.update(null).getCurrentStorageArray();
		final float[] expected = new float[stored.length];
		for (int z = 1, i = 0; z <= 2; z++)
			for (int y = 2; y <= 3; y++)
				for (int x = 1; x <= 4; x++, i++)
					expected[x + 6 * (y + 5 * z)] = i >= 14 ? (float) tail[i - 14] : raster[i];
		assertArrayEquals(expected, stored);
	}

	@Test
	void rowsThatFollowEachOtherInTheStorageAreOneRun() {
		final ArrayImg<FloatType, FloatArray> image = ArrayImgs.floats(6, 5, 4);
		final RowWriter planes = RowWriter.of(Views.zeroMin(Views.interval(image, new long[] { 0, 0, 1 }, new long[] { 5,
			4, 3 })), PixelKind.FLOAT32);
		assertEquals(15, planes.rowsPerRun(1000), "whole planes follow each other: their 15 rows in one run");
		assertEquals(5, planes.rowsPerRun(30), "at most 30 pixels: one plane's 5 rows");
		assertEquals(1, planes.rowsPerRun(29), "whole leading axes only: not 4 of a plane's 5 rows");
		assertEquals(1, planes.rowsPerRun(6), "one row is the least");
		final RowWriter rows = RowWriter.of(Views.zeroMin(Views.interval(image, new long[] { 0, 1, 0 }, new long[] { 5,
			2, 3 })), PixelKind.FLOAT32);
		assertEquals(2, rows.rowsPerRun(1000), "whole rows of part of each plane: a plane's rows, not the next plane's");
		final RowWriter narrow = RowWriter.of(Views.zeroMin(Views.interval(image, new long[] { 1, 0, 0 }, new long[] { 4,
			4, 3 })), PixelKind.FLOAT32);
		assertEquals(1, narrow.rowsPerRun(1000), "part of each row: every row a run of its own");
		final float[] raster = new float[30];
		for (int i = 0; i < raster.length; i++)
			raster[i] = i + 1;
		final RowWriter slab = RowWriter.of(Views.zeroMin(Views.interval(image, new long[] { 0, 0, 2 }, new long[] { 5,
			4, 2 })), PixelKind.FLOAT32);
		slab.copyFrom(raster);
		final float[] stored = image.update(null).getCurrentStorageArray();
		for (int i = 0; i < stored.length; i++)
			assertEquals(i >= 60 && i < 90 ? raster[i - 60] : 0f, stored[i], "pixel " + i);
	}

	@Test
	void otherOutputsAreNotRows() {
		final ArrayImg<FloatType, FloatArray> image = ArrayImgs.floats(6, 5);
		assertNull(RowWriter.of(image, PixelKind.FLOAT32), "the array image itself is written as one array");
		assertNull(RowWriter.of(Views.zeroMin(Views.interval(image, new long[] { 1, 1 }, new long[] { 3, 3 })),
			PixelKind.UINT8), "another kind");
		assertNull(RowWriter.of(Views.permute(image, 0, 1), PixelKind.FLOAT32), "rows that stride through the storage");
		assertNull(RowWriter.of(Views.interval(new CellImgFactory<>(new FloatType(), 4).create(6, 5), new long[] { 0, 0 },
			new long[] { 3, 3 }), PixelKind.FLOAT32), "a cell image");
	}
}
