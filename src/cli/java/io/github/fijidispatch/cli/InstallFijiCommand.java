package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintStream;
import java.util.List;

import io.github.fijidispatch.fiji.site.SiteInstallation;

import org.scijava.plugin.Plugin;

/**
 * {@code install-fiji FIJI_DIR SITE_DIR}: installs the suite into a Fiji
 * folder from a local update site folder (made by
 * {@code scripts/make-update-site}), by the real updater's rules
 * ({@link SiteInstallation}). Fiji's own updater does the same when the
 * folder is added as an update site with the URL {@code file:/path/to/SITE_DIR/}.
 */
@Plugin(type = Subcommand.class)
public class InstallFijiCommand implements Subcommand {

	@Override
	public String name() {
		return "install-fiji";
	}

	@Override
	public String summary() {
		return "installs the suite into a Fiji folder from a local update site folder";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch install-fiji FIJI_DIR SITE_DIR\n" +
			"  FIJI_DIR  the Fiji.app folder\n" +
			"  SITE_DIR  an update site folder made by scripts/make-update-site";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		if (args.size() != 2) throw new IllegalArgumentException("give the Fiji folder and the site folder; " + usage());
		final File fiji = new File(args.get(0));
		if (!fiji.isDirectory()) throw new IllegalArgumentException("Fiji folder '" + fiji + "' does not exist");
		final SiteInstallation result = SiteInstallation.install(new File(args.get(1)), fiji);
		out.println("installed " + String.join(", ", result.installed()) + " into " + fiji);
		if (!result.missingDependencies().isEmpty()) out.println("missing in this Fiji (update it, and enable the clij and clij2 " +
			"update sites): " + String.join(", ", result.missingDependencies()));
		return 0;
	}
}
