package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fijidispatch.dispatch.DispatchService;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** {@code Plugins > Dispatch > Verify Backends} runs the conformance kit and reports per op and backend. */
class VerifyBackendsCommandTest {

	private static Context context;

	@BeforeAll
	static void setUp() {
		context = new Context(DispatchService.class, CommandService.class);
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	@Test
	void reportsEveryOpOfTheReferenceAsAgreeing() throws Exception {
		final CommandModule module = context.service(CommandService.class)
			.run(VerifyBackendsCommand.class, true, "backends", "imglib2").get();
		final ResultsTable report = (ResultsTable) module.getOutput("report");
		final String summary = (String) module.getOutput("summary");
		final int ops = context.service(DispatchService.class).ops().size();
		assertEquals(ops, report.size(), "one row per op on the one backend");
		assertTrue(summary.contains(" 0 differ") && summary.contains(" 0 failed"), summary);
		assertEquals("imglib2", report.getStringValue("backend", 0));
	}

	@Test
	void namesItsImageJ1MenuPlaceAndHasNoSciJavaMenuPath() {
		final org.scijava.command.CommandInfo info = context.service(CommandService.class).getCommand(VerifyBackendsCommand.class);
		assertEquals(DispatchMenus.VERIFY_BACKENDS_PATH, info.get(PluginsConfig.MENU_ATTRIBUTE));
		// NB: a SciJava menu path would make imagej-legacy add the command a second time (see PluginsConfig).
		assertTrue(info.getMenuPath().isEmpty(), info.getMenuPath().toString());
	}
}
