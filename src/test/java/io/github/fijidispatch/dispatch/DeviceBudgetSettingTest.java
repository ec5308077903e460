package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The device budget setting: sizes with units, refusals naming the value and what is allowed, seeding. */
class DeviceBudgetSettingTest {

	private final List<String> warnings = new ArrayList<>();

	private DispatchSettings settings() {
		return new DispatchSettings(Arrays.asList("imglib2", "clij2"));
	}

	@ParameterizedTest
	@CsvSource({ "1048576,1048576", "64M,67108864", "64m,67108864", "64MiB,67108864", "64MB,67108864", "2G,2147483648",
		"512K,524288", "1T,1099511627776", "7,7", "7B,7", " 3 G ,3221225472", "device,0", "DEVICE,0" })
	void sizesAreParsedWithBinaryUnits(final String text, final long bytes) {
		final DispatchSettings s = settings();
		s.setDeviceBudget(text);
		assertEquals(bytes, s.deviceBudget());
		assertEquals(bytes, s.snapshot().deviceBudget());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-5", "0", "1.5G", "64X", "G", "9999999999T", "64 M B" })
	void badSizesAreRefusedNamingTheValueAndWhatIsAllowed(final String text) {
		final DispatchSettings s = settings();
		s.setDeviceBudget("8M");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.setDeviceBudget(text));
		assertTrue(e.getMessage().startsWith("device budget \"" + text + "\" is not a size in bytes"), e.getMessage());
		assertTrue(e.getMessage().contains("64M, 2G") && e.getMessage().contains("device"), e.getMessage());
		assertEquals(8L << 20, s.deviceBudget(), "a refused value changes nothing");
	}

	@Test
	void aNegativeBudgetIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> settings().setDeviceBudget(-1));
	}

	@Test
	void theDefaultIsTheDevicesOwnLimits() {
		final DispatchSettings s = settings();
		assertEquals(DispatchSettings.DEVICE_LIMITS, s.deviceBudget());
		s.seed(Collections.<String, String> emptyMap(), new Properties(), warnings::add);
		assertEquals(DispatchSettings.DEVICE_LIMITS, s.deviceBudget());
		assertTrue(warnings.isEmpty(), warnings.toString());
	}

	@Test
	void seedingTakesThePropertyOverTheVariable() {
		final DispatchSettings s = settings();
		final Properties props = new Properties();
		props.setProperty(DispatchSettings.DEVICE_BUDGET_PROPERTY, "2G");
		s.seed(Collections.singletonMap(DispatchSettings.DEVICE_BUDGET_ENV, "64M"), props, warnings::add);
		assertEquals(2L << 30, s.deviceBudget());
		final DispatchSettings fromEnv = settings();
		fromEnv.seed(Collections.singletonMap(DispatchSettings.DEVICE_BUDGET_ENV, "64M"), new Properties(), warnings::add);
		assertEquals(64L << 20, fromEnv.deviceBudget());
		assertTrue(warnings.isEmpty(), warnings.toString());
	}

	@Test
	void aBadSeedWarnsOnceAndKeepsTheDefault() {
		final DispatchSettings s = settings();
		s.seed(Collections.singletonMap(DispatchSettings.DEVICE_BUDGET_ENV, "lots"), new Properties(), warnings::add);
		assertEquals(DispatchSettings.DEVICE_LIMITS, s.deviceBudget());
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith(DispatchSettings.DEVICE_BUDGET_ENV + ": device budget \"lots\""), warnings.get(0));
		assertTrue(warnings.get(0).endsWith("Using the device's own limits."), warnings.get(0));
	}

	@Test
	void everyChangeIsANewSnapshotKeepingTheBudget() {
		final DispatchSettings s = settings();
		s.setDeviceBudget(4096);
		final DispatchSettings.Snapshot before = s.snapshot();
		s.setMode(DispatchMode.PRIORITY);
		s.setFallback(false);
		s.setPriority(Collections.singletonList("clij2"));
		assertTrue(before != s.snapshot());
		assertEquals(4096, s.snapshot().deviceBudget());
		assertTrue(s.snapshot().toString().contains("deviceBudget=4K"), s.snapshot().toString());
	}
}
