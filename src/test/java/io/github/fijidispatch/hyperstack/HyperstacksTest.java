package io.github.fijidispatch.hyperstack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.conformance.ConformanceCase;
import io.github.fijidispatch.conformance.ConformanceCases;
import io.github.fijidispatch.conformance.ConformanceImages;
import io.github.fijidispatch.conformance.ResultComparison;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.Tolerance;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scijava.Context;

/**
 * Hyperstacks through the API: every op on XYZCT stacks (spatial 24×20×8, 2 channels, 2 frames) and XYCT stacks
 * (40×32, 2 channels, 2 frames) equals the runs on each volume, copied out on its own (bit-exact: the same
 * backend, the same pixels); layouts of the results; and the refusals.
 */
class HyperstacksTest {

	private static final int CHANNELS = 2;
	private static final int FRAMES = 2;

	private static Context context;
	private static DispatchService dispatch;

	@BeforeAll
	static void start() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@TestFactory
	Stream<DynamicTest> everyOpOnAHyperstackEqualsThePerVolumeRuns() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Op op : dispatch.ops())
			tests.add(DynamicTest.dynamicTest(op.id(), () -> {
				int compared = 0;
				for (final ConformanceCase c : ConformanceCases.of(op)) {
					if (!c.name().contains(" on random ")) continue;
					final int n = c.inputs().get(0).numDimensions();
					final PixelKind kind = PixelKind.of(net.imglib2.util.Util.getTypeFromInterval(c.inputs().get(0)));
					final long[] dims = n == 3 ? new long[] { 24, 20, 8, CHANNELS, FRAMES } : new long[] { 40, 32, CHANNELS,
						FRAMES };
					final List<RandomAccessibleInterval<? extends RealType<?>>> stacks = ConformanceCases.randomInputs(op, kind,
						dims);
					assertPerVolume(c, stacks, n == 3 ? "XYZCT" : "XYCT");
					compared++;
				}
				assertTrue(compared > 0, op.id() + ": no hyperstack case ran");
			}));
		return tests.stream();
	}

	private static void assertPerVolume(final ConformanceCase c,
		final List<RandomAccessibleInterval<? extends RealType<?>>> stacks, final String axes)
	{
		final HyperstackResult result = new Hyperstacks(dispatch).run(dispatch.op(c.opId()).inputs(stacks.toArray())
			.set(c.params()).on("imglib2"), axes);
		assertEquals(CHANNELS * FRAMES, result.records().size(), c.name() + ": one dispatched call per volume");
		int row = 0;
		for (int t = 0; t < FRAMES; t++)
			for (int ch = 0; ch < CHANNELS; ch++) {
				final List<Object> volumes = new ArrayList<>();
				for (final RandomAccessibleInterval<? extends RealType<?>> stack : stacks)
					volumes.add(ConformanceImages.copy(slice(stack, ch, t)));
				final Object expected = dispatch.op(c.opId()).inputs(volumes.toArray()).set(c.params()).on("imglib2").run();
				final String where = c.name() + " as " + axes + " at channel " + ch + ", frame " + t;
				if (expected instanceof ResultTable) {
					final ResultTable table = (ResultTable) expected;
					for (int r = 0; r < table.rowCount(); r++, row++) {
						final double[] got = result.table().row(row);
						assertEquals(ch + 1, got[0], where + ": channel column");
						assertEquals(t + 1, got[1], where + ": frame column");
						assertArrayEquals(table.row(r), java.util.Arrays.copyOfRange(got, 2, got.length), where);
					}
				}
				else {
					final RandomAccessibleInterval<?> image = (RandomAccessibleInterval<?>) expected;
					final RandomAccessibleInterval<?> got = slice(result.image(), ch, t);
					assertEquals(HostImages.describe(image), HostImages.describe(got), where + ": volume size and kind");
					final ResultComparison verdict = ResultComparison.compare(Tolerance.EXACT, image, got, c.inputScale());
					assertTrue(verdict.agrees(), where + ": " + verdict);
					assertEquals(image.numDimensions() == 3 ? "XYZCT" : "XYCT", result.axes().toString(), where);
				}
			}
		if (result.table() != null) assertEquals(row, result.table().rowCount(), c.name() + ": rows of every volume");
	}

	/** The volume at (c, t) of a stack whose last two axes are C and T. */
	private static <T> RandomAccessibleInterval<T> slice(final RandomAccessibleInterval<T> stack, final long c,
		final long t)
	{
		final int n = stack.numDimensions();
		return Views.hyperSlice(Views.hyperSlice(stack, n - 1, t), n - 2, c);
	}

	@Test
	void axesSubsetsKeepTheirLayout() {
		final RandomAccessibleInterval<?> xyzt = ConformanceImages.random(PixelKind.FLOAT32, 3, 12, 10, 3, 2);
		final HyperstackResult z = new Hyperstacks(dispatch).run(dispatch.op("project.max").input(xyzt), "XYZT");
		assertEquals("XYT", z.axes().toString());
		assertArrayEquals(new long[] { 12, 10, 2 }, Intervals.dimensionsAsLongArray(z.image()));
		final RandomAccessibleInterval<?> xyc = ConformanceImages.random(PixelKind.UINT8, 4, 12, 10, 3);
		final HyperstackResult crop = new Hyperstacks(dispatch).run(dispatch.op("transform.crop").input(xyc).set("origin",
			"1,2").set("size", "5,4"), "xyc");
		assertEquals("XYC", crop.axes().toString());
		assertArrayEquals(new long[] { 5, 4, 3 }, Intervals.dimensionsAsLongArray(crop.image()));
		final ResultTable stats = new Hyperstacks(dispatch).run(dispatch.op("measure.stats").input(xyc), "XYC").table();
		assertEquals(3, stats.rowCount());
		assertArrayEquals(new double[] { 1, 2, 3 }, stats.column("channel"));
		assertArrayEquals(new double[] { 1, 1, 1 }, stats.column("frame"));
	}

	@Test
	void everyVolumeIsADispatchedCallOfItsOwn() {
		final RandomAccessibleInterval<?> stack = ConformanceImages.random(PixelKind.FLOAT32, 5, 12, 10, 3, 2, 2);
		final int before = dispatch.trace().size();
		final HyperstackResult r = new Hyperstacks(dispatch).run(dispatch.op("filter.gauss").input(stack).set("sigma", 1),
			"XYZCT");
		assertEquals(4, r.records().size());
		for (final io.github.fijidispatch.dispatch.CallRecord record : r.records()) {
			assertEquals("filter.gauss", record.opId());
			assertTrue(record.succeeded());
		}
		assertEquals(Math.min(before + 4, dispatch.trace().capacity()), dispatch.trace().size());
	}

	/** On the device backend (PoCL here) each volume's result agrees with the reference within the op's tolerance. */
	@Test
	void onTheDeviceEachVolumeAgreesWithTheReference() {
		final io.github.fijidispatch.backend.Backend clij2 = dispatch.backend("clij2");
		org.junit.jupiter.api.Assumptions.assumeTrue(clij2 != null && dispatch.availability(clij2).isYes(),
			"no OpenCL device for clij2");
		final RandomAccessibleInterval<? extends RealType<?>> stack = ConformanceImages.random(PixelKind.FLOAT32, 6, 16,
			12, 4, 2, 3);
		final Op gauss = dispatch.opDefinition("filter.gauss");
		final HyperstackResult device = new Hyperstacks(dispatch).run(dispatch.op("filter.gauss").input(stack).set(
			"sigma", 1.5).on("clij2"), "XYZCT");
		final HyperstackResult reference = new Hyperstacks(dispatch).run(dispatch.op("filter.gauss").input(stack).set(
			"sigma", 1.5).on("imglib2"), "XYZCT");
		for (final io.github.fijidispatch.dispatch.CallRecord record : device.records())
			assertEquals("clij2", record.backendId());
		final ResultComparison verdict = ResultComparison.compare(gauss.tolerance().forCall(gauss.resolve(
			java.util.Collections.singletonMap("sigma", 1.5))), reference.image(), device.image(),
			io.github.fijidispatch.op.InputScale.of(ConformanceImages.range(stack), ConformanceImages.magnitude(stack)));
		assertTrue(verdict.agrees(), verdict.toString());
	}

	@Test
	void badHyperstackCallsAreRefusedNamingWhatIsWrong() {
		final RandomAccessibleInterval<?> a = ConformanceImages.random(PixelKind.FLOAT32, 1, 12, 10, 3, 2, 2);
		final Hyperstacks runner = new Hyperstacks(dispatch);
		BadInputException e = assertThrows(BadInputException.class, () -> runner.run(dispatch.op("filter.gauss").input(a),
			"XYQCT"));
		assertEquals("axes", e.parameter());
		assertEquals("filter.gauss", e.op());
		assertEquals("XYQCT", e.value());
		assertTrue(e.getMessage().contains("XYZCT"), e.getMessage());

		e = assertThrows(BadInputException.class, () -> runner.run(dispatch.op("filter.gauss").input(a), "XYZC"));
		assertEquals("axes", e.parameter());
		assertTrue(e.getMessage().contains("5D"), e.getMessage());

		final RandomAccessibleInterval<?> sixD = ArrayImgs.floats(4, 4, 2, 2, 2, 2);
		e = assertThrows(BadInputException.class, () -> runner.run(dispatch.op("filter.gauss").input(sixD), "XYZCT"));
		assertEquals("image", e.parameter());
		assertTrue(e.getMessage().contains("6D") && e.getMessage().contains("2D to 5D"), e.getMessage());

		final RandomAccessibleInterval<?> fewerFrames = ConformanceImages.random(PixelKind.FLOAT32, 2, 12, 10, 3, 2, 1);
		e = assertThrows(BadInputException.class, () -> runner.run(dispatch.op("math.add").inputs(a, fewerFrames),
			"XYZCT"));
		assertEquals("math.add", e.op());
		assertTrue(e.getMessage().contains("2 channel(s) × 1 frame(s)") && e.getMessage().contains(
			"2 channel(s) × 2 frame(s)"), e.getMessage());

		e = assertThrows(BadInputException.class, () -> runner.run(dispatch.op("math.abs").input(a).inPlace(), "XYZCT"));
		assertEquals("output", e.parameter());
		assertFalse(e.getMessage().isEmpty());
	}
}
