package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;

import io.github.fijidispatch.op.PixelKind;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the suite writes, it reads back bit for bit; and the writer's safety rules. */
class ZarrRoundTripTest {

	@TempDir
	Path dir;

	/** A seeded random image of the kind, with values across the kind's range (and negatives, fractions, NaN). */
	static <T extends NativeType<T> & RealType<T>> ArrayImg<T, ?> random(final PixelKind kind, final long seed,
		final long... dims)
	{
		final T type = kind.createType();
		final ArrayImg<T, ?> img = new ArrayImgFactory<>(type).create(dims);
		final Random random = new Random(seed);
		for (final T t : img) {
			final double v = kind.isInteger() ? random.nextInt() : random.nextGaussian() * 1000;
			if (kind.isInteger()) t.setReal(Math.floorMod((long) v, (long) (t.getMaxValue() - t.getMinValue() + 1)) + t
				.getMinValue());
			else t.setReal(random.nextInt(100) == 0 ? Double.NaN : v);
		}
		return img;
	}

	static <T extends RealType<T>> void assertSamePixels(final RandomAccessibleInterval<T> expected,
		final RandomAccessibleInterval<? extends RealType<?>> actual)
	{
		assertEquals(java.util.Arrays.toString(expected.minAsLongArray()), java.util.Arrays.toString(actual
			.minAsLongArray()));
		assertEquals(java.util.Arrays.toString(expected.maxAsLongArray()), java.util.Arrays.toString(actual
			.maxAsLongArray()));
		final Cursor<T> c = Views.flatIterable(expected).localizingCursor();
		final RandomAccess<? extends RealType<?>> a = actual.randomAccess();
		while (c.hasNext()) {
			c.fwd();
			a.setPosition(c);
			final double e = c.get().getRealDouble();
			final double v = a.get().getRealDouble();
			if (!(e == v || Double.isNaN(e) && Double.isNaN(v))) throw new AssertionError("pixel " + java.util.Arrays
				.toString(c.positionAsLongArray()) + ": " + v + ", expected " + e);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "raw", "zlib", "gzip:6", "blosc:lz4", "blosc:zstd:3" })
	void everyCompressorRoundTripsEveryKind(final String codec) throws IOException {
		ZarrAssumptions.requireCodec(codec);
		for (final PixelKind kind : PixelKind.values())
			roundTrip(kind, codec);
	}

	private <T extends NativeType<T> & RealType<T>> void roundTrip(final PixelKind kind, final String codec)
		throws IOException
	{
		final ArrayImg<T, ?> image = random(kind, kind.ordinal(), 23, 17, 6);
		final Path out = dir.resolve(kind.id() + "-" + codec.replace(':', '-') + ".ome.zarr");
		final OmeZarrWriter writer = OmeZarrWriter.create(out, image.dimensionsAsLongArray(), kind, OmeAxis.spatial(3),
			new int[] { 8, 5, 4 }, ChunkCodecs.named(codec), false);
		// two blocks of whole chunks, the second ending at the edge
		writer.array().write(Views.interval(image, new FinalInterval(new long[] { 0, 0, 0 }, new long[] { 22, 9, 5 })));
		writer.array().write(Views.interval(image, new FinalInterval(new long[] { 0, 10, 0 }, new long[] { 22, 16, 5 })));
		writer.complete(new ZarrProvenance("filter.gauss", Collections.singletonMap("sigma", 2.0), Collections
			.singletonMap("imglib2", 2L), "Fiji Dispatch test"));
		final OmeZarrImage read = OmeZarrImage.open(out);
		assertEquals(kind, read.array().kind());
		assertEquals(ChunkCodecs.named(codec).json(), read.array().header().codec().json());
		final RandomAccessibleInterval<T> all = read.array().readAll(1 << 20);
		assertSamePixels(image, all);
		final FinalInterval box = new FinalInterval(new long[] { 3, 4, 1 }, new long[] { 20, 13, 4 });
		final RandomAccessibleInterval<T> part = read.array().read(box);
		assertSamePixels(Views.interval(image, box), part);
		assertEquals("filter.gauss", read.provenance().path("op").asText());
		assertEquals(2.0, read.provenance().path("parameters").path("sigma").asDouble());
		assertEquals(2, read.provenance().path("backends").path("imglib2").asInt());
	}

