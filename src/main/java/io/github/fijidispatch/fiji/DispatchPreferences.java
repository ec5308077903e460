package io.github.fijidispatch.fiji;

import java.util.Arrays;
import java.util.function.Consumer;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchSettings;
import io.github.fijidispatch.op.Flags;

import org.scijava.prefs.PrefService;

/**
 * The options a user saved in {@code Edit > Options > Dispatch...}: backend
 * priority, mode, fallback, device budget and the CLIJ2 device, kept in the
 * {@link PrefService}. The environment and system properties seed the
 * settings; saved options go on top at start-up, and only once the user has
 * saved some. The CLIJ2 device takes effect through the
 * {@value #DEVICE_PROPERTY} property, which the CLIJ2 backend reads when it
 * starts (so: from the next start).
 */
public final class DispatchPreferences {

	/** The property the CLIJ2 backend reads its device from. */
	public static final String DEVICE_PROPERTY = "fiji.dispatch.clij2.device";

	static final String SAVED = "saved";
	static final String PRIORITY = "priority";
	static final String MODE = "mode";
	static final String FALLBACK = "fallback";
	static final String DEVICE = "clij2Device";
	static final String BUDGET = "deviceBudget";

	private final PrefService prefs;

	public DispatchPreferences(final PrefService prefs) {
		this.prefs = prefs;
	}

	public boolean hasSaved() {
		return prefs.getBoolean(DispatchPreferences.class, SAVED, false);
	}

	/** Saves the settings and the device name ("" for CLIJ's own choice). */
	public void save(final DispatchSettings.Snapshot settings, final String clij2Device) {
		prefs.put(DispatchPreferences.class, PRIORITY, String.join(",", settings.priority()));
		prefs.put(DispatchPreferences.class, MODE, settings.mode().id());
		prefs.put(DispatchPreferences.class, FALLBACK, settings.fallback());
		prefs.put(DispatchPreferences.class, BUDGET, DispatchSettings.formatDeviceBudget(settings.deviceBudget()));
		prefs.put(DispatchPreferences.class, DEVICE, clij2Device == null ? "" : clij2Device.trim());
		prefs.put(DispatchPreferences.class, SAVED, true);
	}

	/** The saved CLIJ2 device name part, "" when none. */
	public String clij2Device() {
		return prefs.get(DispatchPreferences.class, DEVICE, "");
	}

	/** Forgets everything saved: the environment and properties rule again from the next start. */
	public void forget() {
		prefs.clear(DispatchPreferences.class);
	}

	/**
	 * Applies the saved options on top of the seeded settings, when the user
	 * saved some. Values that no longer make sense (a backend uninstalled)
	 * give one warning and are skipped.
	 *
	 * @return whether saved options were applied
	 */
	public boolean applySaved(final DispatchSettings settings, final Consumer<String> warn) {
		if (!hasSaved()) return false;
		final String priority = prefs.get(DispatchPreferences.class, PRIORITY, "");
		settings.setPriorityLeniently(priority, "saved Dispatch options", warn);
		final String modeText = prefs.get(DispatchPreferences.class, MODE, settings.mode().id());
		final DispatchMode mode = DispatchMode.parse(modeText);
		if (mode == null) warn.accept("saved Dispatch options: mode \"" + modeText + "\" is not one of " +
			Arrays.toString(DispatchMode.values()) + "; keeping " + settings.mode());
		else settings.setMode(mode);
		final Boolean fallback = Flags.parse(prefs.get(DispatchPreferences.class, FALLBACK, String.valueOf(settings.fallback())));
		if (fallback != null) settings.setFallback(fallback);
		final String budget = prefs.get(DispatchPreferences.class, BUDGET, null);
		if (budget != null) {
			try {
				settings.setDeviceBudget(budget);
			}
			catch (final IllegalArgumentException e) {
				warn.accept("saved Dispatch options: " + e.getMessage() + "; keeping " + DispatchSettings.formatDeviceBudget(
					settings.deviceBudget()));
			}
		}
		final String device = clij2Device();
		if (!device.isEmpty()) System.setProperty(DEVICE_PROPERTY, device);
		return true;
	}
}
