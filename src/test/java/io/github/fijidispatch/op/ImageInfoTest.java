package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An image's pixel count is exact or refused: never a product that wrapped past 2^63. */
class ImageInfoTest {

	@Test
	void thePixelCountIsTheProductOfTheSizes() {
		assertEquals(1L << 62, new ImageInfo(new long[] { 1L << 31, 1L << 31 }, PixelKind.UINT8).pixelCount());
		assertEquals(0, new ImageInfo(new long[] { 0, 1L << 62, 1L << 62 }, PixelKind.UINT8).pixelCount());
	}

	@Test
	void aCountPast2To63IsRefusedNamingTheSize() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImageInfo(new long[] {
			1L << 21, 1L << 21, 1L << 21 }, PixelKind.UINT16));
		assertTrue(e.getMessage().contains("2097152x2097152x2097152") && e.getMessage().contains("more pixels than can be " +
			"counted"), e.getMessage());
	}
}
