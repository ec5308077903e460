package io.github.fijidispatch.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/fiji-dispatch macro} {@code exec}s java, so a signal sent to
 * the script reaches java, and the virtual X server it started for the macro
 * is stopped once java has ended: a killed wrapper leaves nothing running.
 * Before, the script ran java as a child under {@code xvfb-run}, and killing it
 * left java and Xvfb behind.
 */
class WrapperSignalsIT {

	private static final File ROOT = new File(System.getProperty("user.dir"));

	@TempDir
	Path tmp;

	private static long xvfbServers() {
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/Xvfb") || c.equals("Xvfb")).orElse(false)).count();
	}

	@Test
	void aTerminatedMacroRunLeavesNeitherJavaNorItsXServer() throws Exception {
		assumeTrue(new File("/usr/bin/Xvfb").canExecute() || System.getenv("CI") != null, "no Xvfb here");
		final File macro = tmp.resolve("slow.ijm").toFile();
		Files.write(macro.toPath(), "print(\"started\");\nwait(60000);\nprint(\"not reached\");\n".getBytes(StandardCharsets.UTF_8));
		final long before = xvfbServers();
		final ProcessBuilder pb = new ProcessBuilder(new File(ROOT, "scripts/fiji-dispatch").getPath(), "macro", macro.getPath())
			.directory(ROOT).redirectErrorStream(true);
		pb.environment().put("FIJI_DISPATCH_NO_BUILD", "1");
		// NB: no display, so that the script starts its own X server.
		pb.environment().remove("DISPLAY");
		final Process p = pb.start();
		final BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		final StringBuilder seen = new StringBuilder();
		for (String line; (line = out.readLine()) != null;) {
			seen.append(line).append('\n');
			if (line.contains("started")) break;
		}
		assertTrue(seen.toString().contains("started"), "the macro did not start:\n" + seen);
		assertEquals(before + 1, xvfbServers(), "the script's own X server runs");
		assertTrue(p.info().command().orElse("").endsWith("java"), "the script's process is java itself (exec): " + p.info());
		p.destroy(); // NB: SIGTERM to the script's pid
		assertTrue(p.waitFor(20, TimeUnit.SECONDS), "java did not end on SIGTERM");
		for (int i = 0; i < 50 && xvfbServers() > before; i++)
			Thread.sleep(100);
		assertEquals(before, xvfbServers(), "the X server outlived the run");
	}
}
