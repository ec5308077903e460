package io.github.fijidispatch.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.CallRecord;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scijava.Context;

/**
 * Blockwise equals whole-image: every op with a plan, on the conformance kit's random and non-finite inputs (2D
 * 40×32 and 3D 24×20×8), by blocks smaller than most halos, blocks leaving a one-pixel remainder on every axis, and
 * a single block; bit-exact where the op's tolerance is exact (labels included: the same numbering), within it
 * otherwise. All on the reference backend.
 */
class BlockEngineTest extends AbstractBlockTest {

	/** Per dimensionality: blocks smaller than the halo (and uneven remainders), one-pixel remainders, one block. */
	private static final long[][] BLOCKS_2D = { { 3 }, { 13, 31 }, { 64 } };
	private static final long[][] BLOCKS_3D = { { 5, 3, 2 }, { 23, 19, 7 }, { 100 } };


	@TestFactory
	Stream<DynamicTest> blockwiseEqualsWholeImageForEveryOp() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			final List<ConformanceCase> cases = casesOf(op);
			assertFalse(cases.isEmpty(), "the kit has cases for " + op.id());
			tests.add(DynamicTest.dynamicTest(op.id(), () -> {
				int compared = 0;
				for (final ConformanceCase c : cases) {
					final OpRequest call = call(c);
					if (new BlockEngine(dispatch).plan(call).kind() == BlockPlan.Kind.NOT_PLANNED) continue;
					final Object whole = call.run();
					for (final long[] block : c.inputs().get(0).numDimensions() == 2 ? BLOCKS_2D : BLOCKS_3D) {
						final Object blockwise = new BlockEngine(dispatch).run(call(c), block);
						assertAgrees(c, whole, blockwise, block);
						compared++;
					}
				}
				assertTrue(compared > 0, op.id() + ": no blockwise case ran");
			}));
		}
		return tests.stream();
	}

	/** Every op declares a plan for every case of the kit (transform.scale and convert.type scale=true included). */
	@Test
	void everyOpHasAPlanForEveryCase() {
		for (final Op op : dispatch.ops()) {
			for (final ConformanceCase c : casesOf(op)) {
				final BlockPlan plan = new BlockEngine(dispatch).plan(call(c));
				assertFalse(plan.describe().isEmpty(), op.id());
				assertTrue(plan.kind() != BlockPlan.Kind.NOT_PLANNED, c.name() + ": " + plan.describe());
			}
		}
	}

	@Test
	void badBlockSizesAreRefused() {
		final ConformanceCase c = casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		for (final long[] bad : new long[][] { { 0 }, { 4, 4, 4, 4 }, { -2, 3 } }) {
			final BadInputException e = assertThrows(BadInputException.class, () -> new BlockEngine(dispatch).run(call(c),
				bad));
			assertEquals("block", e.parameter(), e.getMessage());
			assertTrue(e.getMessage().contains(Arrays.toString(bad)), e.getMessage());
		}
	}

	@Test
	void progressCountsEveryBlockAndEndsAtZero() {
		final ConformanceCase c = casesOf(dispatch.opDefinition("filter.gauss")).get(0);
		final List<long[]> reports = new ArrayList<>();
		new BlockEngine(dispatch).progress((op, done, total, eta) -> reports.add(new long[] { done, total, eta })).run(
			call(c), 16);
		final int blocks = BlockGrid.of(HostImages.describe(c.inputs().get(0)).dimensions(), new long[] { 16 }).size();
		assertEquals(blocks, reports.size());
		final long[] last = reports.get(reports.size() - 1);
		assertEquals(blocks, last[0]);
		assertEquals(blocks, last[1]);
		assertEquals(0, last[2]);
	}

	/** Each block is a call of its own through dispatch, in auto mode too: one call record per block. */
	@Test
	void everyBlockIsADispatchedCallWithItsOwnDecision() {
		try (Context own = new Context(DispatchService.class)) {
			final DispatchService service = own.service(DispatchService.class);
			final ConformanceCase c = casesOf(service.opDefinition("filter.gauss")).get(0);
			final OpRequest auto = service.op(c.opId()).inputs(c.inputArray()).set(c.params());
			new BlockEngine(service).run(auto, 16);
			final int blocks = BlockGrid.of(HostImages.describe(c.inputs().get(0)).dimensions(), new long[] { 16 }).size();
			assertEquals(blocks, service.trace().size());
			for (final CallRecord record : service.trace().records())
				assertEquals("filter.gauss", record.opId());
		}
	}

	// -- Helper methods --

	/** The kit's random cases and its non-finite ones (the sample photo adds nothing blockwise). */
	static List<ConformanceCase> casesOf(final Op op) {
		final List<ConformanceCase> out = new ArrayList<>();
		for (final ConformanceCase c : ConformanceCases.of(op))
			if (!c.name().contains(" on cell.png")) out.add(c);
		return out;
	}

	static OpRequest call(final ConformanceCase c) {
		return dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on("imglib2");
	}

	static void assertAgrees(final ConformanceCase c, final Object whole, final Object blockwise,
		final long[] block)
	{
		final Tolerance tolerance = c.op().tolerance().forCall(c.op().resolve(c.params()));
		// NB: the stitched labels are numbered as the contract says, so they are held to the same numbers, not only the partition.
		final Tolerance rule = tolerance.kind() == Tolerance.Kind.PARTITION ? Tolerance.EXACT : tolerance;
		final ResultComparison verdict = ResultComparison.compare(rule, whole, blockwise, c.inputScale());
		assertTrue(verdict.agrees(), c.name() + " by blocks of " + Arrays.toString(block) + ": " + verdict);
		if (whole instanceof RandomAccessibleInterval) assertEquals(HostImages.describe(
			(RandomAccessibleInterval<?>) whole), HostImages.describe((RandomAccessibleInterval<?>) blockwise), c.name());
	}
}
