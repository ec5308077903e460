package io.github.fijidispatch.files;

import java.nio.file.Paths;

/**
 * A child process for {@link StaleScratchTest}: claims the folder given as its argument, says {@code claimed} on
 * stdout, and waits (at most a minute) to be killed.
 */
public final class ClaimAndWait {

	private ClaimAndWait() {
		// NB: a main only
	}

	public static void main(final String... args) throws Exception {
		final ScratchClaim claim = ScratchClaim.claim(Paths.get(args[0]));
		System.out.println("claimed " + claim.folder());
		System.out.flush();
		Thread.sleep(60_000);
	}
}
