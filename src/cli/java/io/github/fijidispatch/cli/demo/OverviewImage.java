package io.github.fijidispatch.cli.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.fijidispatch.files.AtomicFile;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * The demo's PNG overview: input, mask and coloured labels side by side
 * (the middle plane of a 3D image), with key numbers underneath. Headless
 * AWT only; lives in the command line, never in the dispatch core.
 */
final class OverviewImage {

	private static final int PANEL = 320;
	private static final int MARGIN = 10;
	private static final int TITLE = 22;
	private static final int LINE = 18;

	private OverviewImage() {
		// NB: static holder
	}

	static void write(final File file, final RandomAccessibleInterval<?> input, final RandomAccessibleInterval<?> mask,
		final RandomAccessibleInterval<?> labels, final List<String> lines) throws IOException
	{
		final int w = (int) input.dimension(0);
		final int h = (int) input.dimension(1);
		final double scale = Math.min(1.0, PANEL / (double) Math.max(w, h));
		final int pw = (int) Math.round(w * scale);
		final int ph = (int) Math.round(h * scale);
		final int width = 3 * pw + 4 * MARGIN;
		final int height = TITLE + ph + 2 * MARGIN + lines.size() * LINE + MARGIN;
		final BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = canvas.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		final String[] titles = { "input", "mask (threshold + fill holes)", "labels" };
		final BufferedImage[] panels = { grey(input, pw, ph, scale), grey(mask, pw, ph, scale), colours(labels, pw, ph, scale) };
		for (int i = 0; i < 3; i++) {
			final int x = MARGIN + i * (pw + MARGIN);
			g.drawString(titles[i], x, TITLE - 6);
			g.drawImage(panels[i], x, TITLE, null);
		}
		g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
		int y = TITLE + ph + 2 * MARGIN;
		for (final String line : lines) {
			g.drawString(line, MARGIN, y);
			y += LINE;
		}
		g.dispose();
		AtomicFile.write(file.toPath(), out -> {
			// NB: a memory cache, not ImageIO's default cache file in the temporary folder.
			try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
				if (!ImageIO.write(canvas, "png", ios)) throw new IOException("no PNG writer for " + file);
			}
		});
	}

	private static double value(final RandomAccess<?> ra, final RandomAccessibleInterval<?> img, final int x, final int y) {
		ra.setPosition(img.min(0) + x, 0);
		ra.setPosition(img.min(1) + y, 1);
		if (img.numDimensions() > 2) ra.setPosition(img.min(2) + img.dimension(2) / 2, 2);
		return ((RealType<?>) ra.get()).getRealDouble();
	}

	private static BufferedImage grey(final RandomAccessibleInterval<?> img, final int pw, final int ph, final double scale) {
		final RandomAccess<?> ra = img.randomAccess();
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (int y = 0; y < img.dimension(1); y++)
			for (int x = 0; x < img.dimension(0); x++) {
				final double v = value(ra, img, x, y);
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		final BufferedImage out = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < ph; y++)
			for (int x = 0; x < pw; x++) {
				final double v = value(ra, img, (int) (x / scale), (int) (y / scale));
				final int grey = max > min ? (int) Math.round(255 * (v - min) / (max - min)) : 0;
				out.setRGB(x, y, grey << 16 | grey << 8 | grey);
			}
		return out;
	}

	private static BufferedImage colours(final RandomAccessibleInterval<?> labels, final int pw, final int ph, final double scale) {
		final RandomAccess<?> ra = labels.randomAccess();
		final BufferedImage out = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < ph; y++)
			for (int x = 0; x < pw; x++) {
				final long label = (long) value(ra, labels, (int) (x / scale), (int) (y / scale));
				out.setRGB(x, y, label == 0 ? 0x000000 : Color.HSBtoRGB((label * 0.618034f) % 1f, 0.75f, 1f));
			}
		return out;
	}
}
