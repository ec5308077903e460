package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.clij2.Clij2Assumptions;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.InputScale;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.Tolerance;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrFormatException;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labelling and fill holes from OME-Zarr into OME-Zarr, with their provisional labels in a scratch array beside the
 * output: equal to the whole-image run in memory bit for bit (label numbers included) on random masks of 5, 50 and
 * 95 % foreground, face and full connectivity, 2D and 3D, by blocks of one pixel (2D), blocks of a few pixels with
 * remainders, and one block. The scratch exists while the run labels and is gone after it, also when the run fails;
 * a failed run leaves no completion marker.
 */
class OutOfCoreLabelsTest extends AbstractBlockTest {

	private static final long[] SIZE_2D = { 29, 23 };
	private static final long[] SIZE_3D = { 13, 11, 9 };
	private static final long[][] BLOCKS_2D = { { 1 }, { 2, 3 }, { 4 }, { 5, 7 }, { 100 } };
	private static final long[][] BLOCKS_3D = { { 2, 3, 2 }, { 4 }, { 5, 3, 4 }, { 100 } };

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}D, {1} % foreground, {2}")
	@CsvSource({ "2, 0.05, face", "2, 0.5, face", "2, 0.95, face", "2, 0.05, full", "2, 0.5, full", "2, 0.95, full",
		"3, 0.05, face", "3, 0.5, face", "3, 0.95, face", "3, 0.05, full", "3, 0.5, full", "3, 0.95, full" })
	void zarrLabelsEqualWholeImageLabels(final int dims, final double density, final String connectivity)
		throws IOException
	{
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(dims, density);
		final Object whole = dispatch.op("label.components").input(mask).set("connectivity", connectivity).on("imglib2")
			.run();
		final BlockSource in = ZarrBlocks.source(ZarrBlocksTest.writeInput(mask, dir.resolve("in.ome.zarr")));
		int run = 0;
		for (final long[] block : dims == 2 ? BLOCKS_2D : BLOCKS_3D) {
			final Path out = dir.resolve("labels" + run++ + ".ome.zarr");
			final ScratchWatch watched = new ScratchWatch(in, dir);
			new BlockEngine(dispatch).run(dispatch.op("label.components").set("connectivity", connectivity).on("imglib2"),
				Collections.singletonList(watched), ZarrBlocks.output(out, ChunkCodecs.named("zlib:1"), null, false), block);
			assertSame(whole, OmeZarrImages.read(out), "label.components " + connectivity + " by blocks of " + Arrays
				.toString(block));
			watched.assertScratchWasBesideTheOutputAndIsGone(out);
		}
	}

	@ParameterizedTest(name = "{0}D, {1} % foreground")
	@CsvSource({ "2, 0.05", "2, 0.5", "2, 0.7", "2, 0.95", "3, 0.05", "3, 0.5", "3, 0.7", "3, 0.95" })
	void zarrFillHolesEqualsWholeImage(final int dims, final double density) throws IOException {
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(dims, density);
		final Object whole = dispatch.op("morphology.fill_holes").input(mask).on("imglib2").run();
		final BlockSource in = ZarrBlocks.source(ZarrBlocksTest.writeInput(mask, dir.resolve("in.ome.zarr")));
		int run = 0;
		for (final long[] block : dims == 2 ? BLOCKS_2D : BLOCKS_3D) {
			final Path out = dir.resolve("filled" + run++ + ".ome.zarr");
			final ScratchWatch watched = new ScratchWatch(in, dir);
			new BlockEngine(dispatch).run(dispatch.op("morphology.fill_holes").on("imglib2"), Collections.singletonList(
				watched), ZarrBlocks.output(out, ChunkCodecs.named("raw"), null, false), block);
			assertSame(whole, OmeZarrImages.read(out), "fill_holes by blocks of " + Arrays.toString(block));
			watched.assertScratchWasBesideTheOutputAndIsGone(out);
		}
	}

	@ParameterizedTest(name = "{0}D, {1} % foreground")
	@CsvSource({ "2, 0.05", "2, 0.5", "2, 0.95", "3, 0.05", "3, 0.5", "3, 0.95" })
	void everyThreadCountGivesTheWholeImagesLabels(final int dims, final double density) throws IOException {
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(dims, density);
		final BlockSource in = ZarrBlocks.source(ZarrBlocksTest.writeInput(mask, dir.resolve("in.ome.zarr")));
		int run = 0;
		for (final String op : new String[] { "label.components", "morphology.fill_holes" }) {
			final Object whole = (op.equals("label.components") ? dispatch.op(op).input(mask).set("connectivity", "full")
				: dispatch.op(op).input(mask)).on("imglib2").run();
			for (final long[] block : dims == 2 ? BLOCKS_2D : BLOCKS_3D)
				for (final int threads : new int[] { 1, 2, 3 }) {
					final Path out = dir.resolve("t" + run++ + ".ome.zarr");
					new BlockEngine(dispatch).threads(threads).run((op.equals("label.components") ? dispatch.op(op).set(
						"connectivity", "full") : dispatch.op(op)).on("imglib2"), Collections.singletonList(in), ZarrBlocks
							.output(out, ChunkCodecs.named("raw"), null, false), block);
					assertSame(whole, OmeZarrImages.read(out), op + " on " + threads + " threads by blocks of " + Arrays
						.toString(block));
				}
		}
		assertEquals(Collections.emptyList(), scratchFolders(dir), "no scratch is left");
	}

	@Test
	void blocksLabelledOnTheDeviceAreRenumberedAsTheContractSays() throws IOException {
		Clij2Assumptions.requireDevice(dispatch);
		final RandomAccessibleInterval<? extends RealType<?>> mask = mask(3, 0.5);
		final Object whole = dispatch.op("label.components").input(mask).set("connectivity", "full").on("imglib2").run();
		final Path out = dir.resolve("device.ome.zarr");
		new BlockEngine(dispatch).run(dispatch.op("label.components").set("connectivity", "full").on("clij2"), Collections
			.singletonList(ZarrBlocks.source(ZarrBlocksTest.writeInput(mask, dir.resolve("in.ome.zarr")))), ZarrBlocks
				.output(out, ChunkCodecs.named("raw"), null, false), 5);
		assertSame(whole, OmeZarrImages.read(out), "label.components full on clij2 by blocks of 5");
		assertEquals(18, OmeZarrImage.open(out).provenance().path("backends").path("clij2").asLong());
	}

	@Test
	void aFailedRunLeavesNoCompletionMarkerAndNoScratch() throws IOException {
		for (final String op : new String[] { "label.components", "morphology.fill_holes" }) {
			final BlockSource good = ZarrBlocks.source(ZarrBlocksTest.writeInput(mask(3, 0.5), dir.resolve(op + "-in.ome.zarr")));
			final BlockSource failing = new FailingSource(good, 5);
			final Path out = dir.resolve(op + "-failed.ome.zarr");
			final UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> new BlockEngine(dispatch).run(
				dispatch.op(op).on("imglib2"), Collections.singletonList(failing), ZarrBlocks.output(out, ChunkCodecs.named(
					"raw"), null, false), 4));
			assertTrue(thrown.getMessage().contains("the disk went away"), thrown.getMessage());
			final ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(out));
			assertTrue(e.getMessage().contains("not completely written"), e.getMessage());
			assertEquals(Collections.emptyList(), scratchFolders(dir), op + ": the scratch is deleted after a failure");
		}
	}

	// -- Helper methods --

	private static RandomAccessibleInterval<? extends RealType<?>> mask(final int dims, final double density) {
		return ConformanceImages.mask(PixelKind.UINT8, 31 + dims, density, dims == 2 ? SIZE_2D : SIZE_3D);
	}

	private static void assertSame(final Object whole, final Object blockwise, final String what) {
		final ResultComparison verdict = ResultComparison.compare(Tolerance.EXACT, whole, blockwise, InputScale.of(255,
			255));
		assertTrue(verdict.agrees(), what + ": " + verdict);
	}

	static List<Path> scratchFolders(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().contains(".scratch-")).collect(Collectors.toList());
		}
	}

	/** A source that notes the scratch folders beside the output while the blocks are read (first pass). */
	private static final class ScratchWatch implements BlockSource {

		private final BlockSource source;
		private final Path dir;
		private final List<Path> seen = Collections.synchronizedList(new ArrayList<Path>()); // NB: read on workers

		ScratchWatch(final BlockSource source, final Path dir) {
			this.source = source;
			this.dir = dir;
		}

		@Override
		public ImageInfo info() {
			return source.info();
		}

		@Override
		public RandomAccessibleInterval<? extends RealType<?>> read(final Interval box) {
			try {
				for (final Path p : scratchFolders(dir))
					if (!seen.contains(p)) seen.add(p);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
			return source.read(box);
		}

		void assertScratchWasBesideTheOutputAndIsGone(final Path out) throws IOException {
			assertEquals(1, seen.size(), "one scratch folder during the run: " + seen);
			assertTrue(seen.get(0).getFileName().toString().startsWith(out.getFileName() + ".scratch-"), seen.toString());
			assertEquals(Collections.emptyList(), scratchFolders(dir), "no scratch after the run");
		}
	}
}
