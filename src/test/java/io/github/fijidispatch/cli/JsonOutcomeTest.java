package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.testbackend.FaultyBackends;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json}: standard output is exactly one JSON object for every
 * outcome, with {@code "ok"} and, on failure, the error's parts; the exit
 * code is the same as without {@code --json} (issue 12, item 11).
 */
class JsonOutcomeTest {

	private static final String CELL = "src/main/resources/io/github/fijidispatch/samples/cell.png";

	@TempDir
	Path tmp;

	@Test
	void successIsOkTrueWithTheReport() {
		final CommandLineRun r = CommandLineRun.asProcess("run", "filter.gauss", "-i", CELL, "-o", tmp.resolve("g.tif").toString(),
			"--param", "sigma=2", "--json");
		assertEquals(0, r.code, r.toString());
		final Map<String, Object> json = JsonCheck.object(r.out);
		assertEquals(Boolean.TRUE, json.get("ok"));
		assertEquals("filter.gauss", json.get("op"));
		assertEquals(tmp.resolve("g.tif").toString(), json.get("output"));
		final Map<String, Object> info = JsonCheck.object(CommandLineRun.asProcess("info", "--json").out);
		assertEquals(Boolean.TRUE, info.get("ok"));
		assertTrue(info.containsKey("settings"), info.toString());
		final Map<String, Object> table = JsonCheck.object(CommandLineRun.asProcess("run", "measure.stats", "-i", CELL, "--json").out);
		assertEquals(Boolean.TRUE, table.get("ok"));
		assertTrue(table.get("table") instanceof List || table.get("table") instanceof Map, table.toString());
		assertTrue(table.get("table").toString().contains("nan_count"), "the NaN count beside the count: " + table);
	}

	@Test
	void aBadParameterNamesItsParts() {
		final Map<String, Object> error = error(2, "run", "filter.gauss", "-i", CELL, "-o", tmp.resolve("x.tif").toString(), "--param",
			"sigma=-2", "--json");
		assertEquals("bad-input", error.get("kind"));
		assertEquals("filter.gauss", error.get("op"));
		assertEquals("sigma", error.get("parameter"));
		assertEquals("\"-2\"", error.get("value"));
		assertTrue(String.valueOf(error.get("allowed")).startsWith("a finite number"), error.toString());
		assertTrue(String.valueOf(error.get("message")).contains("filter.gauss: parameter 'sigma' = \"-2\" is not allowed; expected "),
			error.toString());
	}

	@Test
	void everyErrorPathIsOneJsonObject() throws IOException {
		final Path bad = Files.write(tmp.resolve("bad.tif"), "not a TIFF at all".getBytes("UTF-8"));
		// NB: ImageJ 1 prints "Unsupported format or file not found" and decoder errors to System.out for these.
		final Path badPng = Files.write(tmp.resolve("bad.png"), "garbage".getBytes("UTF-8"));
		final Path halfPng = Files.write(tmp.resolve("half.png"), Arrays.copyOf(Files.readAllBytes(Paths.get(CELL)), 4000));
		final Path huge = Files.write(tmp.resolve("huge.tif"), SafeWritesTest.tiffHeader(46000, 46000));
		final String out = tmp.resolve("o.tif").toString();
		final List<Object[]> cases = new ArrayList<>();
		cases.add(new Object[] { 2, "unknown command", new String[] { "frobnicate", "--json" } });
		cases.add(new Object[] { 2, "unknown option", new String[] { "run", "filter.gauss", "--sigma", "2", "--json" } });
		cases.add(new Object[] { 2, "unknown op 'filter.nope'", new String[] { "run", "filter.nope", "-i", CELL, "-o", out, "--json" } });
		cases.add(new Object[] { 2, "unknown parameter 'sigmaa'", new String[] { "run", "filter.gauss", "-i", CELL, "-o", out, "--param",
			"sigmaa=2", "--json" } });
		// NB: the block engine's internal box and range parameters are no part of the public contract
		cases.add(new Object[] { 2, "unknown parameter 'outputOrigin'; known: factors", new String[] { "run", "transform.scale", "-i",
			CELL, "-o", out, "--param", "factors=0.5", "--param", "outputOrigin=0,0", "--json" } });
		cases.add(new Object[] { 2, "unknown parameter 'rangeMin'", new String[] { "run", "convert.type", "-i", CELL, "-o", out,
			"--param", "rangeMin=0", "--json" } });
		cases.add(new Object[] { 2, "is given twice", new String[] { "run", "filter.gauss", "-i", CELL, "-o", out, "-p", "sigma=1", "-p",
			"sigma=2", "--json" } });
		cases.add(new Object[] { 2, "nonexistent.png", new String[] { "run", "filter.gauss", "-i", "/nonexistent.png", "-o", out,
			"--json" } });
		cases.add(new Object[] { 2, "bad.tif", new String[] { "run", "filter.gauss", "-i", bad.toString(), "-o", out, "--json" } });
		cases.add(new Object[] { 2, "bad.png", new String[] { "run", "filter.gauss", "-i", badPng.toString(), "-o", out, "--json" } });
		cases.add(new Object[] { 2, "half.png", new String[] { "run", "filter.gauss", "-i", halfPng.toString(), "-o", out, "--json" } });
		cases.add(new Object[] { 2, "must end in .csv, .json", new String[] { "run", "measure.stats", "-i", CELL, "-o",
			tmp.resolve("v.png").toString(), "--json" } });
		cases.add(new Object[] { 2, "cannot write '/proc/x.tif'", new String[] { "run", "filter.gauss", "-i", CELL, "-o", "/proc/x.tif",
			"--json" } });
		// NB: a 134-byte file declaring 46000² float32 is refused as truncated by the header checks that come first.
		cases.add(new Object[] { 2, "is truncated", new String[] { "run", "filter.gauss", "-i", huge.toString(),
			"-o", out, "--json" } });
		cases.add(new Object[] { 2, "give -o OUT", new String[] { "run", "filter.gauss", "-i", CELL, "--json" } });
		cases.add(new Object[] { 2, "unknown backend", new String[] { "run", "filter.gauss", "-i", CELL, "-o", out, "--backend", "nope",
			"--json" } });
		cases.add(new Object[] { 2, "--mode must be", new String[] { "run", "filter.gauss", "-i", CELL, "-o", out, "--mode", "fast",
			"--json" } });
		cases.add(new Object[] { 2, "unknown option --json", new String[] { "docs", "--json" } });
		for (final Object[] c : cases) {
			final Map<String, Object> error = error((Integer) c[0], (String[]) c[2]);
			assertTrue(String.valueOf(error.get("message")).contains((String) c[1]), Arrays.toString((String[]) c[2]) + ": " + error);
		}
	}

