package io.github.fijidispatch.fiji;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;

/**
 * {@code Edit > Options > Dispatch...}: backend priority, mode, fallback,
 * device budget and CLIJ2 device, applied now and saved in the {@link PrefService} so they win
 * over the environment from the next start on (the device takes effect at
 * the next start). {@code forget} removes what was saved.
 */
@Plugin(type = Command.class, headless = true, initializer = "showSettingsInEffect",
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.PREFERENCES_PATH))
public class DispatchPreferencesCommand extends CancellingCommand {


	@Parameter
	private DispatchService dispatch;

	@Parameter
	private PrefService prefService;

	@Parameter(label = "priority", required = false, persist = false,
		description = "backend ids, most preferred first, comma-separated (empty: plugin priority)")
	private String priority = "";

	@Parameter(label = "mode", choices = { "auto", "priority", "off" }, persist = false)
	private String mode = "auto";

	@Parameter(label = "fallback", persist = false, description = "run the next backend when the chosen one fails")
	private boolean fallback = true;

	@Parameter(label = "budget", required = false, persist = false, description = "the most device memory one call " +
		"may use, e.g. 64M or 2G (larger calls run tile by tile); device: the device's own limits")
	private String budget = "device";

	@Parameter(label = "device", required = false, persist = false,
		description = "part of the OpenCL device name for CLIJ2 (empty: CLIJ's choice); used from the next start")
	private String device = "";

	@Parameter(label = "forget", persist = false, description = "forget the saved options instead of saving")
	private boolean forget;

	@Parameter(type = ItemIO.OUTPUT)
	private String settings;

	/** NB: the dialog opens with the settings in effect, not the declared defaults. */
	protected void showSettingsInEffect() {
		final DispatchSettings.Snapshot now = dispatch.settings().snapshot();
		priority = String.join(",", now.priority());
		mode = now.mode().id();
		fallback = now.fallback();
		budget = DispatchSettings.formatDeviceBudget(now.deviceBudget());
		final String saved = new DispatchPreferences(prefService).clij2Device();
		device = saved == null ? "" : saved;
	}

	@Override
	protected void execute() {
		final DispatchPreferences prefs = new DispatchPreferences(prefService);
		if (forget) {
			prefs.forget();
			settings = "saved Dispatch options forgotten; from the next start the environment and properties apply";
			return;
		}
		settings = new OptionsForm(priority, mode, fallback, budget).applyTo(dispatch.settings());
		prefs.save(dispatch.settings().snapshot(), device);
	}
}
