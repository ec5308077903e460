package io.github.fijidispatch.cli.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.fijidispatch.files.AtomicFile;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Draws the demo's PNG overview: one row per pipeline, a caption, its 2D
 * panels side by side (each scaled down to fit a {@value #PANEL} px square,
 * nearest neighbour), and lines of text under them. Written through
 * {@link AtomicFile}. Headless AWT only; lives in the command line, never in
 * the dispatch core.
 * <p>
 * Layout, in px: a panel of a {@code w×h} image is {@code ⌊w·s⌋×⌊h·s⌋} with
 * {@code s = min(1, PANEL / max(w, h))}; the overview is
 * {@code MARGIN + n·(PANEL + MARGIN)} wide for the row with the most panels
 * ({@code n}), and {@code MARGIN} plus, per row, {@code CAPTION + TITLE +
 * (its tallest panel) + lines·LINE + MARGIN} high.
 * </p>
 */
final class OverviewImage {

	static final int PANEL = 256;
	static final int MARGIN = 10;
	static final int CAPTION = 26;
	static final int TITLE = 20;
	static final int LINE = 18;

	private OverviewImage() {
		// NB: static holder
	}

	/** One 2D image to show: grey (min..max stretched) or labels (background black, one hue per label). */
	static final class Panel {

		final String title;
		final RandomAccessibleInterval<?> image;
		final boolean labels;

		private Panel(final String title, final RandomAccessibleInterval<?> image, final boolean labels) {
			if (image.numDimensions() != 2) throw new IllegalArgumentException("overview panel '" + title + "' is " +
				image.numDimensions() + "D; panels are 2D");
			this.title = title;
			this.image = image;
			this.labels = labels;
		}

		static Panel grey(final String title, final RandomAccessibleInterval<?> image) {
			return new Panel(title, image, false);
		}

		static Panel labels(final String title, final RandomAccessibleInterval<?> image) {
			return new Panel(title, image, true);
		}
	}

	/** One pipeline: a caption, its panels and lines of text. */
	static final class Row {

		final String caption;
		final List<Panel> panels;
		final List<String> lines;

		Row(final String caption, final List<Panel> panels, final List<String> lines) {
			this.caption = caption;
			this.panels = Collections.unmodifiableList(new ArrayList<>(panels));
			this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
		}

		int height() {
			return CAPTION + TITLE + tallestPanel() + lines.size() * LINE + MARGIN;
		}

		int tallestPanel() {
			int tallest = 0;
			for (final Panel p : panels)
				tallest = Math.max(tallest, panelSize(p.image)[1]);
			return tallest;
		}
	}

	/** The colour of a label: black for 0, else a hue stepped by the golden ratio (neighbouring labels differ). */
	static int colour(final long label) {
		return label == 0 ? 0x000000 : Color.HSBtoRGB((label * 0.618034f) % 1f, 0.75f, 1f) & 0xFFFFFF;
	}

	static void write(final File file, final List<Row> rows) throws IOException {
		int mostPanels = 1;
		int height = MARGIN;
		for (final Row row : rows) {
			mostPanels = Math.max(mostPanels, row.panels.size());
			height += row.height();
		}
		final int width = MARGIN + mostPanels * (PANEL + MARGIN);
		final BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = canvas.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		int top = MARGIN;
		for (final Row row : rows) {
			draw(g, row, top);
			top += row.height();
		}
		g.dispose();
		AtomicFile.write(file.toPath(), out -> {
			// NB: a memory cache, not ImageIO's default cache file in the temporary folder.
			try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
				if (!ImageIO.write(canvas, "png", ios)) throw new IOException("no PNG writer for " + file);
			}
		});
	}

	private static void draw(final Graphics2D g, final Row row, final int top) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString(row.caption, MARGIN, top + CAPTION - 8);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.setColor(Color.DARK_GRAY);
		for (int i = 0; i < row.panels.size(); i++) {
			final Panel panel = row.panels.get(i);
			final int x = MARGIN + i * (PANEL + MARGIN);
			g.drawString(panel.title, x, top + CAPTION + TITLE - 6);
			g.drawImage(render(panel), x, top + CAPTION + TITLE, null);
		}
		g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
		int y = top + CAPTION + TITLE + row.tallestPanel() + LINE;
		for (final String line : row.lines) {
			g.drawString(line, MARGIN, y);
			y += LINE;
		}
	}

	/** The scale at which an image is drawn: 1, or less to fit a {@value #PANEL} px square. */
	static double scale(final RandomAccessibleInterval<?> img) {
		return Math.min(1.0, PANEL / (double) Math.max(img.dimension(0), img.dimension(1)));
	}

	/** The width and height of an image's panel. */
	static int[] panelSize(final RandomAccessibleInterval<?> img) {
		final double scale = scale(img);
		return new int[] { Math.max(1, (int) Math.floor(img.dimension(0) * scale)),
			Math.max(1, (int) Math.floor(img.dimension(1) * scale)) };
	}

	private static BufferedImage render(final Panel panel) {
		final RandomAccessibleInterval<?> img = panel.image;
		final int w = (int) img.dimension(0);
		final int h = (int) img.dimension(1);
		final double scale = scale(img);
		final int pw = panelSize(img)[0];
		final int ph = panelSize(img)[1];
		final RandomAccess<?> ra = img.randomAccess();
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		if (!panel.labels) for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final double v = value(ra, img, x, y);
				if (Double.isNaN(v) || Double.isInfinite(v)) continue;
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		final BufferedImage out = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < ph; y++)
			for (int x = 0; x < pw; x++) {
				final double v = value(ra, img, (int) (x / scale), (int) (y / scale));
				if (panel.labels) out.setRGB(x, y, colour((long) v));
				else {
					final int grey = max > min && !Double.isNaN(v) ? (int) Math.round(255 * Math.max(0, Math.min(1, (v - min) /
						(max - min)))) : 0;
					out.setRGB(x, y, grey << 16 | grey << 8 | grey);
				}
			}
		return out;
	}

	private static double value(final RandomAccess<?> ra, final RandomAccessibleInterval<?> img, final int x, final int y) {
		ra.setPosition(img.min(0) + x, 0);
		ra.setPosition(img.min(1) + y, 1);
		return ((RealType<?>) ra.get()).getRealDouble();
	}
}