	@Test
	void failuresOfTheCallAreJsonWithExitCodeOne() {
		FaultyBackends.enable();
		try {
			final Map<String, Object> error = error(1, "run", "filter.gauss", "-i", CELL, "-o", tmp.resolve("x.tif").toString(),
				"--backend", "test-throwing", "--json");
			assertEquals("failure", error.get("kind"));
			assertTrue(String.valueOf(error.get("message")).contains("backend 'test-throwing' was named on the call and failed"),
				error.toString());
			final Map<String, Object> oom = error(2, "run", "filter.gauss", "-i", CELL, "-o", tmp.resolve("x.tif").toString(),
				"--backend", "test-oom", "--json");
			assertEquals("memory", oom.get("kind"));
		}
		finally {
			FaultyBackends.disable();
		}
		assertTrue(!Files.exists(tmp.resolve("x.tif")));
	}

	@Test
	void aVerifyThatDiffersIsOkFalseWithItsReport() {
		FaultyBackends.enable();
		try {
			final CommandLineRun r = CommandLineRun.asProcess("verify", "--backend", "test-noisy", "--op", "filter.gauss", "--json");
			assertEquals(1, r.code, r.err);
			final Map<String, Object> json = JsonCheck.object(r.out);
			assertEquals(Boolean.FALSE, json.get("ok"));
			assertTrue(json.containsKey("counts"), json.toString());
		}
		finally {
			FaultyBackends.disable();
		}
	}

	@Test
	void textOutputIsWrappedWhenACommandPrintsNoJson() {
		assertEquals("{\"ok\":true,\"output\":\"a\\nb\"}", Main.withOk("a\nb\n", 0));
		assertEquals("{\"ok\":false,\"exitCode\":1}", Main.withOk("", 1));
		assertEquals("{\"x\":1,\"ok\":true}", Main.withOk("{\"x\":1}\n", 0));
		assertEquals("{\"ok\":true}", Main.withOk("{}", 0));
	}

	/** Runs, checks the exit code and that stdout is exactly {@code {"ok": false, "error": {...}}}; returns the error. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(final int code, final String... args) {
		final CommandLineRun r = CommandLineRun.asProcess(args);
		assertEquals(code, r.code, Arrays.toString(args) + "\n" + r);
		final Map<String, Object> json = JsonCheck.object(r.out);
		assertEquals(Boolean.FALSE, json.get("ok"), r.out);
		assertEquals(2, json.size(), r.out);
		final Map<String, Object> error = (Map<String, Object>) json.get("error");
		assertEquals((double) code, error.get("exitCode"), r.out);
		// NB: ImageJ 1's own messages, kept off stdout, may precede ours on stderr.
		final String[] lines = r.err.trim().split("\n");
		assertTrue(lines[lines.length - 1].startsWith("fiji-dispatch") && !r.err.contains("\tat "), r.err);
		return error;
	}
}
