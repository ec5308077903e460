package io.github.fijidispatch.backend.clij2;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.DispatchService;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need an OpenCL device: skipped with a visible notice when none
 * is available locally, but failed when the environment variable {@code CI}
 * is set — a CI machine without its OpenCL device must not pass silently.
 */
public final class Clij2Assumptions {

	private Clij2Assumptions() {
		// NB: static holder
	}

	/** The clij2 backend of this dispatch service, available; otherwise skip (locally) or fail (CI). */
	public static Clij2Backend requireDevice(final DispatchService dispatch) {
		final Backend b = dispatch.backend(Clij2Backend.ID);
		if (b == null) return unavailable("the clij2 backend is not installed in this context");
		final Support s = b.availability();
		if (!s.isYes()) return unavailable(s.reason());
		return (Clij2Backend) b;
	}

	/** Skips (locally) or fails (CI) a test that found no OpenCL device for {@code reason}. */
	public static Clij2Backend unavailable(final String reason) {
		final String ci = System.getenv("CI");
		if (ci != null && !ci.isEmpty()) fail("clij2 tests need an OpenCL device in CI (CI=" + ci + "): " + reason);
		System.err.println("NOTICE: skipping clij2 tests, no OpenCL device: " + reason);
		Assumptions.assumeTrue(false, "no OpenCL device: " + reason);
		return null;
	}
}
