package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchSettings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.prefs.PrefService;

/**
 * The options saved by Edit > Options > Dispatch...: saved, applied on top of the seeded settings at the next start,
 * values that no longer make sense skipped with a warning, forgotten on request. SciJava's own PrefService, kept
 * below the build directory (the {@code java.util.prefs.userRoot} of the test JVM, see the pom).
 */
class DispatchPreferencesTest {

	private static final List<String> BACKENDS = Arrays.asList("imglib2", "clij2");

	private Context context;
	private PrefService prefService;
	private DispatchPreferences prefs;
	private final List<String> warnings = new ArrayList<>();
	private String deviceBefore;

	@BeforeEach
	void openPrefs() {
		context = new Context(PrefService.class);
		prefService = context.service(PrefService.class);
		prefs = new DispatchPreferences(prefService);
		prefs.forget();
		deviceBefore = System.getProperty(DispatchPreferences.DEVICE_PROPERTY);
	}

	@AfterEach
	void closePrefs() {
		prefs.forget();
		if (deviceBefore == null) System.clearProperty(DispatchPreferences.DEVICE_PROPERTY);
		else System.setProperty(DispatchPreferences.DEVICE_PROPERTY, deviceBefore);
		context.dispose();
	}

	@Test
	void nothingSavedLeavesTheSeededSettingsAlone() {
		final DispatchSettings settings = new DispatchSettings(BACKENDS);
		final String seeded = settings.toString();
		assertFalse(prefs.hasSaved());
		assertFalse(prefs.applySaved(settings, warnings::add));
		assertEquals(seeded, settings.toString());
		assertEquals("", prefs.clij2Device());
		assertTrue(warnings.isEmpty(), warnings.toString());
	}

	@Test
	void savedOptionsComeBackOnTopOfTheSeededSettingsAndSetTheDevice() {
		prefs.save(new DispatchSettings.Snapshot(Arrays.asList("clij2", "imglib2"), DispatchMode.PRIORITY, false, 64L << 20),
			"  pthread-cpu ");
		final DispatchSettings next = new DispatchSettings(BACKENDS);
		assertTrue(new DispatchPreferences(prefService).applySaved(next, warnings::add));
		assertEquals(Arrays.asList("clij2", "imglib2"), next.priority());
		assertEquals(DispatchMode.PRIORITY, next.mode());
		assertFalse(next.fallback());
		assertEquals(64L << 20, next.deviceBudget());
		assertEquals("pthread-cpu", prefs.clij2Device(), "saved trimmed");
		assertEquals("pthread-cpu", System.getProperty(DispatchPreferences.DEVICE_PROPERTY));
		assertTrue(warnings.isEmpty(), warnings.toString());
	}

	@Test
	void savedValuesThatNoLongerMakeSenseAreSkippedWithAWarningEach() {
		prefs.save(new DispatchSettings.Snapshot(Arrays.asList("imglib2"), DispatchMode.PRIORITY, true), "");
		// NB: as an older version or a hand-edited preferences file may leave them
		prefService.put(DispatchPreferences.class, DispatchPreferences.PRIORITY, "cuda,imglib2");
		prefService.put(DispatchPreferences.class, DispatchPreferences.MODE, "fastest");
		prefService.put(DispatchPreferences.class, DispatchPreferences.BUDGET, "lots");
		final DispatchSettings next = new DispatchSettings(BACKENDS);
		next.setDeviceBudget(32L << 20);
		assertTrue(prefs.applySaved(next, warnings::add));
		assertEquals(Arrays.asList("imglib2"), next.priority(), "the unknown backend dropped");
		assertEquals(DispatchSettings.DEFAULT_MODE, next.mode(), "the mode kept");
		assertEquals(32L << 20, next.deviceBudget(), "the budget kept");
		assertEquals(3, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).contains("cuda") && warnings.get(0).contains("known backends: imglib2, clij2"),
			warnings.get(0));
		assertTrue(warnings.get(1).contains("\"fastest\""), warnings.get(1));
		assertTrue(warnings.get(2).contains("lots") && warnings.get(2).contains("keeping 32M"), warnings.get(2));
		assertTrue(System.getProperty(DispatchPreferences.DEVICE_PROPERTY) == null || System.getProperty(
			DispatchPreferences.DEVICE_PROPERTY).equals(deviceBefore), "no device saved, none set");
	}

	@Test
	void forgettingMakesTheNextStartIgnoreWhatWasSaved() {
		prefs.save(new DispatchSettings.Snapshot(Arrays.asList("clij2"), DispatchMode.OFF, false), "gpu");
		assertTrue(prefs.hasSaved());
		prefs.forget();
		assertFalse(prefs.hasSaved());
		final DispatchSettings next = new DispatchSettings(BACKENDS);
		final String seeded = next.toString();
		assertFalse(prefs.applySaved(next, warnings::add));
		assertEquals(seeded, next.toString());
		assertEquals("", prefs.clij2Device());
	}
}
