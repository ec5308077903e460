package io.github.fijidispatch.fiji;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.DispatchSettings;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > Dispatch Options}: sets backend priority, mode,
 * fallback and the device budget for this session; recordable, e.g.
 * {@code run("Dispatch Options", "priority=clij2,imglib2 mode=priority fallback=true budget=64M");}.
 * {@code Edit > Options > Dispatch...} also saves them.
 */
@Plugin(type = Command.class, headless = true, initializer = "showSettingsInEffect",
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.OPTIONS_PATH))
public class DispatchOptionsCommand extends CancellingCommand {


	@Parameter
	private DispatchService dispatch;

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

	@Parameter(type = ItemIO.OUTPUT)
	private String settings;

	/** NB: the dialog opens with the settings in effect, not the declared defaults. */
	protected void showSettingsInEffect() {
		final DispatchSettings.Snapshot now = dispatch.settings().snapshot();
		priority = String.join(",", now.priority());
		mode = now.mode().id();
		fallback = now.fallback();
		budget = DispatchSettings.formatDeviceBudget(now.deviceBudget());
	}

	@Override
	protected void execute() {
		settings = new OptionsForm(priority, mode, fallback, budget).applyTo(dispatch.settings());
	}
}
