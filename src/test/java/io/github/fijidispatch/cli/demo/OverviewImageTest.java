package io.github.fijidispatch.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's layout and panels. */
class OverviewImageTest {

	@TempDir
	Path tmp;

	/** A 2D label image of {@code n} vertical stripes, labels 1..n, each 4 px wide, between background stripes. */
	private static ArrayImg<FloatType, ?> stripes(final int n, final int height) {
		final float[] pixels = new float[8 * n * height];
		for (int y = 0; y < height; y++)
			for (int x = 0; x < 8 * n; x++)
				pixels[y * 8 * n + x] = x % 8 < 4 ? 0 : x / 8 + 1;
		return ArrayImgs.floats(pixels, 8 * n, height);
	}

	@Test
	void eachRowShowsItsPanelsAndEveryLabelInItsOwnColour() throws Exception {
		final ArrayImg<FloatType, ?> small = stripes(24, 90); // 192×90: drawn at scale 1
		final ArrayImg<FloatType, ?> large = stripes(64, 300); // 512×300: drawn at scale 1/2, 256×150
		final File file = tmp.resolve("overview.png").toFile();
		OverviewImage.write(file, Arrays.asList(
			new OverviewImage.Row("small", Arrays.asList(OverviewImage.Panel.grey("grey", small),
				OverviewImage.Panel.labels("labels", small)), Arrays.asList("one line")),
			new OverviewImage.Row("large", Arrays.asList(OverviewImage.Panel.grey("a", large),
				OverviewImage.Panel.grey("b", large), OverviewImage.Panel.labels("c", large),
				OverviewImage.Panel.labels("d", large)), Arrays.asList("two", "lines"))));
		final BufferedImage png = ImageIO.read(file);
		// NB: the layout of OverviewImage's javadoc: margin 10, panel square 256, caption 26, title 20, line 18.
		assertEquals(10 + 4 * (256 + 10), png.getWidth());
		assertEquals(10 + (26 + 20 + 90 + 18 + 10) + (26 + 20 + 150 + 2 * 18 + 10), png.getHeight());
		final int panelTop = 10 + 26 + 20;
		assertEquals(24, colours(png, 10 + 256 + 10, panelTop, 192, 90).size(), "one colour per label");
		final int largeTop = 10 + (26 + 20 + 90 + 18 + 10) + 26 + 20;
		assertEquals(64, colours(png, 10 + 3 * (256 + 10), largeTop, 256, 150).size(), "one colour per label, scaled");
		final Set<Integer> greys = rgb(png, 10, panelTop, 192, 90);
		assertEquals(25, greys.size(), "values 0..24, one grey level each");
		for (final int c : greys)
			assertEquals(c & 0xFF, c >> 16, "grey: " + Integer.toHexString(c));
		assertTrue(greys.contains(0x000000) && greys.contains(0xFFFFFF), "min..max stretched to black..white");
	}

	@Test
	void aPanelMustBeTwoDimensional() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> OverviewImage.Panel.grey("stack", ArrayImgs.floats(4, 4, 4)));
		assertEquals("overview panel 'stack' is 3D; panels are 2D", e.getMessage());
	}

	private static Set<Integer> rgb(final BufferedImage png, final int x0, final int y0, final int w, final int h) {
		final Set<Integer> seen = new HashSet<>();
		for (int y = y0; y < y0 + h; y++)
			for (int x = x0; x < x0 + w; x++)
				seen.add(png.getRGB(x, y) & 0xFFFFFF);
		return seen;
	}

	private static Set<Integer> colours(final BufferedImage png, final int x0, final int y0, final int w, final int h) {
		final Set<Integer> seen = rgb(png, x0, y0, w, h);
		seen.remove(0x000000);
		return seen;
	}
}
