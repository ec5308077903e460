package io.github.fijidispatch.fiji;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import ij.IJ;

import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;
import org.scijava.script.ScriptService;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * Registers the op commands and our other commands at start-up; installs the
 * {@link Ij1Bridge} outside Fiji when a display exists.
 */
@Plugin(type = Service.class)
public class DefaultDispatchCommandService extends AbstractService implements DispatchCommandService {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private ModuleService moduleService;

	// NB: makes sure our @Plugin commands are in the module index before the bridge reads it.
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

	private final Map<String, OpModuleInfo> opCommands = new LinkedHashMap<>();
	private final MacroPreference macroPreference = new MacroPreference();
	private ImagePlusCall imagePlusCall;
	private boolean legacyActive;
	private Ij1Bridge bridge;

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
		if (!legacyActive) installBridge();
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		if (bridge != null) bridge.uninstall();
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
	public Ij1Bridge bridge() {
		return bridge;
	}

	// -- Helper methods --

	private void installBridge() {
		if (GraphicsEnvironment.isHeadless()) {
			log.debug("[dispatch] ImageJ 1 commands not registered: no display (plain ImageJ 1 needs one; use xvfb-run)");
			return;
		}
		final List<ModuleInfo> ours = new ArrayList<>();
		for (final ModuleInfo info : moduleService.getModules())
			if (isOurs(info)) ours.add(info);
		final Ij1Bridge b = new Ij1Bridge();
		try {
			for (final String problem : b.install(ours))
				log.warn("[dispatch] " + problem);
			bridge = b;
		}
		catch (final IllegalStateException e) {
			log.warn("[dispatch] ImageJ 1 commands not registered: " + e.getMessage());
		}
	}

	/** Our commands with a menu path: the op commands and the commands of this package. */
	private static boolean isOurs(final ModuleInfo info) {
		if (info instanceof OpModuleInfo) return true;
		return info.getMenuPath() != null && !info.getMenuPath().isEmpty() &&
			info.getDelegateClassName().startsWith(DefaultDispatchCommandService.class.getPackage().getName() + ".");
	}

	private void showStatus(final String message) {
		if (statusService != null) statusService.showStatus(message);
		// NB: in Fiji, imagej-legacy mirrors the SciJava status to ImageJ 1's status bar.
		if (!legacyActive) IJ.showStatus(message);
		log.info("[dispatch] " + message);
	}
}
