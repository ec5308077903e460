package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code script}: a failing script is exit code 1 with its message and line, no Java trace (issue 12, item 8). */
class ScriptCommandTest extends AbstractCommandLineTest {

	@TempDir
	Path tmp;

	private String script(final String name, final String... lines) throws IOException {
		final Path p = tmp.resolve(name);
		Files.write(p, Arrays.asList(lines), StandardCharsets.UTF_8);
		return p.toString();
	}

	private int runScript(final String path, final String... inputs) {
		final List<String> args = new ArrayList<>(Arrays.asList("script", path));
		args.addAll(Arrays.asList(inputs));
		return run(args.toArray(new String[0]));
	}

	private void assertNoJavaTrace() {
		assertFalse(err.contains("\tat "), "no Java trace: " + err);
		assertFalse(out.contains("\tat "), "no Java trace: " + out);
	}

	@Test
	void aGroovyScriptThatThrowsIsExitOneWithItsMessageAndLine() throws IOException {
		final String path = script("boom.groovy", "#@ String name", "def x = 1", "throw new IllegalStateException(\"boom \" + name)");
		assertEquals(1, runScript(path, "name=now"), out + err);
		assertTrue(err.contains("script boom.groovy failed at line 3: java.lang.IllegalStateException: boom now"), err);
		assertNoJavaTrace();
	}

	@Test
	void anOpRefusingItsParameterInAScriptSaysWhyWithoutJavaNames() throws IOException {
		final String path = script("refused.groovy", "#@ io.github.fijidispatch.dispatch.DispatchService dispatch",
			"def img = net.imglib2.img.array.ArrayImgs.floats(8, 8)", "dispatch.op('filter.gauss').input(img).set('sigma', -3).run()");
		assertEquals(1, runScript(path), out + err);
		assertTrue(err.contains("script refused.groovy failed at line 3: filter.gauss: parameter 'sigma' = -3 is not " +
			"allowed"), err);
		assertFalse(err.contains("BadInputException"), err);
		assertNoJavaTrace();
	}

	@Test
	void aGroovyAssertThatFailsIsExitOne() throws IOException {
		final String path = script("assert.groovy", "assert 1 + 1 == 3");
		assertEquals(1, runScript(path), out + err);
		assertTrue(err.contains("script assert.groovy failed at line 1"), err);
		assertTrue(err.contains("assert 1 + 1 == 3"), err);
		assertNoJavaTrace();
	}

	@Test
	void aGroovyCompileErrorIsExitOneNamingTheLine() throws IOException {
		final String path = script("broken.groovy", "def x = 1", "def y = ");
		assertEquals(1, runScript(path), out + err);
		assertTrue(err.contains("script broken.groovy failed"), err);
		assertTrue(err.contains("broken.groovy: 3: Unexpected input"), err);
		assertNoJavaTrace();
	}

	@Test
	void aJythonSyntaxErrorIsExitOneWithPythonsMessage() throws IOException {
		final String path = script("syntax.py", "x = 1", "def f(:", "    pass");
		assertEquals(1, runScript(path), out + err);
		assertTrue(err.contains("script syntax.py failed at line 2"), err);
		assertTrue(err.contains("SyntaxError: no viable alternative at input ':'"), err);
		assertNoJavaTrace();
	}

	@Test
	void aJythonRuntimeErrorKeepsThePythonTraceback() throws IOException {
		final String path = script("raise.py", "def f():", "    raise ValueError('bad value')", "f()");
		assertEquals(1, runScript(path), out + err);
		assertTrue(err.contains("script raise.py failed at line 3"), err);
		assertTrue(err.contains("line 2, in f"), err);
		assertTrue(err.contains("ValueError: bad value"), err);
		assertNoJavaTrace();
	}

	@Test
	void verboseAddsTheJavaTrace() throws IOException {
		final String path = script("boom2.groovy", "throw new IllegalStateException('boom')");
		assertEquals(1, run("script", path, "--verbose"), out + err);
		assertTrue(err.contains("java.lang.IllegalStateException: boom"), err);
		assertTrue(err.contains("\tat "), "a Java trace with --verbose: " + err);
	}

	@Test
	void aScriptThatWorksPrintsItsOutputsAndExitsZero() throws IOException {
		final String path = script("ok.groovy", "#@ int n", "#@output int twice", "twice = 2 * n");
		assertEquals(0, runScript(path, "n=21"), out + err);
		assertTrue(out.contains("twice = 42"), out);
	}
}
