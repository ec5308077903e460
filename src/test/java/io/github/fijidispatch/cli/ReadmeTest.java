package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;
import io.github.fijidispatch.fiji.StandaloneContexts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.plugin.PluginService;

/** The README stays true: its generated tables are current and it documents every setting. */
class ReadmeTest {

	private static Context context;
	private static String readme;

	@BeforeAll
	static void setUp() throws IOException {
		context = StandaloneContexts.create();
		readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	@Test
	void opensWithTheTwoCommands() {
		final String start = readme.substring(0, Math.min(400, readme.length()));
		assertTrue(start.contains("scripts/fiji-dispatch demo"), start);
		assertTrue(start.contains("scripts/test"), start);
	}

	@Test
	void generatedSectionsAreCurrent() {
		final ReadmeSections sections = new ReadmeSections(context.service(DispatchService.class),
			DocsCommand.subcommands(context.service(PluginService.class)));
		assertEquals(sections.refresh(readme), readme,
			"README.md is stale: run scripts/fiji-dispatch docs --write README.md");
	}

	@Test
	void documentsEverySettingAndItsSources() {
		for (final String name : new String[] { DispatchSettings.PRIORITY_ENV, DispatchSettings.PRIORITY_PROPERTY,
			DispatchSettings.MODE_ENV, DispatchSettings.MODE_PROPERTY, DispatchSettings.FALLBACK_ENV,
			DispatchSettings.FALLBACK_PROPERTY, DispatchSettings.DEVICE_BUDGET_ENV, DispatchSettings.DEVICE_BUDGET_PROPERTY })
			assertTrue(readme.contains("`" + name + "`"), name + " is not documented in README.md");
	}
}
