package io.github.fijidispatch.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.fijidispatch.files.AtomicFile;

/**
 * Draws benchmark results as a PNG (headless AWT): one group of horizontal
 * bars per cell (op, size), one bar per column (ImageJ 1, each backend,
 * auto), lengths on a log10 millisecond axis, with a legend.
 */
public final class BenchChart {

	private static final Color[] PALETTE = { new Color(0x7f7f7f), new Color(0x1f77b4), new Color(0xff7f0e),
		new Color(0x2ca02c), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2) };
	private static final int BAR = 11;
	private static final int LEFT = 230;
	private static final int RIGHT = 90;
	private static final int TOP = 60;
	private static final int WIDTH = 1100;

	private BenchChart() {
		// NB: static holder
	}

	/** The columns drawn, in order: ImageJ 1, the backends, auto. */
	static List<String> columns(final BenchResults results) {
		final List<String> columns = new ArrayList<>();
		columns.add(Measurement.IJ1);
		columns.addAll(results.backends);
		columns.add(Measurement.AUTO);
		return columns;
	}

	public static BufferedImage draw(final BenchResults results) {
		final List<String> columns = columns(results);
		final List<Measurement> cells = results.cells();
		final int group = columns.size() * BAR + 12;
		final int height = TOP + Math.max(1, cells.size()) * group + 50;
		final BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			for (final Measurement m : results.measurements)
				if (m.ran() && m.medianMillis > 0) {
					lo = Math.min(lo, m.medianMillis);
					hi = Math.max(hi, m.medianMillis);
				}
			final double logLo = Double.isInfinite(lo) ? -1 : Math.floor(Math.log10(lo));
			final double logHi = Double.isInfinite(hi) ? 1 : Math.max(logLo + 1, Math.ceil(Math.log10(hi)));
			final int plotWidth = WIDTH - LEFT - RIGHT;
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
			g.setColor(Color.BLACK);
			g.drawString("fiji-dispatch bench: median ms per call (log scale; device backends on resident data)", 10, 20);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			legend(g, columns);
			g.setStroke(new BasicStroke(1f));
			for (int e = (int) logLo; e <= (int) logHi; e++) {
				final int x = LEFT + (int) Math.round((e - logLo) / (logHi - logLo) * plotWidth);
				g.setColor(new Color(0xdddddd));
				g.drawLine(x, TOP - 5, x, height - 40);
				g.setColor(Color.DARK_GRAY);
				g.drawString(e >= 0 ? String.format(Locale.ROOT, "%.0f ms", Math.pow(10, e)) : String.format(Locale.ROOT, "%s ms",
					BenchReport.number(Math.pow(10, e))), x - 15, height - 25);
			}
			int y = TOP;
			for (final Measurement cell : cells) {
				g.setColor(Color.BLACK);
				g.drawString(cell.opId + " " + cell.size, 10, y + group / 2);
				for (int i = 0; i < columns.size(); i++) {
					final Measurement m = results.find(cell.opId, cell.size, columns.get(i));
					final int by = y + i * BAR;
					if (m == null || !m.ran()) continue;
					final double v = Math.max(m.medianMillis, Math.pow(10, logLo));
					final int w = Math.max(1, (int) Math.round((Math.log10(v) - logLo) / (logHi - logLo) * plotWidth));
					g.setColor(PALETTE[i % PALETTE.length]);
					g.fillRect(LEFT, by, w, BAR - 2);
					g.setColor(Color.DARK_GRAY);
					g.drawString(BenchReport.number(m.medianMillis), LEFT + w + 4, by + BAR - 2);
				}
				y += group;
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static void legend(final Graphics2D g, final List<String> columns) {
		int x = 10;
		for (int i = 0; i < columns.size(); i++) {
			g.setColor(PALETTE[i % PALETTE.length]);
			g.fillRect(x, 32, 12, 12);
			g.setColor(Color.BLACK);
			final String name = columns.get(i).equals(Measurement.IJ1) ? "ImageJ 1" : columns.get(i);
			g.drawString(name, x + 16, 43);
			x += 30 + g.getFontMetrics().stringWidth(name);
		}
	}

	public static void write(final BenchResults results, final File png) throws IOException {
		final BufferedImage chart = draw(results);
		AtomicFile.write(png.toPath(), out -> {
			// NB: a memory cache, not ImageIO's default cache file in the temporary folder.
			try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
				if (!ImageIO.write(chart, "png", ios)) throw new IOException("no PNG writer for " + png);
			}
		});
	}
}
