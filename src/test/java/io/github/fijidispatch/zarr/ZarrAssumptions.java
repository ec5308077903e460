package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What the OME-Zarr tests need from the machine (libblosc, zarr-python): a test skips, saying why, where it is
 * missing, and fails in CI, where {@code scripts/test} installs it.
 */
final class ZarrAssumptions {

	private ZarrAssumptions() {
		// NB: static holder
	}

	/** For a test of blosc-compressed chunks. */
	static void requireBlosc() {
		require(BloscLibrary.isAvailable(), BloscLibrary.describe() + "; " + BloscLibrary.INSTALL);
	}

	/** For a test of the codec {@code name} ({@link ChunkCodecs#named} or a fixture's suffix): blosc needs the library. */
	static void requireCodec(final String name) {
		if (name.startsWith("blosc")) requireBlosc();
	}

	static void require(final boolean present, final String reason) {
		if (present) return;
		final String ci = System.getenv("CI");
		if (ci != null && !ci.isEmpty()) fail("the OME-Zarr tests need this in CI (CI=" + ci + "): " + reason);
		System.err.println("NOTICE: skipping an OME-Zarr test: " + reason);
		Assumptions.assumeTrue(false, reason);
	}
}
