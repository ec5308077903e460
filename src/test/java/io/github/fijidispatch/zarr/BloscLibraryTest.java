package io.github.fijidispatch.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Without the native libblosc, blosc chunks fail with a message saying what to install, and the other compressors
 * still work: a child JVM whose JNA searches no library folder of the system ({@code jna.platform.library.path})
 * reads the fixtures.
 */
class BloscLibraryTest {

	@Test
	void aMissingLibraryIsAClearErrorAndOtherCompressorsStillWork() throws Exception {
		final String nowhere = File.separator + "nonexistent";
		final Process p = new ProcessBuilder(Arrays.asList(System.getProperty("java.home") + File.separator + "bin" + File
			.separator + "java", "-Djna.platform.library.path=" + nowhere, "-Djna.library.path=" + nowhere, "-cp", System
				.getProperty("java.class.path"), BloscMissingChild.class.getName(), ZarrFixturesTest.fixture(
					"u16-3d-blosc-lz4.ome.zarr").toString(), ZarrFixturesTest.fixture("u16-3d-zlib.ome.zarr").toString()))
			.redirectErrorStream(true).start();
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		final byte[] buffer = new byte[8192];
		for (int n; (n = p.getInputStream().read(buffer)) >= 0;)
			out.write(buffer, 0, n);
		assertTrue(p.waitFor(2, TimeUnit.MINUTES));
		final String text = out.toString(StandardCharsets.UTF_8.name());
		assertEquals(0, p.exitValue(), text);
		assertTrue(text.contains("available false"), text);
		assertTrue(text.contains("blosc refused: blosc-compressed Zarr chunks need the native library libblosc") && text
			.contains("apt-get install libblosc1"), text);
		assertTrue(text.contains("zlib read"), text);
	}

	@Test
	void describesTheLoadedLibrary() {
		ZarrAssumptions.requireBlosc();
		assertTrue(BloscLibrary.describe().matches("libblosc \\d+\\.\\d+.*"), BloscLibrary.describe());
	}
}
