package io.github.fijidispatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python peers' line protocol, against fake peers (shell scripts that
 * answer as told) and, where Debian's python3 with numpy is installed, the
 * real {@code scripts/peers/cells.py} on a tiny array.
 */
class PythonPeerTest {

	@TempDir
	Path dir;

	private static final CellInput INPUT = CellInput.parse("uint16 5x3x2 random");

	/** A fake peer: says {@code first}, then answers each request line with {@code answer} (shell text; $line is the request). */
	private List<String> fake(final String first, final String answer) throws IOException {
		final Path script = dir.resolve("fake-peer.sh");
		Files.write(script, Arrays.asList("#!/bin/sh", "printf '%s\\n' \"" + first + "\"", "while IFS= read -r line; do", "  " +
			answer, "done"), StandardCharsets.UTF_8);
		return Arrays.asList("/bin/sh", script.toString());
	}

	private static Map<String, String> params() {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put("axis", "z");
		p.put("value", "2.5");
		return p;
	}

	@Test
	void aRequestCarriesThePeerThePixelsFileTheirLayoutAndTheParameters() throws Exception {
		// NB: the fake answers with its median 12.5 and the request it read as "what ran"
		try (PythonPeer peer = new PythonPeer(fake("ready\tfake 1.0", "printf 'ok\\t12.5\\t40\\t7\\t%s\\n' \"$line\""))) {
			assertNull(peer.unavailable());
			assertEquals("fake 1.0", peer.versions());
			final Path file = dir.resolve("cell.raw");
			final PythonPeer.Result r = peer.measure("numpy.max", INPUT, file, params(), 7, 500);
			assertTrue(r.ran());
			assertEquals(12.5, r.medianMillis);
			assertEquals(40, r.firstMillis);
			assertEquals(7, r.count);
			final List<String> fields = Arrays.asList(r.description.split("\t"));
			assertEquals(Arrays.asList("peer=numpy.max", "file=" + file.toAbsolutePath(), "dtype=uint16", "shape=2,3,5",
				"warmups=" + Repeats.WARM_UP_CALLS, "warmup_ms=250.0", "repeats=7", "budget_ms=500.0", "param.axis=z", "param.value=2.5"), fields);
			// NB: one child serves every request in turn
			assertEquals(12.5, peer.measure("skimage.label", INPUT, file, Collections.<String, String> emptyMap(), 1, 100)
				.medianMillis);
		}
	}

	@Test
	void anErrorAnswerSkipsThePeerWithItsMessage() throws Exception {
		try (PythonPeer peer = new PythonPeer(fake("ready\tfake", "printf 'error\\tscikit-image is missing: install python3-skimage\\n'"))) {
			final PythonPeer.Result r = peer.measure("skimage.label", INPUT, dir.resolve("x.raw"), params(), 9, 1000);
			assertFalse(r.ran());
			assertEquals("scikit-image is missing: install python3-skimage", r.description);
		}
	}

	@Test
	void anUnavailablePeerSkipsEveryRequestWithItsReason() throws Exception {
		try (PythonPeer peer = new PythonPeer(fake("unavailable\tnumpy is missing: install python3-numpy", "exit 0"))) {
			assertEquals("numpy is missing: install python3-numpy", peer.unavailable());
			final PythonPeer.Result r = peer.measure("numpy.max", INPUT, dir.resolve("x.raw"), params(), 9, 1000);
			assertFalse(r.ran());
			assertEquals("numpy is missing: install python3-numpy", r.description);
		}
	}

	@Test
	void anAnswerOutOfProtocolOrAChildThatEndsIsAnError() throws Exception {
		try (PythonPeer peer = new PythonPeer(fake("ready\tfake", "printf 'ok\\tfast\\n'"))) {
			final IOException e = assertThrows(IOException.class, () -> peer.measure("numpy.max", INPUT, dir.resolve("x.raw"),
				params(), 9, 1000));
			assertTrue(e.getMessage().contains("answered 'ok\tfast' to numpy.max"), e.getMessage());
		}
		try (PythonPeer peer = new PythonPeer(fake("ready\tfake", "exit 3"))) {
			final IOException e = assertThrows(IOException.class, () -> peer.measure("numpy.max", INPUT, dir.resolve("x.raw"),
				params(), 9, 1000));
			assertTrue(e.getMessage().contains("ended while timing numpy.max"), e.getMessage());
		}
		final Path silent = dir.resolve("silent.sh");
		Files.write(silent, Arrays.asList("#!/bin/sh", "exit 0"), StandardCharsets.UTF_8);
		assertTrue(assertThrows(IOException.class, () -> new PythonPeer(Arrays.asList("/bin/sh", silent.toString()))).getMessage()
			.contains("ended without a word"));
		try (PythonPeer peer = new PythonPeer(fake("hello", "exit 0"))) {
			assertTrue(peer.unavailable().contains("said 'hello' instead of 'ready'"), peer.unavailable());
		}
	}

	@Test
	void theRealScriptKnowsExactlyTheJavaListOfPeersAndTimesOne() throws Exception {
		assumeTrue(new File("/usr/bin/python3").canExecute(), "Debian's python3 is missing");
		final List<String> command = Arrays.asList("/usr/bin/python3", new File("scripts/peers/cells.py").getAbsolutePath());
		try (PythonPeer peer = new PythonPeer(command)) {
			assumeTrue(peer.unavailable() == null, "the Python peers are unavailable: " + peer.unavailable());
			assertTrue(peer.versions().contains("numpy "), peer.versions());
			final Path raw = dir.resolve("cell.raw");
			INPUT.writeRaw(INPUT.generate(), raw);
			final PythonPeer.Result unknown = peer.measure("numpy.nope", INPUT, raw, params(), 1, 100);
			assertFalse(unknown.ran());
			final String known = unknown.description.substring(unknown.description.indexOf("known: ") + 7);
			final List<String> sorted = new ArrayList<>(PythonPeer.NAMES);
			Collections.sort(sorted);
			assertEquals(String.join(", ", sorted), known);
			final PythonPeer.Result max = peer.measure("numpy.max", INPUT, raw, params(), 3, 100);
			assertTrue(max.ran(), max.description);
			assertEquals(3, max.count);
			assertEquals("numpy max(axis=0)", max.description);
			// NB: as Repeats, the repeats stop after three once the budget is spent
			assertEquals(3, peer.measure("numpy.max", INPUT, raw, params(), 9, 0).count);
			assertEquals(9, peer.measure("numpy.max", INPUT, raw, params(), 9, 60_000).count);
			final PythonPeer.Result refused = peer.measure("numpy.add_scalar", INPUT, raw, params(), 1, 100);
			assertFalse(refused.ran());
			assertTrue(refused.description.startsWith("numpy.add_scalar: "), refused.description);
		}
	}
}
