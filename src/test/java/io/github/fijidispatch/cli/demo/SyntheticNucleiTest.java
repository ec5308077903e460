package io.github.fijidispatch.cli.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.junit.jupiter.api.Test;

/** The synthetic 3D sample: deterministic, and its nuclei never touch. */
class SyntheticNucleiTest {

	@Test
	void theSameSeedGivesTheSamePixels() {
		final short[] first = SyntheticNuclei.demo().image().update(null).getCurrentStorageArray();
		final short[] second = SyntheticNuclei.demo().image().update(null).getCurrentStorageArray();
		assertArrayEquals(first, second);
		final short[] other = SyntheticNuclei.place(SyntheticNuclei.SEED + 1, SyntheticNuclei.DEMO_SIZE,
			SyntheticNuclei.DEMO_COUNT).image().update(null).getCurrentStorageArray();
		assertFalse(Arrays.equals(first, other), "another seed, other pixels");
	}

	@Test
	void theDemoStackHoldsFiftyNucleiThatAnIndependentLabellingSeparates() {
		final SyntheticNuclei nuclei = SyntheticNuclei.demo();
		assertEquals(50, nuclei.count());
		assertArrayEquals(new int[] { 256, 256, 64 }, nuclei.size());
		// NB: halfway between the background (300) and the dimmest nucleus (300 + 1200): 10 noise σ (60) from either,
		// so this mask is the nuclei (with their nucleoli as holes, which cannot split an ellipsoid).
		final double cut = SyntheticNuclei.BACKGROUND + SyntheticNuclei.NUCLEUS_MIN / 2;
		assertEquals(10, SyntheticNuclei.NUCLEUS_MIN / 2 / SyntheticNuclei.NOISE, 1e-9);
		assertEquals(nuclei.count(), FloodFillCount.components(Converters.convert(
			(net.imglib2.RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedShortType>) nuclei.image(),
			(in, out) -> out.set(in.get() >= cut ? 255 : 0), new UnsignedByteType())));
	}

	@Test
	void aVolumeTooSmallForTheCountIsRefused() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SyntheticNuclei.place(1, new int[] { 40, 40, 20 }, 50));
		assertTrue(e.getMessage().contains("40×40×20 px holds only"), e.getMessage());
		assertTrue(e.getMessage().contains("50 were asked for"), e.getMessage());
	}
}
