package io.github.fijidispatch.fiji;

import java.util.List;

import org.scijava.service.SciJavaService;

/**
 * The Fiji front of dispatch: at start-up it registers one command per op
 * (derived from the op declarations) with the {@code ModuleService}, applies
 * the options the user saved, and — only when ImageJ 1 runs without
 * imagej-legacy — installs the {@link Ij1Bridge} so that macros can
 * {@code run("Gaussian Blur (Dispatch)", "sigma=2")}.
 */
public interface DispatchCommandService extends SciJavaService {

	/** The op commands, one per op, ordered by op id. */
	List<OpModuleInfo> opCommands();

	/**
	 * The command of an op.
	 *
	 * @throws IllegalArgumentException for an unknown op id, listing the known ones
	 */
	OpModuleInfo opCommand(String opId);

	/** Runs ops on ImageJ 1 images (what every op command does). */
	ImagePlusCall imagePlusCall();

	/** The backend preference macros set for later commands. */
	MacroPreference macroPreference();

	/** Whether imagej-legacy serves ImageJ 1 here (Fiji); then no bridge is installed. */
	boolean isLegacyActive();

	/** The bridge into plain ImageJ 1's command table, or {@code null} (Fiji, or no display). */
	Ij1Bridge bridge();
}
