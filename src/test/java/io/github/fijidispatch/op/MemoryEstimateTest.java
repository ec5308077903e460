package io.github.fijidispatch.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.measure.StatsOp;

import org.junit.jupiter.api.Test;

/** What an op call is estimated to need, part by part, for the command line and for ImageJ. */
class MemoryEstimateTest {

	private static final List<ImageInfo> VOLUME = Collections.singletonList(new ImageInfo(new long[] { 100, 50, 10 },
		PixelKind.UINT16));

	@Test
	void aFileRunCountsTheInputTheResultAWorkingCopyAndOnePlaneForTheWriter() {
		final Op gauss = new GaussOp();
		final MemoryEstimate e = MemoryEstimate.forFileRun(gauss, gauss.resolve(Collections.emptyMap()), VOLUME);
		final long result = 100 * 50 * 10 * 2; // NB: the Gaussian keeps the kind
		assertEquals(100 * 50 * 10 * 2 + 2 * result + 100 * 50 * 2, e.total());
		assertEquals(100 * 50 * 10 * 2, e.inputs());
	}

	@Test
	void anImageJRunCountsEveryVolumesResultTheirImageJCopyAndOneWorkingVolume() {
		final Op gauss = new GaussOp();
		final MemoryEstimate e = MemoryEstimate.forImageJRun(gauss, gauss.resolve(Collections.emptyMap()), VOLUME, 6, 123);
		final long volume = 100 * 50 * 10 * 2;
		assertEquals(123 + 6 * volume + volume + 6 * volume, e.total());
		assertTrue(e.fits(e.total()));
		assertFalse(e.fits(e.total() - 1));
		assertTrue(e.summary(e.total()).contains("ImageJ image"), e.summary(e.total()));
	}

	@Test
	void aTableCountsOnlyTheInputsToRead() {
		final Op stats = new StatsOp();
		assertEquals(7, MemoryEstimate.forImageJRun(stats, stats.resolve(Collections.emptyMap()), VOLUME, 6, 7).total());
	}

	@Test
	void sizesSaturateInsteadOfOverflowing() {
		assertEquals(Long.MAX_VALUE, MemoryEstimate.bytes(Long.MAX_VALUE / 2, PixelKind.FLOAT32));
		final Op gauss = new GaussOp();
		final List<ImageInfo> huge = Collections.singletonList(new ImageInfo(new long[] { 1L << 31, 1L << 31 },
			PixelKind.UINT8));
		assertEquals(Long.MAX_VALUE, MemoryEstimate.forImageJRun(gauss, gauss.resolve(Collections.emptyMap()), huge, 100, 0)
			.total());
	}
}
