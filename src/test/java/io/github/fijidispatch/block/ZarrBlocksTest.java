package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrFormatException;
import io.github.fijidispatch.zarr.ZarrProvenance;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zarr in, Zarr out equals the whole-image run in memory: every op with a plan on the conformance kit's inputs
 * (written as OME-Zarr with 7-pixel chunks, so that blocks straddle chunks), by blocks smaller than most halos,
 * blocks leaving one-pixel remainders, and one block; the output read back is held to the op's tolerance (bit-exact
 * where it is exact) and carries the provenance. A run that fails leaves no completion marker.
 */
class ZarrBlocksTest extends AbstractBlockTest {

	/** Per dimensionality: blocks across chunks and below some halos, one-pixel remainders, one block. */
	private static final long[][] BLOCKS_2D = { { 8 }, { 13, 31 }, { 64 } };
	private static final long[][] BLOCKS_3D = { { 8, 6, 3 }, { 23, 19, 7 }, { 100 } };

	@TempDir
	Path dir;

	@TestFactory
	Stream<DynamicTest> zarrInZarrOutEqualsTheWholeImageRun() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			tests.add(DynamicTest.dynamicTest(op.id(), () -> {
				int compared = 0;
				int caseNumber = 0;
				for (final ConformanceCase c : BlockEngineTest.casesOf(op)) {
					final OpRequest call = BlockEngineTest.call(c);
					if (new BlockEngine(dispatch).plan(call).kind() == BlockPlan.Kind.NOT_PLANNED) continue;
					final Object whole = call.run();
					final List<BlockSource> sources = new ArrayList<>();
					for (int i = 0; i < c.inputs().size(); i++)
						sources.add(ZarrBlocks.source(writeInput(c.inputs().get(i), dir.resolve(op.id() + "-" + caseNumber + "-" +
							i + ".ome.zarr"))));
					int run = 0;
					for (final long[] block : c.inputs().get(0).numDimensions() == 2 ? BLOCKS_2D : BLOCKS_3D) {
						final Path out = dir.resolve(op.id() + "-" + caseNumber + "-out" + run++ + ".ome.zarr");
						final Object result = new BlockEngine(dispatch).run(request(c), sources, ZarrBlocks.output(out,
							ChunkCodecs.named("zlib:1"), null, false), block);
						final Object blockwise = op.outputKind() == OutputKind.IMAGE ? read(out, result) : result;
						BlockEngineTest.assertAgrees(c, whole, blockwise, block);
						if (op.outputKind() == OutputKind.IMAGE) assertProvenance(c, out);
						compared++;
					}
					caseNumber++;
				}
				assertTrue(compared > 0, op.id() + ": no blockwise case ran");
			}));
		}
		return tests.stream();
	}

	@Test
	void aRunThatFailsLeavesNoCompletionMarker() throws IOException {
		final ConformanceCase c = BlockEngineTest.casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final BlockSource good = ZarrBlocks.source(writeInput(c.inputs().get(0), dir.resolve("in.ome.zarr")));
		final BlockSource failing = new FailingSource(good, 3);
		final Path out = dir.resolve("failed.ome.zarr");
		assertThrows(UncheckedIOException.class, () -> new BlockEngine(dispatch).run(request(c), Collections.singletonList(
			failing), ZarrBlocks.output(out, ChunkCodecs.named("raw"), null, false), 8));
		final ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> OmeZarrImage.open(out));
		assertTrue(e.getMessage().contains("not completely written"), e.getMessage());
	}

	@Test
	void anOutputHoldingDataIsRefusedUnlessOverwriteIsAsked() throws IOException {
		final ConformanceCase c = BlockEngineTest.casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final List<BlockSource> in = Collections.singletonList(ZarrBlocks.source(writeInput(c.inputs().get(0), dir
			.resolve("in.ome.zarr"))));
		final Path out = dir.resolve("out.ome.zarr");
		new BlockEngine(dispatch).run(request(c), in, ZarrBlocks.output(out, ChunkCodecs.named("raw"), null, false), 16);
		final UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new BlockEngine(dispatch).run(
			request(c), in, ZarrBlocks.output(out, ChunkCodecs.named("raw"), null, false), 16));
		assertTrue(e.getMessage().contains("already holds data"), e.getMessage());
		assertEquals(out, new BlockEngine(dispatch).run(request(c), in, ZarrBlocks.output(out, ChunkCodecs.named("raw"),
			null, true), 16));
	}

	@Test
	void aRequestWithInputsOfItsOwnIsRefused() throws IOException {
		final ConformanceCase c = BlockEngineTest.casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final List<BlockSource> in = Collections.singletonList(BlockSource.of(c.inputs().get(0)));
		final BadInputException e = assertThrows(BadInputException.class, () -> new BlockEngine(dispatch).run(
			BlockEngineTest.call(c), in, BlockOutput.IN_MEMORY, 16));
		assertTrue(e.getMessage().startsWith("filter.gauss") && e.getMessage().contains("sources"), e.getMessage());
	}

	// -- Helper methods --

	/** The case's call without its inputs (they come from the sources), on the reference backend. */
	private static OpRequest request(final ConformanceCase c) {
		return dispatch.op(c.opId()).set(c.params()).on("imglib2");
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Path writeInput(final RandomAccessibleInterval<?> image, final Path path) throws IOException {
		final int[] chunks = new int[image.numDimensions()];
		for (int d = 0; d < chunks.length; d++)
			chunks[d] = (int) Math.min(7, image.dimension(d));
		OmeZarrImages.write((RandomAccessibleInterval) image, path, null, chunks, ChunkCodecs.named("zlib:1"), false,
			new ZarrProvenance("test input", Collections.<String, Object> emptyMap(), Collections.<String, Long> emptyMap(),
				"test"));
		return path;
	}

	private static Object read(final Path out, final Object result) throws IOException {
		assertEquals(out, result, "a run into OME-Zarr returns the written image's path");
		return OmeZarrImages.read(out);
	}

	private static void assertProvenance(final ConformanceCase c, final Path out) throws IOException {
		final JsonNode p = OmeZarrImage.open(out).provenance();
		assertEquals(c.op().id(), p.path("op").asText(), p.toString());
		assertTrue(p.path("parameters").isObject(), p.toString());
		final JsonNode backends = p.path("backends");
		long blocks = 0;
		for (final java.util.Iterator<String> it = backends.fieldNames(); it.hasNext();) {
			final String backend = it.next();
			assertTrue(backend.equals("imglib2") || backend.equals(BlockRunSummary.HOST), "every block ran on the named " +
				"backend or on the host (a merge pass): " + p);
			blocks += backends.path(backend).asLong();
		}
		assertTrue(blocks > 0, p.toString());
	}
}
