package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files written by another Zarr implementation (zarr-python 2.13 with numcodecs 0.11, by
 * {@code src/test/resources/zarr/make_fixtures.py}) read by the suite: every compressor (raw, zlib, gzip, blosc with
 * lz4 and with zstd and bit shuffle), eight dtypes, big-endian data, nested chunk keys, partial edge chunks, and
 * OME-Zarr axes and scales. Every pixel is checked against the script's formula.
 */
class ZarrFixturesTest {

	static Path fixture(final String name) {
		try {
			return Paths.get(ZarrFixturesTest.class.getResource("/zarr/python/" + name).toURI());
		}
		catch (final URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fixture script's formula. */
	static double expected(final PixelKind kind, final long x, final long y, final long z) {
		final long m = kind.bytesPerPixel() == 1 ? 251 : 1000;
		double v = (x + 17 * y + 221 * z) * 7 % m;
		if (kind == PixelKind.INT8) v -= 125;
		else if (kind == PixelKind.INT16 || kind == PixelKind.INT32) v -= 500;
		if (!kind.isInteger()) v /= 4;
		return v;
	}

	static <T extends RealType<T>> void assertFormula(final RandomAccessibleInterval<T> image, final PixelKind kind) {
		final Cursor<T> c = Views.flatIterable(image).localizingCursor();
		final int n = image.numDimensions();
		while (c.hasNext()) {
			c.fwd();
			final double want = expected(kind, c.getLongPosition(0), c.getLongPosition(1), n > 2 ? c.getLongPosition(2) : 0);
			if (want != c.get().getRealDouble()) throw new AssertionError("pixel " + java.util.Arrays.toString(c
				.positionAsLongArray()) + ": " + c.get().getRealDouble() + ", expected " + want);
		}
	}

	static <T extends net.imglib2.type.NativeType<T> & RealType<T>> void assertWholeFormula(final ZarrArray array,
		final PixelKind kind) throws IOException
	{
		final RandomAccessibleInterval<T> image = array.readAll(1 << 20);
		assertFormula(image, kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "raw", "zlib", "gzip", "blosc-lz4", "blosc-zstd" })
	void readsEveryCompressorZarrPythonWrites(final String compressor) throws IOException {
		ZarrAssumptions.requireCodec(compressor);
		final OmeZarrImage image = OmeZarrImage.open(fixture("u16-3d-" + compressor + ".ome.zarr"));
		assertEquals(PixelKind.UINT16, image.array().kind());
		assertEquals("[17, 13, 5]", java.util.Arrays.toString(image.array().header().dimensions()));
		assertEquals("x y z", image.axes().get(0).name() + " " + image.axes().get(1).name() + " " + image.axes().get(2)
			.name());
		assertEquals(0.25, image.axes().get(0).scale());
		assertEquals(2.0, image.axes().get(2).scale());
		assertEquals("micrometer", image.axes().get(2).unit());
		assertFormula(image.array().<net.imglib2.type.numeric.integer.UnsignedShortType>readAll(1 << 20),
			PixelKind.UINT16);
		// an unaligned box across chunk borders, placed where it was read
		final RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedShortType> box = image.array().read(
			new FinalInterval(new long[] { 3, 5, 1 }, new long[] { 16, 12, 3 }));
		assertEquals(3, box.min(0));
		assertFormula(box, PixelKind.UINT16);
	}

	@Test
	void readsOtherDtypesByteOrdersAndChunkKeys() throws IOException {
		ZarrAssumptions.requireBlosc();
		final String[][] cases = { { "u8-2d-blosc-lz4.ome.zarr", "UINT8" }, { "f32-3d-blosc-zstd.ome.zarr", "FLOAT32" },
			{ "i16-2d-bigendian-zlib.zarr", "INT16" }, { "f64-2d-nested-gzip.zarr", "FLOAT64" },
			{ "i32-3d-raw.zarr", "INT32" }, { "i8-2d-blosc-lz4.zarr", "INT8" } };
		for (final String[] c : cases) {
			final OmeZarrImage image = OmeZarrImage.open(fixture(c[0]));
			final PixelKind kind = PixelKind.valueOf(c[1]);
			assertEquals(kind, image.array().kind(), c[0]);
			assertWholeFormula(image.array(), kind);
		}
	}

	@Test
	void refusesDtypesAndLayoutsItCannotHoldNamingTheFile() {
		final ZarrFormatException int64 = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(fixture(
			"unsupported-i8.zarr")));
		assertTrue(int64.getMessage().contains("unsupported-i8.zarr/.zarray") && int64.getMessage().contains("'<i8'") &&
			int64.getMessage().contains(ZarrDtype.ACCEPTED), int64.getMessage());
		final ZarrFormatException fortran = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(fixture(
			"unsupported-order-f.zarr")));
		assertTrue(fortran.getMessage().contains("unsupported-order-f.zarr/.zarray") && fortran.getMessage().contains(
			"column-major"), fortran.getMessage());
	}
}