	@Test
	void primitiveBlocksRoundTripAndAxesScalesSurvive() throws IOException {
		final short[] data = new short[30 * 20];
		for (int i = 0; i < data.length; i++)
			data[i] = (short) (i * 31);
		final Path out = dir.resolve("plane.ome.zarr");
		final java.util.List<OmeAxis> axes = java.util.Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.107),
			new OmeAxis("y", "space", "micrometer", 0.2));
		final OmeZarrWriter writer = OmeZarrWriter.create(out, new long[] { 30, 20 }, PixelKind.UINT16, axes,
			new int[] { 16, 16 }, ChunkCodecs.raw(), false);
		writer.array().write(new long[] { 0, 0 }, new int[] { 30, 20 }, data);
		writer.complete(new ZarrProvenance("convert", Collections.emptyMap(), Collections.emptyMap(), "test"));
		final OmeZarrImage read = OmeZarrImage.open(out);
		assertEquals("micrometer", read.axes().get(0).unit());
		assertEquals(0.107, read.axes().get(0).scale());
		assertEquals(0.2, read.axes().get(1).scale());
		final short[] back = new short[7 * 9];
		read.array().read(new long[] { 12, 10 }, new int[] { 7, 9 }, back);
		for (int y = 0; y < 9; y++)
			for (int x = 0; x < 7; x++)
				assertEquals(data[(10 + y) * 30 + 12 + x], back[y * 7 + x], "x " + x + " y " + y);
	}

	@Test
	void anImageNotMarkedCompleteIsRefused() throws IOException {
		final Path out = dir.resolve("half.ome.zarr");
		final OmeZarrWriter writer = OmeZarrWriter.create(out, new long[] { 8, 8 }, PixelKind.UINT8, OmeAxis.spatial(2),
			new int[] { 4, 4 }, ChunkCodecs.raw(), false);
		writer.array().write(new long[] { 0, 0 }, new int[] { 4, 8 }, new byte[32]);
		final ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(out));
		assertTrue(e.getMessage().contains("half.ome.zarr/.zattrs") && e.getMessage().contains("not completely written"),
			e.getMessage());
		final ZarrFormatException level = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(out.resolve(
			"0")));
		assertTrue(level.getMessage().contains("not completely written"), level.getMessage());
	}

	@Test
	void anOutputThatHoldsDataIsRefusedUnlessOverwriteIsAsked() throws IOException {
		final Path out = dir.resolve("out.ome.zarr");
		OmeZarrWriter.create(out, new long[] { 4, 4 }, PixelKind.UINT16, OmeAxis.spatial(2), new int[] { 4, 4 },
			ChunkCodecs.raw(), false).complete(new ZarrProvenance("x", Collections.emptyMap(), Collections.emptyMap(), "t"));
		final IOException refused = assertThrows(IOException.class, () -> OmeZarrWriter.create(out, new long[] { 4, 4 },
			PixelKind.UINT16, OmeAxis.spatial(2), new int[] { 4, 4 }, ChunkCodecs.raw(), false));
		assertTrue(refused.getMessage().contains(out.toString()) && refused.getMessage().contains("already holds data") &&
			refused.getMessage().contains("--overwrite"), refused.getMessage());
		OmeZarrWriter.create(out, new long[] { 6, 6 }, PixelKind.UINT8, OmeAxis.spatial(2), new int[] { 3, 3 },
			ChunkCodecs.raw(), true);
		assertEquals(PixelKind.UINT8, ArrayHeader.read(out.resolve("0")).dtype().kind());
		final Path other = Files.createDirectories(dir.resolve("notes"));
		Files.write(other.resolve("thesis.txt"), new byte[] { 1 });
		final IOException notZarr = assertThrows(IOException.class, () -> OmeZarrWriter.create(other, new long[] { 4, 4 },
			PixelKind.UINT8, OmeAxis.spatial(2), new int[] { 4, 4 }, ChunkCodecs.raw(), true));
		assertTrue(notZarr.getMessage().contains("not a Zarr hierarchy"), notZarr.getMessage());
		assertTrue(Files.exists(other.resolve("thesis.txt")), "never deletes what is not Zarr");
	}

	@Test
	void blocksMustBeWholeChunksOfTheArraysKind() throws IOException {
		final OmeZarrWriter writer = OmeZarrWriter.create(dir.resolve("a.ome.zarr"), new long[] { 10, 10 },
			PixelKind.FLOAT32, OmeAxis.spatial(2), new int[] { 4, 4 }, ChunkCodecs.raw(), false);
		final IllegalArgumentException unaligned = assertThrows(IllegalArgumentException.class, () -> writer.array().write(
			new long[] { 2, 0 }, new int[] { 4, 4 }, new float[16]));
		assertTrue(unaligned.getMessage().contains("whole chunks"), unaligned.getMessage());
		final ArrayImg<net.imglib2.type.numeric.integer.UnsignedByteType, ?> bytes = random(PixelKind.UINT8, 1, 4, 4);
		final IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> writer.array().write(
			bytes));
		assertTrue(kind.getMessage().contains("uint8") && kind.getMessage().contains("<f4"), kind.getMessage());
		writer.array().write(new long[] { 8, 8 }, new int[] { 2, 2 }, new float[] { 1, 2, 3, 4 });
	}

	@ParameterizedTest
	@EnumSource(names = { "UINT8", "UINT16", "FLOAT32" })
	void axesMustFollowOmeZarrRules(final PixelKind kind) {
		final java.util.List<OmeAxis> timeFirst = java.util.Arrays.asList(new OmeAxis("t", "time", null, 1), OmeAxis.space(
			"x"), OmeAxis.space("y"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OmeZarrWriter.create(dir
			.resolve("t.ome.zarr"), new long[] { 2, 4, 4 }, kind, timeFirst, new int[] { 1, 4, 4 }, ChunkCodecs.raw(),
			false));
		assertTrue(e.getMessage().contains("time, then channel, then space"), e.getMessage());
		assertTrue(!Files.exists(dir.resolve("t.ome.zarr")), "nothing written for refused axes");
	}
}
