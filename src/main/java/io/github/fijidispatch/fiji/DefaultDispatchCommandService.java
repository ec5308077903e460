package io.github.fijidispatch.fiji;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import ij.IJ;

import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;
import org.scijava.script.ScriptService;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * Registers one SciJava module per op at start-up (what {@link Ij1Command}
 * runs), applies the saved options and connects to {@link Ij1Link}. NB: it
 * puts nothing into ImageJ 1's menus; both hosts read the jar's
 * {@code plugins.config} ({@link PluginsConfig}).
 */
@Plugin(type = Service.class)
public class DefaultDispatchCommandService extends AbstractService implements DispatchCommandService {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private ModuleService moduleService;

	// NB: makes sure our @Plugin commands are in the module index before a command runs them by identifier.
	@Parameter
	private CommandService commandService;

	@Parameter
	private PrefService prefService;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private StatusService statusService;

	@Parameter(required = false)
	private ScriptService scriptService;

	private static final int MAX_FAILURES = 100;

	private final Map<String, OpModuleInfo> opCommands = new LinkedHashMap<>();
	private final MacroPreference macroPreference = new MacroPreference();
	private final Deque<String> failures = new ArrayDeque<>();
	private ImagePlusCall imagePlusCall;
	private boolean legacyActive;

	// -- Service methods --

	@Override
	public void initialize() {
		new DispatchPreferences(prefService).applySaved(dispatch.settings(), m -> log.warn("[dispatch] " + m));
		legacyActive = LegacyDetection.isLegacyActive(getContext());
		imagePlusCall = new ImagePlusCall(dispatch, macroPreference);
		final Statuses statuses = this::showStatus;
		final List<String> backends = BackendChoice.choices(dispatch);
		for (final Op op : dispatch.ops())
			opCommands.put(op.id(), new OpModuleInfo(op, backends, imagePlusCall, statuses));
		moduleService.addModules(opCommands.values());
		// NB: lets scripts declare '#@ DispatchService dispatch' without the package.
		if (scriptService != null) scriptService.addAlias(DispatchService.class);
		Ij1Link.connect(this);
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		Ij1Link.disconnect(this);
		if (moduleService != null) moduleService.removeModules(opCommands.values());
	}

	// -- DispatchCommandService methods --

	@Override
	public List<OpModuleInfo> opCommands() {
		return Collections.unmodifiableList(new ArrayList<>(opCommands.values()));
	}

	@Override
	public OpModuleInfo opCommand(final String opId) {
		final OpModuleInfo info = opCommands.get(opId);
		if (info == null) for (final Op op : dispatch.ops())
			if (op.deprecatedIds().contains(opId)) return opCommands.get(dispatch.opDefinition(opId).id()); // NB: warns once
		if (info == null) throw new IllegalArgumentException("no op '" + opId + "'; known ops: " +
			String.join(", ", opCommands.keySet()));
		return info;
	}

	@Override
	public ImagePlusCall imagePlusCall() {
		return imagePlusCall;
	}

	@Override
	public MacroPreference macroPreference() {
		return macroPreference;
	}

	@Override
	public boolean isLegacyActive() {
		return legacyActive;
	}

	@Override
	public void commandFailed(final String command, final String message) {
		synchronized (failures) {
			if (failures.size() == MAX_FAILURES) failures.removeFirst();
			failures.addLast(command + ": " + message);
		}
	}

	@Override
	public List<String> commandFailures() {
		synchronized (failures) {
			return new ArrayList<>(failures);
		}
	}

	@Override
	public void showStatus(final String message) {
		if (statusService != null) statusService.showStatus(message);
		// NB: in Fiji, imagej-legacy mirrors the SciJava status to ImageJ 1's status bar.
		if (!legacyActive) IJ.showStatus(message);
		log.debug("[dispatch] " + message);
	}
}
