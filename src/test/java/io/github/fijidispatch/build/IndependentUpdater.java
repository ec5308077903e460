package io.github.fijidispatch.build;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The updater's rules, written again for the tests and independent of the
 * suite's site code: a file's URL is {@code site URL + filename + "-" +
 * timestamp} (imagej-updater {@code FilesCollection.getURL}); a jar's
 * checksum is the SHA-1 over its entries (folders too) sorted by name (name bytes, then the
 * content; {@code #} lines of {@code .properties} dropped; the manifest's
 * content left out); it is installed at its {@code filename}. Dependencies
 * come from a stand-in for Fiji's own update sites, matched by
 * version-stripped name.
 */
public final class IndependentUpdater {

	private IndependentUpdater() {
		// NB: functions only
	}

	/** Installs every current file of the site and its dependencies into {@code dir}; returns the installed paths. */
	static List<String> install(final File site, final File dir, final List<File> fijiSites) throws Exception {
		final List<String> installed = new ArrayList<>();
		for (final Element plugin : elements(db(site).getDocumentElement(), "plugin")) {
			final String filename = plugin.getAttribute("filename");
			final Element version = elements(plugin, "version").get(0);
			final URL url = new URL(site.toURI().toURL() + filename + "-" + version.getAttribute("timestamp"));
			final File target = new File(dir, filename);
			target.getParentFile().mkdirs();
			try (InputStream in = url.openStream()) {
				Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
			}
			if (!checksum(target).equals(version.getAttribute("checksum"))) throw new AssertionError("checksum mismatch: " + url);
			if (target.length() != Long.parseLong(version.getAttribute("filesize"))) throw new AssertionError("size mismatch: " + url);
			installed.add(filename);
			for (final Element dep : elements(version, "dependency")) {
				final String name = dep.getAttribute("filename");
				// NB: the host is ImageJ itself.
				if (name.equals("jars/ij.jar")) continue;
				final File jar = provider(name, fijiSites);
				final File to = new File(dir, new File(name).getParent() + "/" + jar.getName());
				to.getParentFile().mkdirs();
				Files.copy(jar.toPath(), to.toPath(), StandardCopyOption.REPLACE_EXISTING);
				installed.add(name);
			}
		}
		// NB: in Fiji, fiji-lib and imagej-common provide the two classes CLIJ2 links against; here the stand-ins do.
		for (final File f : fijiSites)
			if (f.getName().endsWith("-headless.jar")) Files.copy(f.toPath(), new File(dir, "jars/" + f.getName()).toPath(),
				StandardCopyOption.REPLACE_EXISTING);
		return installed;
	}

	/** The timestamp of the current release of the site's only record. */
	static String timestamp(final File site) throws Exception {
		final Element plugin = elements(db(site).getDocumentElement(), "plugin").get(0);
		return elements(plugin, "version").get(0).getAttribute("timestamp");
	}

	static int previousVersions(final File site) throws Exception {
		return elements(elements(db(site).getDocumentElement(), "plugin").get(0), "previous-version").size();
	}

	/** A later release: the jar with one more entry, as {@code Fiji_Dispatch-9.9.9.jar}. */
	static File changedCopy(final File jar, final File dir) throws IOException {
		dir.mkdirs();
		final File out = new File(dir, "Fiji_Dispatch-9.9.9.jar");
		try (JarFile in = new JarFile(jar); JarOutputStream o = new JarOutputStream(new FileOutputStream(out))) {
			for (final JarEntry e : Collections.list(in.entries())) {
				o.putNextEntry(new JarEntry(e.getName()));
				try (InputStream s = in.getInputStream(e)) {
					copy(s, o);
				}
			}
			o.putNextEntry(new JarEntry("io/github/fijidispatch/release-note.txt"));
			o.write("a later release".getBytes(StandardCharsets.UTF_8));
		}
		return out;
	}

	/** The updater's checksum of a jar, computed independently of the suite's {@code UpdateSiteChecksums}. */
	public static String checksum(final File jar) throws IOException, NoSuchAlgorithmException {
		final TreeMap<String, byte[]> entries = new TreeMap<>();
		try (JarFile f = new JarFile(jar)) {
			for (final JarEntry e : Collections.list(f.entries()))
				try (InputStream in = f.getInputStream(e)) {
					entries.put(e.getName(), readAll(in));
				}
		}
		final MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
		for (final String name : entries.keySet()) {
			sha1.update(name.getBytes(StandardCharsets.UTF_8));
			if (name.equals("META-INF/MANIFEST.MF")) continue;
			String content = new String(entries.get(name), StandardCharsets.ISO_8859_1);
			if (name.endsWith(".properties")) content = content.replaceAll("(?m)^#[^\n]*(\n|$)", "");
			sha1.update(content.getBytes(StandardCharsets.ISO_8859_1));
		}
		final StringBuilder sb = new StringBuilder();
		for (final byte b : sha1.digest())
			sb.append(String.format("%02x", b));
		return sb.toString();
	}

	private static File provider(final String dependency, final List<File> jars) {
		final String wanted = new File(dependency).getName();
		for (final File jar : jars)
			if (jar.getName().replaceFirst("-[0-9][^/]*\\.jar$", ".jar").equals(wanted)) return jar;
		throw new AssertionError("no stand-in of Fiji's sites provides " + dependency);
	}

	private static Document db(final File site) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(new File(site, "db.xml.gz").toPath()))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static List<Element> elements(final Element parent, final String tag) {
		final List<Element> out = new ArrayList<>();
		final NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++)
			if (nodes.item(i) instanceof Element && tag.equals(nodes.item(i).getNodeName())) out.add((Element) nodes.item(i));
		return out;
	}

	private static byte[] readAll(final InputStream in) throws IOException {
		final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		copy(in, out);
		return out.toByteArray();
	}

	private static void copy(final InputStream in, final java.io.OutputStream out) throws IOException {
		final byte[] b = new byte[8192];
		for (int n; (n = in.read(b)) > 0;)
			out.write(b, 0, n);
	}
}
