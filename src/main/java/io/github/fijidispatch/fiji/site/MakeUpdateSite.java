package io.github.fijidispatch.fiji.site;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.GZIPOutputStream;

import io.github.fijidispatch.files.AtomicFile;

/**
 * Builds a Fiji update site for the plugin jar: {@code db.xml.gz} with one
 * record {@code jars/fiji-dispatch.jar} (version-stripped name) holding the
 * checksum, timestamp ({@code yyyyMMddHHmmss}, UTC), file size, description,
 * dependencies and author, and the file itself as
 * {@code jars/fiji-dispatch-VERSION.jar-TIMESTAMP}. Dependencies are the
 * compile-scope jars, named as Fiji names them ({@code jars/ARTIFACT.jar});
 * CLIJ2's come from the clij and clij2 update sites.
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
		final List<File> deps = new ArrayList<>();
		for (int i = 2; i < args.length; i++)
			deps.add(new File(args[i]));
		System.out.println(build(new File(args[0]), new File(args[1]), deps, new Date()));
	}

	/** Writes the site; returns the path of the stored jar. */
	public static File build(final File site, final File pluginJar, final List<File> dependencies, final Date when)
		throws IOException
	{
		final String name = pluginJar.getName();
		if (!name.matches("fiji-dispatch-[0-9][^-]*(-SNAPSHOT)?\\.jar")) throw new IllegalArgumentException("plugin jar '" +
			name + "' is not fiji-dispatch-VERSION.jar (the -headless classifier jar must never go on the site)");
		final String timestamp = timestamp(when);
		final File jars = new File(site, "jars");
		if (!jars.isDirectory() && !jars.mkdirs()) throw new IOException("cannot create " + jars);
		final File stored = new File(jars, name + "-" + timestamp);
		AtomicFile.copy(pluginJar.toPath(), stored.toPath());
		final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pluginRecords>\n");
		xml.append(" <plugin filename=\"jars/fiji-dispatch.jar\">\n");
		xml.append("  <version checksum=\"").append(UpdateSiteChecksums.ofJar(pluginJar)).append("\" timestamp=\"")
			.append(timestamp).append("\" filesize=\"").append(pluginJar.length()).append("\">\n");
		xml.append("   <description>").append(escape(DESCRIPTION)).append("</description>\n");
		for (final File dep : dependencies)
			xml.append("   <dependency filename=\"jars/").append(escape(fijiName(dep))).append("\" timestamp=\"")
				.append(timestamp(new Date(dep.lastModified()))).append("\"/>\n");
		xml.append("   <author>").append(escape(AUTHOR)).append("</author>\n");
		xml.append("  </version>\n </plugin>\n</pluginRecords>\n");
		AtomicFile.write(new File(site, "db.xml.gz").toPath(), out -> {
			try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
				gz.write(xml.toString().getBytes(StandardCharsets.UTF_8));
			}
		});
		return stored;
	}

	/** {@code clij2_-2.5.3.1.jar} → {@code clij2_.jar}: Fiji's version-stripped name. */
	static String fijiName(final File jar) {
		return jar.getName().replaceFirst("-[0-9][^/]*\\.jar$", ".jar");
	}

	static String timestamp(final Date when) {
		final SimpleDateFormat f = new SimpleDateFormat("yyyyMMddHHmmss");
		f.setTimeZone(TimeZone.getTimeZone("UTC"));
		return f.format(when);
	}

	private static String escape(final String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
