package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchMode;
import io.github.fijidispatch.dispatch.DispatchSettings;

/**
 * The values of an options dialog (priority text, mode, fallback), checked
 * and applied to the settings as a whole: nothing changes unless all of them
 * are valid.
 */
final class OptionsForm {

	private final String priority;
	private final String mode;
	private final boolean fallback;

	OptionsForm(final String priority, final String mode, final boolean fallback) {
		this.priority = priority == null ? "" : priority;
		this.mode = mode;
		this.fallback = fallback;
	}

	/**
	 * @return the new settings as text
	 * @throws IllegalArgumentException for an unknown backend or mode, saying what is allowed
	 */
	String applyTo(final DispatchSettings settings) {
		final DispatchMode m = DispatchMode.parse(mode);
		if (m == null) throw new IllegalArgumentException("Dispatch options: mode \"" + mode +
			"\" is not allowed; expected auto, priority or off");
		final List<String> ids = new ArrayList<>();
		for (final String part : priority.split("[,\\s]+"))
			if (!part.isEmpty()) ids.add(part);
		settings.setPriority(ids);
		settings.setMode(m);
		settings.setFallback(fallback);
		return settings.toString();
	}
}
