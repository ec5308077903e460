package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.testbackend.FaultyBackends;

import org.junit.jupiter.api.Test;

/** {@code fiji-dispatch verify}: the report, the summary and the exit code. */
class VerifyCommandTest {

	private String out;
	private String err;

	private int run(final String... args) {
		final CommandLineRun r = CommandLineRun.of(args);
		out = r.out;
		err = r.err;
		return r.code;
	}

	@Test
	void theReferenceAgreesWithItselfAndExitsZero() {
		assertEquals(0, run("verify", "--backend", "imglib2", "--op", "math.abs", "--op", "transform.flip"), err);
		assertTrue(out.matches("(?s)math\\.abs +imglib2 +agrees +8 agrees; max error 0; nearest its bound: 0 ≤ 0 \\(exact\\)\n" +
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
		assertTrue(out.startsWith("{\"backends\":[\"test-noisy\"],\"counts\":{\"agrees\":0,\"differs\":24,"), out);
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
