package io.github.fijidispatch.fiji.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.files.AtomicFile;

import org.scijava.util.FileUtils;
import org.w3c.dom.Element;

/**
 * Installs the current release of every file of a local update site folder
 * into a Fiji (or ImageJ) folder as the real updater does: the file is
 * fetched from {@code site + filename + "-" + timestamp}, its checksum is
 * checked against the record, and it is written to {@code filename} in the
 * installation (atomically), after which other versions of the same file
 * (same version-stripped name in that folder) are removed. Dependencies are
 * not fetched (they come from Fiji's own sites and CLIJ2's); the ones
 * missing are reported.
 */
public final class SiteInstallation {

	private final List<String> installed = new ArrayList<>();
	private final List<String> missingDependencies = new ArrayList<>();

	private SiteInstallation() {}

	/** Installs; the result says what was written and which dependencies are missing. */
	public static SiteInstallation install(final File site, final File target) throws IOException {
		final SiteInstallation result = new SiteInstallation();
		final File dbFile = new File(site, SiteDatabase.FILE);
		if (!dbFile.isFile()) throw new IllegalArgumentException("'" + site + "' is not an update site: it has no " + SiteDatabase.FILE);
		for (final Element plugin : SiteDatabase.children(SiteDatabase.readOrCreate(site).getDocumentElement(), "plugin")) {
			final Element version = SiteDatabase.child(plugin, "version");
			if (version == null) continue; // NB: a file the site has removed
			final String filename = plugin.getAttribute("filename");
			final File stored = new File(site, filename + "-" + version.getAttribute("timestamp"));
			if (!stored.isFile()) throw new IOException("the site lacks " + stored + ", which the updater would download for " + filename);
			final String actual = filename.endsWith(".jar") ? UpdateSiteChecksums.ofJar(stored) : UpdateSiteChecksums.ofFile(filename, stored);
			if (!actual.equals(version.getAttribute("checksum"))) throw new IOException("checksum mismatch for " + stored +
				": the record says " + version.getAttribute("checksum") + ", the file has " + actual);
			final File destination = new File(target, filename);
			AtomicFile.copy(stored.toPath(), destination.toPath());
			removeOtherVersions(destination);
			result.installed.add(filename);
			for (final Element d : SiteDatabase.children(version, "dependency"))
				if (!hasAnyVersion(new File(target, d.getAttribute("filename")))) result.missingDependencies.add(d.getAttribute("filename"));
		}
		return result;
	}

	/** The installed paths, relative to the installation. */
	public List<String> installed() {
		return installed;
	}

	/** Dependencies no version of which is in the installation. */
	public List<String> missingDependencies() {
		return missingDependencies;
	}

	private static void removeOtherVersions(final File installed) throws IOException {
		final String key = FileUtils.stripFilenameVersion(installed.getName());
		final File[] siblings = installed.getParentFile().listFiles();
		if (siblings == null) return;
		for (final File f : siblings)
			if (!f.equals(installed) && f.isFile() && key.equals(FileUtils.stripFilenameVersion(f.getName()))) Files.delete(f.toPath());
	}

	private static boolean hasAnyVersion(final File stripped) {
		final File[] siblings = stripped.getParentFile() == null ? null : stripped.getParentFile().listFiles();
		if (siblings == null) return false;
		for (final File f : siblings)
			if (stripped.getName().equals(FileUtils.stripFilenameVersion(f.getName()))) return true;
		return false;
	}

}
