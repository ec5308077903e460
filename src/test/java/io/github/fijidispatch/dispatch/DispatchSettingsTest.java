package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seeding from the environment: strict parsing, typos never fail start-up. */
class DispatchSettingsTest {

	private final List<String> warnings = new ArrayList<>();

	private DispatchSettings seeded(final Map<String, String> env, final Properties props) {
		final DispatchSettings s = new DispatchSettings(Arrays.asList("imglib2", "clij2"));
		s.seed(env, props, warnings::add);
		return s;
	}

	private static Map<String, String> env(final String key, final String value) {
		final Map<String, String> m = new HashMap<>();
		m.put(key, value);
		return m;
	}

	@ParameterizedTest
	@CsvSource({ "false,false", "0,false", "no,false", "off,false", "FALSE,false", "true,true", "1,true", "yes,true", "On,true" })
	void fallbackIsParsedStrictly(final String text, final boolean expected) {
		final DispatchSettings s = new DispatchSettings(Collections.singletonList("imglib2"));
		s.setFallback(!expected);
		s.seed(env("FIJI_DISPATCH_FALLBACK", text), new Properties(), warnings::add);
		assertEquals(expected, s.fallback());
		assertTrue(warnings.isEmpty());
	}

	@Test
	void unclearFallbackWarnsAndKeepsTheDefault() {
		final DispatchSettings s = seeded(env("FIJI_DISPATCH_FALLBACK", "False-ish"), new Properties());
		assertEquals(DispatchSettings.DEFAULT_FALLBACK, s.fallback());
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0).contains("FIJI_DISPATCH_FALLBACK=\"False-ish\""), warnings.get(0));
		assertTrue(warnings.get(0).contains("allowed"), warnings.get(0));
	}

	@Test
	void unknownBackendInPriorityIsIgnoredWithOneWarningListingKnownOnes() {
		final DispatchSettings s = seeded(env("FIJI_DISPATCH_PRIORITY", "clij3, clij2,imglib2,cuda"), new Properties());
		assertEquals(Arrays.asList("clij2", "imglib2"), s.priority());
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0).contains("clij3, cuda"), warnings.get(0));
		assertTrue(warnings.get(0).contains("known backends: imglib2, clij2"), warnings.get(0));
	}

	@Test
	void propertyBeatsEnvironment() {
		final Properties p = new Properties();
		p.setProperty("fiji.dispatch.priority", "imglib2");
		p.setProperty("fiji.dispatch.mode", "priority");
		final Map<String, String> e = env("FIJI_DISPATCH_PRIORITY", "clij2");
		e.put("FIJI_DISPATCH_MODE", "off");
		final DispatchSettings s = seeded(e, p);
		assertEquals(Collections.singletonList("imglib2"), s.priority());
		assertEquals(DispatchMode.PRIORITY, s.mode());
	}

	@Test
	void badModeWarnsAndKeepsAuto() {
		final DispatchSettings s = seeded(env("FIJI_DISPATCH_MODE", "fastest"), new Properties());
		assertEquals(DispatchMode.AUTO, s.mode());
		assertTrue(warnings.get(0).contains("auto, priority, off"), warnings.get(0));
	}

	@Test
	void settingAnUnknownBackendInCodeFailsLoudly() {
		final DispatchSettings s = seeded(new HashMap<>(), new Properties());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.setPriority(Arrays.asList("gpu")));
		assertTrue(e.getMessage().contains("known backends: imglib2, clij2"), e.getMessage());
	}
}
