package io.github.fijidispatch.fiji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.fijidispatch.build.IndependentUpdater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MakeUpdateSiteTest {

	@TempDir
	Path tmp;

	private File jar(final String name, final String properties, final String manifestVersion) throws Exception {
		final File f = tmp.resolve(name).toFile();
		final Manifest m = new Manifest();
		m.getMainAttributes().putValue("Manifest-Version", "1.0");
		m.getMainAttributes().putValue("Built-At", manifestVersion);
		try (JarOutputStream out = new JarOutputStream(new FileOutputStream(f), m)) {
			out.putNextEntry(new JarEntry("b/Two.class"));
			out.write(new byte[] { 1, 2, 3 });
			out.putNextEntry(new JarEntry("a/one.properties"));
			out.write(properties.getBytes(StandardCharsets.UTF_8));
		}
		return f;
	}

	/** Recomputed independently (sorted names, name then content, # lines dropped, manifest content ignored). */
	private static String expectedChecksum(final File jar) throws Exception {
		return IndependentUpdater.checksum(jar);
	}

	private static Document db(final File site) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(new File(site, "db.xml.gz").toPath()))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	@Test
	void siteHoldsTheJarWhereTheUpdaterDownloadsItAndAValidRecord() throws Exception {
		final File plugin = jar("Fiji_Dispatch-0.1.0.jar", "#comment 1\nkey=value\n#comment 2\n", "now");
		final File clij2 = jar("clij2_-2.5.3.1.jar", "x=1\n", "x");
		final File imglib2 = jar("imglib2-8.0.0.jar", "x=2\n", "x");
		final File site = tmp.resolve("site").toFile();
		final Date when = new Date(1700000000000L);
		final File stored = MakeUpdateSite.build(site, plugin, Arrays.asList(clij2, imglib2), when);
		final Document db = db(site);
		assertEquals("pluginRecords", db.getDocumentElement().getNodeName());
		final NodeList plugins = db.getElementsByTagName("plugin");
		assertEquals(1, plugins.getLength());
		final Element record = (Element) plugins.item(0);
		// NB: the updater downloads <site><filename>-<timestamp> (FilesCollection.getURL); that file must exist.
		assertEquals("plugins/Fiji_Dispatch-0.1.0.jar", record.getAttribute("filename"));
		final Element version = (Element) record.getElementsByTagName("version").item(0);
		assertEquals("20231114221320", version.getAttribute("timestamp"));
		final File downloaded = new File(site, record.getAttribute("filename") + "-" + version.getAttribute("timestamp"));
		assertEquals(downloaded, stored);
		assertTrue(Arrays.equals(Files.readAllBytes(plugin.toPath()), Files.readAllBytes(downloaded.toPath())));
		assertEquals(expectedChecksum(plugin), version.getAttribute("checksum"));
		assertEquals(String.valueOf(plugin.length()), version.getAttribute("filesize"));
		assertTrue(version.getElementsByTagName("description").item(0).getTextContent().contains("clij2 update sites"));
		final NodeList deps = version.getElementsByTagName("dependency");
		assertEquals("plugins/clij2_.jar", ((Element) deps.item(0)).getAttribute("filename"));
		assertEquals("jars/imglib2.jar", ((Element) deps.item(1)).getAttribute("filename"));
	}

	/** jzarr and jblosc are not in Fiji: the site ships them in jars/, with records; jackson is only declared. */
	@Test
	void theOmeZarrLibrariesFijiLacksAreShippedAndOthersOnlyDeclared() throws Exception {
		final File plugin = jar("Fiji_Dispatch-0.1.0.jar", "k=1\n", "p");
		final File jzarr = jar("jzarr-0.4.2.jar", "z=1\n", "z");
		final File jackson = jar("jackson-databind-2.17.2.jar", "j=1\n", "j");
		final File site = tmp.resolve("site").toFile();
		MakeUpdateSite.build(site, plugin, Arrays.asList(jzarr, jackson), new Date(1700000000000L));
		final NodeList records = db(site).getElementsByTagName("plugin");
		assertEquals(2, records.getLength());
		final Element shipped = (Element) records.item(1);
		assertEquals("jars/jzarr-0.4.2.jar", shipped.getAttribute("filename"));
		final Element version = (Element) shipped.getElementsByTagName("version").item(0);
		assertEquals(expectedChecksum(jzarr), version.getAttribute("checksum"));
		final File stored = new File(site, "jars/jzarr-0.4.2.jar-" + version.getAttribute("timestamp"));
		assertTrue(Arrays.equals(Files.readAllBytes(jzarr.toPath()), Files.readAllBytes(stored.toPath())));
		assertTrue(!new File(site, "jars").list()[0].startsWith("jackson"), "jackson is Fiji's, not shipped");
		final NodeList deps = ((Element) ((Element) records.item(0)).getElementsByTagName("version").item(0))
			.getElementsByTagName("dependency");
		assertEquals("jars/jzarr.jar", ((Element) deps.item(0)).getAttribute("filename"));
		assertEquals("jars/jackson-databind.jar", ((Element) deps.item(1)).getAttribute("filename"));
	}

	@Test
	void rebuildingKeepsTheOlderReleaseAsPreviousVersionAndNeverRewritesIt() throws Exception {
		final File site = tmp.resolve("site").toFile();
		final File first = jar("Fiji_Dispatch-0.1.0.jar", "k=1\n", "a");
		final File stored1 = MakeUpdateSite.build(site, first, new ArrayList<File>(), new Date(1700000000000L));
		final byte[] released = Files.readAllBytes(stored1.toPath());
		final File again = MakeUpdateSite.build(site, first, new ArrayList<File>(), new Date(1700000100000L));
		assertEquals(stored1, again, "an unchanged jar changes nothing");

		final File second = tmp.resolve("v2").toFile();
		second.mkdirs();
		final File next = jar("v2/Fiji_Dispatch-0.2.0.jar", "k=2\n", "b");
		final File stored2 = MakeUpdateSite.build(site, next, new ArrayList<File>(), new Date(1700000200000L));
		assertTrue(Arrays.equals(released, Files.readAllBytes(stored1.toPath())), "the released file is untouched");
		final Element record = (Element) db(site).getElementsByTagName("plugin").item(0);
		assertEquals(1, db(site).getElementsByTagName("plugin").getLength());
		assertEquals("plugins/Fiji_Dispatch-0.2.0.jar", record.getAttribute("filename"));
		assertEquals(new File(site, "plugins/Fiji_Dispatch-0.2.0.jar-20231114221640"), stored2);
		final Element previous = (Element) record.getElementsByTagName("previous-version").item(0);
		assertEquals("20231114221320", previous.getAttribute("timestamp"));
		assertEquals("20231114221640", previous.getAttribute("timestamp-obsolete"));
		assertEquals(expectedChecksum(first), previous.getAttribute("checksum"));
		assertEquals("plugins/Fiji_Dispatch-0.1.0.jar", previous.getAttribute("filename"));
		assertEquals(released.length, new File(site, previous.getAttribute("filename") + "-" + previous.getAttribute("timestamp")).length());

		final File third = jar("Fiji_Dispatch-0.3.0.jar", "k=3\n", "c");
		MakeUpdateSite.build(site, third, new ArrayList<File>(), new Date(1700000300000L));
		assertEquals(2, ((Element) db(site).getElementsByTagName("plugin").item(0)).getElementsByTagName("previous-version").getLength());
	}

	@Test
	void aReleasedFileIsNeverOverwritten() throws Exception {
		final File site = tmp.resolve("site").toFile();
		final Date when = new Date(1700000000000L);
		MakeUpdateSite.build(site, jar("Fiji_Dispatch-0.1.0.jar", "k=1\n", "a"), new ArrayList<File>(), when);
		final File changed = jar("Fiji_Dispatch-0.1.0.jar", "k=other\n", "a");
		final IOException e = assertThrows(IOException.class, () -> MakeUpdateSite.build(site, changed, new ArrayList<File>(), when));
		assertTrue(e.getMessage().contains("refusing to rewrite"), e.getMessage());
	}

	@Test
	void checksumIgnoresCommentsAndManifest() throws Exception {
		final String a = UpdateSiteChecksums.ofJar(jar("a.jar", "#built monday\nk=v\n", "monday"));
		final String b = UpdateSiteChecksums.ofJar(jar("b.jar", "#built tuesday\nk=v\n", "tuesday"));
		final String c = UpdateSiteChecksums.ofJar(jar("c.jar", "k=w\n", "tuesday"));
		assertEquals(a, b);
		assertTrue(!a.equals(c));
	}

	@Test
	void classifierJarsAreRefused() throws Exception {
		for (final String classifier : new String[] { "headless", "cli", "tests" }) {
			final File jar = jar("Fiji_Dispatch-0.1.0-SNAPSHOT-" + classifier + ".jar", "", "x");
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> MakeUpdateSite.build(tmp.resolve("s").toFile(), jar, new ArrayList<File>(), new Date()));
			assertTrue(e.getMessage().contains("-" + classifier), e.getMessage());
		}
		assertTrue(!tmp.resolve("s").toFile().exists(), "nothing written for a refused jar");
	}

	@Test
	void plainFileChecksumIsPathThenBytes() throws Exception {
		final File f = tmp.resolve("x.txt").toFile();
		Files.write(f.toPath(), "hello".getBytes(StandardCharsets.UTF_8));
		final MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
		sha1.update("macros/x.txt".getBytes(StandardCharsets.UTF_8));
		sha1.update("hello".getBytes(StandardCharsets.UTF_8));
		final StringBuilder sb = new StringBuilder();
		for (final byte b : sha1.digest())
			sb.append(String.format("%02x", b));
		assertEquals(sb.toString(), UpdateSiteChecksums.ofFile("macros/x.txt", f));
	}
}
