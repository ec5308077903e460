package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.testbackend.FaultyBackends;

import org.junit.jupiter.api.Test;

/** {@code fiji-dispatch verify}: the report, the summary and the exit code. */
class VerifyCommandTest extends AbstractCommandLineTest {

	@Test
	void theReferenceAgreesWithItselfAndExitsZero() {
		assertEquals(0, run("verify", "--backend", "imglib2", "--op", "math.abs", "--op", "transform.flip"), err);
		// NB: 8 finite cases and 7 with NaN/±Inf (ConformanceCases)
		assertTrue(out.matches("(?s)math\\.abs +imglib2 +agrees +15 agrees; max error 0; nearest its bound: 0 ≤ 0 \\(exact\\)\n" +
			"transform\\.flip +imglib2 +agrees +\\d+ agrees; max error 0; nearest its bound: 0 ≤ 0 \\(exact\\)\n" +
			"\\d+ checks \\(op × case × backend\\) on imglib2: \\d+ agree, 0 differ, 0 declined, 0 failed\n"), out);
	}

	@Test
	void aDifferingBackendExitsOneWithTheWorstError() {
		FaultyBackends.enable();
		try {
			assertEquals(1, run("verify", "--backend", "test-noisy", "--op", "filter.gauss", "--json"), err);
		}
		finally {
			FaultyBackends.disable();
		}
		// NB: 3 sigma sets × (8 finite + 7 non-finite cases); +2 shows in every finite case, but not where the
		// correct result holds only NaN and infinities (NaN + 2 is NaN), which agree
		final java.util.regex.Matcher counts = java.util.regex.Pattern.compile(
			"^\\{\"backends\":\\[\"test-noisy\"\\],\"counts\":\\{\"agrees\":(\\d+),\"differs\":(\\d+),").matcher(out);
		assertTrue(counts.find(), out);
		final int agrees = Integer.parseInt(counts.group(1));
		final int differs = Integer.parseInt(counts.group(2));
		assertEquals(45, agrees + differs, out);
		assertTrue(differs >= 24 && agrees <= 21, out);
		assertTrue(out.contains("\"op\":\"filter.gauss\",\"backend\":\"test-noisy\",\"status\":\"differs\""), out);
	}

	@Test
	void anUnavailableBackendIsABadRequestWithItsReason() {
		assertEquals(2, run("verify", "--backend", "test-noisy"));
		assertTrue(err.contains("backend 'test-noisy' is not available here: fault-injection test backend"), err);
		assertEquals(2, run("verify", "--backend", "nope"));
		assertTrue(err.contains("unknown backend 'nope'; installed: "), err);
	}
}
