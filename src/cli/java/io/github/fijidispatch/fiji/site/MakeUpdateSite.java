package io.github.fijidispatch.fiji.site;

import java.io.File;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import io.github.fijidispatch.files.AtomicFile;

import org.scijava.util.FileUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds (or updates) a Fiji update site for the plugin jar, by the rules of
 * the real updater (imagej-updater). Only the plugin jar is published: the
 * {@code -headless} stand-ins would shadow Fiji's own classes, and the
 * {@code -cli} jar (command line, benchmark, site tooling) is nothing Fiji runs.
 * <ul>
 * <li>the record's {@code filename} is the installed path with its version,
 * {@code plugins/Fiji_Dispatch-VERSION.jar}: {@code plugins/} because plain
 * ImageJ 1 reads a jar's {@code plugins.config} only there, and Fiji's
 * ImageJ 1 does too;</li>
 * <li>the file is stored as {@code filename + "-" + timestamp}, which is what
 * the updater downloads ({@code FilesCollection.getURL}: site URL + filename +
 * "-" + timestamp) and what its uploader writes ({@code FilesUploader});</li>
 * <li>dependencies are named as Fiji names them, without versions
 * ({@code FileObject.addDependency} strips them): {@code jars/imglib2.jar},
 * {@code plugins/clij2_.jar} (jars with an underscore are ImageJ 1 plugins and
 * live in {@code plugins/});</li>
 * <li>building into an existing site keeps the older release as a
 * {@code previous-version} entry (its timestamp, checksum and filename, with
 * {@code timestamp-obsolete}), as {@code XMLFileWriter} does; a file already
 * released is never rewritten, and an unchanged jar changes nothing.</li>
 * </ul>
 * Checksums are {@link UpdateSiteChecksums}; timestamps {@code yyyyMMddHHmmss}
 * in UTC. Every file is written atomically ({@link AtomicFile}). CLIJ2 itself
 * comes from the clij and clij2 update sites. The OME-Zarr libraries Fiji
 * lacks ({@link #BUNDLED}: jzarr, jblosc) are published on this site in
 * {@code jars/}; the native {@code libblosc} they load is the user's to
 * install (the README says how).
 * <p>
 * Usage: {@code MakeUpdateSite SITE_DIR PLUGIN_JAR [DEPENDENCY_JAR ...]}.
 * </p>
 */
public final class MakeUpdateSite {

	static final String DESCRIPTION = "Fiji Dispatch: routes common image operations to the ImgLib2 CPU backend or the " +
		"CLIJ2 OpenCL backend (enable the clij and clij2 update sites), with results that agree.";
	static final String AUTHOR = "Fiji Dispatch developers";

	private MakeUpdateSite() {
		// NB: entry point only
	}

	public static void main(final String[] args) throws IOException {
		if (args.length < 2) throw new IllegalArgumentException("usage: MakeUpdateSite SITE_DIR PLUGIN_JAR [DEPENDENCY_JAR ...]");
		final List<File> deps = new java.util.ArrayList<>();
		for (int i = 2; i < args.length; i++)
			deps.add(new File(args[i]));
		System.out.println(build(new File(args[0]), new File(args[1]), deps, new Date()));
	}

	/**
	 * Dependencies that Fiji does not ship, published on this site beside the plugin jar (as Fiji names them) so that
	 * the updater installs them: jzarr and its blosc binding jblosc, for OME-Zarr. Every other dependency is Fiji's
	 * (jackson, JNA, ImgLib2, SciJava) or CLIJ2's update sites', and only declared.
	 */
	static final List<String> BUNDLED = java.util.Arrays.asList("jars/jzarr.jar", "jars/jblosc.jar");

	static final String BUNDLED_DESCRIPTION = "A library Fiji Dispatch needs for OME-Zarr, which Fiji does not ship.";

	/**
	 * Writes the site; returns the stored file of the current release (the one
	 * already there when the jar is unchanged). The {@link #BUNDLED} dependencies
	 * get a record and a stored file of their own, by the same rules.
	 *
	 * @throws IllegalArgumentException for a jar that is not {@code Fiji_Dispatch-VERSION.jar}
	 * @throws IOException when a released file would be rewritten, or on I/O failure
	 */
	public static File build(final File site, final File pluginJar, final List<File> dependencies, final Date when)
		throws IOException
	{
		final String name = pluginJar.getName();
		if (!name.matches("Fiji_Dispatch-[0-9][^-]*(-SNAPSHOT)?\\.jar")) throw new IllegalArgumentException("plugin jar '" +
			name + "' is not Fiji_Dispatch-VERSION.jar (the -headless, -cli and -tests classifier jars never go on the site: " +
			"Fiji needs none of them)");
		final Document db = SiteDatabase.readOrCreate(site);
		final String timestamp = timestamp(when);
		final List<File[]> copies = new java.util.ArrayList<>();
		final File stored = release(db, site, pluginJar, "plugins/" + name, timestamp, DESCRIPTION, dependencies, copies);
		for (final File dep : dependencies)
			if (BUNDLED.contains(fijiName(dep)))
				release(db, site, dep, "jars/" + dep.getName(), timestamp, BUNDLED_DESCRIPTION, new java.util.ArrayList<File>(),
					copies);
		for (final File[] copy : copies)
			AtomicFile.copy(copy[0].toPath(), copy[1].toPath());
		if (!copies.isEmpty()) SiteDatabase.write(db, site);
		return stored;
	}

	/**
	 * Puts a jar's release into the database (keeping the older one as a previous version); the copy to make is
	 * added to {@code copies}. Returns where the current release is stored.
	 */
	private static File release(final Document db, final File site, final File jar, final String filename,
		final String timestamp, final String description, final List<File> dependencies, final List<File[]> copies)
		throws IOException
	{
		final String checksum = UpdateSiteChecksums.ofJar(jar);
		final Element old = record(db, filename);
		final Element current = old == null ? null : SiteDatabase.child(old, "version");
		if (current != null && checksum.equals(current.getAttribute("checksum")))
			return new File(site, old.getAttribute("filename") + "-" + current.getAttribute("timestamp"));
		final File stored = new File(site, filename + "-" + timestamp);
		if (stored.exists()) throw new IOException("refusing to rewrite the released file " + stored +
			"; build with a later timestamp");
		final Element plugin = db.createElement("plugin");
		plugin.setAttribute("filename", filename);
		plugin.appendChild(version(db, checksum, timestamp, jar.length(), description, dependencies));
		if (old != null) {
			for (final Element previous : SiteDatabase.children(old, "previous-version"))
				plugin.appendChild(previous.cloneNode(true));
			if (current != null) plugin.appendChild(previousVersion(db, current, old.getAttribute("filename"), timestamp));
			db.getDocumentElement().replaceChild(plugin, old);
		}
		else db.getDocumentElement().appendChild(plugin);
		copies.add(new File[] { jar, stored });
		return stored;
	}

	/** A dependency's name as Fiji's records name it: version stripped, in {@code plugins/} or {@code jars/}. */
	static String fijiName(final File jar) {
		final String stripped = FileUtils.stripFilenameVersion(jar.getName());
		return (stripped.contains("_") ? "plugins/" : "jars/") + stripped;
	}

	static String timestamp(final Date when) {
		final SimpleDateFormat f = new SimpleDateFormat("yyyyMMddHHmmss");
		f.setTimeZone(TimeZone.getTimeZone("UTC"));
		return f.format(when);
	}

	private static Element version(final Document db, final String checksum, final String timestamp, final long size,
		final String text, final List<File> dependencies)
	{
		final Element v = db.createElement("version");
		v.setAttribute("checksum", checksum);
		v.setAttribute("timestamp", timestamp);
		v.setAttribute("filesize", String.valueOf(size));
		final Element description = db.createElement("description");
		description.setTextContent(text);
		v.appendChild(description);
		for (final File dep : dependencies) {
			final Element d = db.createElement("dependency");
			d.setAttribute("filename", fijiName(dep));
			d.setAttribute("timestamp", timestamp(new Date(dep.lastModified())));
			v.appendChild(d);
		}
		final Element author = db.createElement("author");
		author.setTextContent(AUTHOR);
		v.appendChild(author);
		return v;
	}

	private static Element previousVersion(final Document db, final Element current, final String filename,
		final String obsolete)
	{
		final Element p = db.createElement("previous-version");
		p.setAttribute("timestamp", current.getAttribute("timestamp"));
		p.setAttribute("timestamp-obsolete", obsolete);
		p.setAttribute("checksum", current.getAttribute("checksum"));
		p.setAttribute("filename", filename);
		return p;
	}

	/** Our record: the one whose version-stripped filename is ours (the updater matches releases so). */
	private static Element record(final Document db, final String filename) {
		final String key = FileUtils.stripFilenameVersion(filename);
		for (final Element e : SiteDatabase.children(db.getDocumentElement(), "plugin"))
			if (key.equals(FileUtils.stripFilenameVersion(e.getAttribute("filename")))) return e;
		return null;
	}

}
