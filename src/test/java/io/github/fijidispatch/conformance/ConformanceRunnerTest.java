package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.conformance.ConformanceOutcome.Status;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.testbackend.DecliningBackend;
import io.github.fijidispatch.testbackend.FaultyBackends;
import io.github.fijidispatch.testbackend.LoopbackBackend;
import io.github.fijidispatch.testbackend.TestBackends;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scijava.Context;

/**
 * The kit catches every way a backend can break the contract (with the
 * fault-injection test backends), and lets a well-behaved one pass.
 */
class ConformanceRunnerTest {

	private static Context context;
	private static DispatchService dispatch;
	private static ConformanceRunner runner;

	@BeforeAll
	static void open() {
		TestBackends.enable();
		FaultyBackends.enable();
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
		runner = new ConformanceRunner(dispatch);
	}

	@AfterAll
	static void close() {
		context.dispose();
		FaultyBackends.disable();
		TestBackends.disable();
	}

	/** A fresh Gaussian case (its inputs are new images) of this kind, 2D random. */
	private static ConformanceCase gauss(final PixelKind kind) {
		for (final ConformanceCase c : ConformanceCases.of(dispatch.opDefinition("filter.gauss")))
			if (c.name().contains("random " + ConformanceCases.SIZE_2D[0] + "x" + ConformanceCases.SIZE_2D[1] + " " + kind.id()))
				return c;
		throw new AssertionError("no 2D " + kind + " gauss case");
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "UINT16", "FLOAT32" })
	void aBackendRunningTheReferenceCodeAgreesExactly(final PixelKind kind) {
		final ConformanceOutcome o = runner.outcome(gauss(kind), LoopbackBackend.ID);
		assertEquals(Status.AGREES, o.status(), o.toString());
		assertEquals(0, o.maxError());
	}

	@ParameterizedTest
	@EnumSource(value = PixelKind.class, names = { "UINT8", "FLOAT32" })
	void resultsOutsideTheToleranceDiffer(final PixelKind kind) {
		final ConformanceOutcome o = runner.outcome(gauss(kind), "test-noisy");
		assertEquals(Status.DIFFERS, o.status(), o.toString());
		assertEquals(2, o.maxError(), 1e-5);
		assertTrue(o.detail().startsWith("at ["), o.detail());
	}

	@Test
	void aModifiedInputFails() {
		final ConformanceOutcome o = runner.outcome(gauss(PixelKind.UINT8), "test-modifying");
		assertEquals(Status.FAILED, o.status(), o.toString());
		assertTrue(o.detail().contains("modified its input 'image'"), o.detail());
	}

	@Test
	void aResultSharingPixelsWithTheInputFails() {
		final ConformanceOutcome o = runner.outcome(gauss(PixelKind.FLOAT32), "test-view");
		assertEquals(Status.FAILED, o.status(), o.toString());
		assertTrue(o.detail().contains("shares pixels"), o.detail());
	}

	@Test
	void twoDifferentResultsForTheSameCallFail() {
		final ConformanceOutcome o = runner.outcome(gauss(PixelKind.UINT8), "test-flaky");
		assertEquals(Status.FAILED, o.status(), o.toString());
		assertTrue(o.detail().contains("two runs of the same call differ"), o.detail());
	}

	@ParameterizedTest
	@ValueSource(strings = { "test-throwing", "test-wrong-shape", "test-wrong-kind", "test-echo", "test-oom" })
	void faultsDispatchCatchesAreFailuresWithTheirCause(final String backendId) {
		final ConformanceOutcome o = runner.outcome(gauss(PixelKind.UINT16), backendId);
		assertEquals(Status.FAILED, o.status(), o.toString());
		assertTrue(o.detail().startsWith("DispatchException: filter.gauss: backend '" + backendId + "'"), o.detail());
	}

	@Test
	void aDeclineCarriesTheBackendsReason() {
		final ConformanceOutcome o = runner.outcome(gauss(PixelKind.UINT8), DecliningBackend.ID);
		assertEquals(Status.DECLINED, o.status());
		assertEquals(DecliningBackend.REASON, o.detail());
	}

	@Test
	void anOpWithoutImplementationIsDeclinedNotFailed() {
		final ConformanceCase c = ConformanceCases.of(dispatch.opDefinition("math.abs")).get(0);
		final ConformanceOutcome o = runner.outcome(c, LoopbackBackend.ID);
		assertEquals(Status.DECLINED, o.status());
		assertTrue(o.detail().startsWith("not implemented"), o.detail());
	}

	@Test
	void theReportFlagsProblemsAndSummarisesPerOpAndBackend() {
		final ConformanceReport report = runner.run(Arrays.asList(LoopbackBackend.ID, "test-noisy"), Arrays.asList("filter.gauss"));
		assertTrue(report.hasProblems());
		final List<ConformanceCase> all = ConformanceCases.of(dispatch.opDefinition("filter.gauss"));
		final int cases = all.size();
		// NB: +2 does not show where the correct result holds no finite pixel (NaN + 2 is NaN): those agree
		int invisible = 0;
		for (final ConformanceCase c : all)
			if (!holdsAFinitePixel(dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on("imglib2").run()))
				invisible++;
		assertEquals(cases + invisible, report.count(Status.AGREES));
		assertEquals(cases - invisible, report.count(Status.DIFFERS));
		final List<String> lines = Arrays.asList(report.toText().split("\n"));
		assertEquals(3, lines.size(), report.toText());
		assertTrue(lines.get(0).matches("filter\\.gauss +test-loopback +agrees +" + cases +
			" agrees; max error 0; nearest its bound: 0 ≤ 1 \\(integer output: 1\\)"), lines.get(0));
		// NB: the noisy backend is 2 off everywhere; the float cases are furthest beyond their bound (1e-4 of the range)
		// NB: the invisible cases agree, and their summary comes first
		assertTrue(lines.get(1).matches("filter\\.gauss +test-noisy +differs +" +
			(invisible > 0 ? invisible + " agrees, .*" : "") + (cases - invisible) + " differs; .*worst: max error 2 > " +
			"bound 0\\.0\\d+ \\(1e-4 · input range \\d+(\\.\\d+)?\\) in .*"), lines.get(1));
		assertEquals(report.summary(), lines.get(2));
		assertFalse(new ConformanceReport(Arrays.asList(LoopbackBackend.ID), report.outcomes().subList(0, 1)).hasProblems());
	}

	private static boolean holdsAFinitePixel(final Object image) {
		for (final net.imglib2.type.numeric.RealType<?> t : net.imglib2.view.Views.iterable(
			ResultComparison.realImage(image)))
			if (Double.isFinite(t.getRealDouble())) return true;
		return false;
	}
}
