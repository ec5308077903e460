package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchSettings;

/**
 * The values of an options dialog (priority text, mode, fallback, device
 * budget), checked and applied to the settings as a whole: nothing changes
 * unless all of them are valid. The budget reads as
 * {@code FIJI_DISPATCH_DEVICE_BUDGET} does ({@link DispatchSettings#parseDeviceBudget}):
 * {@code device} for the device's own limits, or a size such as {@code 64M}.
 */
final class OptionsForm {

	private final String priority;
	private final String mode;
	private final boolean fallback;
	private final String budget;

	/** @param budget the device budget text; {@code null} or empty keeps the budget in effect */
	OptionsForm(final String priority, final String mode, final boolean fallback, final String budget) {
		this.priority = priority == null ? "" : priority;
		this.mode = mode;
		this.fallback = fallback;
		this.budget = budget == null ? "" : budget.trim();
	}

	/**
	 * @return the new settings as text
	 * @throws IllegalArgumentException for an unknown backend or mode or a bad budget, saying what is allowed
	 */
	String applyTo(final DispatchSettings settings) {
		final DispatchMode m = DispatchMode.parse(mode);
		if (m == null) throw new IllegalArgumentException("Dispatch options: mode \"" + mode +
			"\" is not allowed; expected auto, priority or off");
		final long bytes;
		try {
			bytes = budget.isEmpty() ? settings.deviceBudget() : DispatchSettings.parseDeviceBudget(budget);
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException("Dispatch options: " + e.getMessage(), e);
		}
		final List<String> ids = new ArrayList<>();
		for (final String part : priority.split("[,\\s]+"))
			if (!part.isEmpty()) ids.add(part);
		settings.setPriority(ids);
		settings.setMode(m);
		settings.setFallback(fallback);
		settings.setDeviceBudget(bytes);
		return settings.toString();
	}
}
