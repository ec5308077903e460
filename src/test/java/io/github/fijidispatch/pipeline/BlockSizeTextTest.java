package io.github.fijidispatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import org.junit.jupiter.api.Test;

/**
 * The block size as {@code --block} and a pipeline's {@code block} give it ({@link BlockwiseCall#blockSize}): one
 * whole number, or one per axis separated by commas or {@code x}; anything else is refused naming the text, never
 * read as a part of it.
 */
class BlockSizeTextTest {

	private static final ImageInfo PLANE = new ImageInfo(new long[] { 300, 200 }, PixelKind.UINT16);
	private static final ImageInfo VOLUME = new ImageInfo(new long[] { 300, 200, 50 }, PixelKind.UINT16);

	@Test
	void oneNumberOrOnePerAxisIsRead() {
		assertArrayEquals(new long[] { 64 }, BlockwiseCall.blockSize("64", PLANE, "--block"));
		assertArrayEquals(new long[] { 64 }, BlockwiseCall.blockSize(" 64 ", VOLUME, "--block"));
		assertArrayEquals(new long[] { 16, 16, 5 }, BlockwiseCall.blockSize("16,16,5", VOLUME, "--block"));
		assertArrayEquals(new long[] { 128, 32 }, BlockwiseCall.blockSize("128x32", PLANE, "--block"));
	}

	@Test
	void noTextMeansTheDefaultChunkSize() {
		assertEquals(2, BlockwiseCall.blockSize(null, PLANE, "--block").length);
		assertEquals(3, BlockwiseCall.blockSize("", VOLUME, "--block").length);
	}

	@Test
	void emptyPartsAreRefusedNotDropped() {
		for (final String text : new String[] { "64x", "64,", "64,,", ",64", "x64", "16,16,5,", "16,,5" })
			assertRefused(text, text.contains("16") ? VOLUME : PLANE);
	}

	@Test
	void otherValuesAreRefused() {
		for (final String text : new String[] { "0", "-8", "1.5", "abc", "64,64" })
			assertRefused(text, VOLUME);
		assertRefused("64,64,8", PLANE);
	}

	private static void assertRefused(final String text, final ImageInfo input) {
		final BadInputException e = assertThrows(BadInputException.class, () -> BlockwiseCall.blockSize(text, input,
			"--block"), text);
		assertTrue(e.getMessage().contains("--block '" + text + "' is not allowed for this " + input.dimensions().length +
			"D input"), e.getMessage());
		assertEquals(text, e.value());
	}
}
