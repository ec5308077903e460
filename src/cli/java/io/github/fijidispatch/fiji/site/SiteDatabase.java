package io.github.fijidispatch.fiji.site;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import io.github.fijidispatch.files.AtomicFile;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An update site's {@code db.xml.gz} as a DOM: read, written atomically, and walked by child element. */
final class SiteDatabase {

	static final String FILE = "db.xml.gz";

	private SiteDatabase() {
		// NB: functions only
	}

	/** The site's records, or an empty {@code <pluginRecords>} when the site has none yet. */
	static Document readOrCreate(final File site) throws IOException {
		final File file = new File(site, FILE);
		try {
			final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			// NB: db.xml.gz carries a DOCTYPE with an internal subset only; no external entity is ever fetched.
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			if (!file.isFile()) {
				final Document d = f.newDocumentBuilder().newDocument();
				d.appendChild(d.createElement("pluginRecords"));
				return d;
			}
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file.toPath()))) {
				final Document d = f.newDocumentBuilder().parse(in);
				dropBlankText(d.getDocumentElement());
				return d;
			}
		}
		catch (final ParserConfigurationException | SAXException e) {
			throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	static void write(final Document db, final File site) throws IOException {
		final File file = new File(site, FILE);
		try {
			final Transformer t = TransformerFactory.newInstance().newTransformer();
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			final ByteArrayOutputStream xml = new ByteArrayOutputStream();
			t.transform(new DOMSource(db), new StreamResult(xml));
			AtomicFile.write(file.toPath(), out -> {
				try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
					gz.write(xml.toByteArray());
				}
			});
		}
		catch (final TransformerException e) {
			throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** The first child element with this tag, or {@code null}. */
	static Element child(final Element parent, final String tag) {
		final List<Element> c = children(parent, tag);
		return c.isEmpty() ? null : c.get(0);
	}

	static List<Element> children(final Element parent, final String tag) {
		final List<Element> out = new ArrayList<>();
		final NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			final Node n = nodes.item(i);
			if (n instanceof Element && tag.equals(n.getNodeName())) out.add((Element) n);
		}
		return out;
	}

	/** NB: the indentation of the file read; without this every rebuild would indent it again. */
	private static void dropBlankText(final Node node) {
		for (Node c = node.getFirstChild(); c != null;) {
			final Node next = c.getNextSibling();
			if (c.getNodeType() == Node.TEXT_NODE && c.getTextContent().trim().isEmpty()) node.removeChild(c);
			else if (c instanceof Element) dropBlankText(c);
			c = next;
		}
	}
}
