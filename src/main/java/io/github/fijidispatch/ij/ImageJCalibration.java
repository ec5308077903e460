package io.github.fijidispatch.ij;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.zarr.OmeAxis;
import ij.ImagePlus;
import ij.measure.Calibration;

/**
 * An ImagePlus's spatial calibration (pixel width, height and depth with their units) as OME-Zarr axes, and back.
 * ImageJ's unit names become OME-Zarr's (UDUNITS-2, as OME-NGFF 0.4 asks): {@code micron}/{@code µm}/{@code um} →
 * {@code micrometer}, {@code nm} → {@code nanometer}, {@code mm}, {@code cm}, {@code m}, {@code Å}, {@code inch};
 * {@code pixel} (ImageJ's "uncalibrated") is no unit; any other name is kept as it is. Pixel sizes are rounded to 7
 * significant digits (the precision a TIFF's resolution keeps).
 */
public final class ImageJCalibration {

	private static final Map<String, String> TO_OME = new LinkedHashMap<>();
	private static final Map<String, String> TO_IMAGEJ = new LinkedHashMap<>();

	static {
		unit("micron", "micrometer", "µm", "um", "microns", "micrometer", "micrometre", "\u03bcm");
		unit("nm", "nanometer", "nanometre");
		unit("mm", "millimeter", "millimetre");
		unit("cm", "centimeter", "centimetre");
		unit("m", "meter", "metre");
		unit("\u00c5", "angstrom", "A");
		unit("inch", "inch", "inches", "in");
		unit("pm", "picometer");
		unit("km", "kilometer");
	}

	private ImageJCalibration() {
		// NB: static holder
	}

	private static void unit(final String imagej, final String ome, final String... aliases) {
		TO_OME.put(imagej.toLowerCase(Locale.ROOT), ome);
		for (final String a : aliases)
			TO_OME.put(a.toLowerCase(Locale.ROOT), ome);
		TO_OME.put(ome, ome);
		TO_IMAGEJ.put(ome, imagej);
	}

	/** ImageJ's unit as OME-Zarr's, or {@code null} for pixels (no unit). */
	public static String toOme(final String imagejUnit) {
		if (imagejUnit == null) return null;
		final String u = imagejUnit.trim();
		if (u.isEmpty() || u.equalsIgnoreCase("pixel") || u.equalsIgnoreCase("pixels")) return null;
		final String ome = TO_OME.get(u.toLowerCase(Locale.ROOT));
		return ome == null ? u : ome;
	}

	/** OME-Zarr's unit as ImageJ's ({@code micron} for micrometer), {@code pixel} for none. */
	public static String toImageJ(final String omeUnit) {
		if (omeUnit == null || omeUnit.isEmpty()) return "pixel";
		final String ij = TO_IMAGEJ.get(omeUnit);
		return ij == null ? omeUnit : ij;
	}

	/** The x, y (and z for {@code n} = 3) axes of an ImagePlus's calibration. */
	public static List<OmeAxis> axes(final ImagePlus imp, final int n) {
		final Calibration c = imp.getCalibration();
		final List<OmeAxis> axes = new ArrayList<>();
		axes.add(new OmeAxis("x", "space", toOme(c.getXUnit()), positive(c.pixelWidth)));
		axes.add(new OmeAxis("y", "space", toOme(c.getYUnit()), positive(c.pixelHeight)));
		if (n == 3) axes.add(new OmeAxis("z", "space", toOme(c.getZUnit()), positive(c.pixelDepth)));
		return Collections.unmodifiableList(axes);
	}

	/** Sets the pixel sizes and units of {@code axes} (x, y, z: the first three) as {@code imp}'s calibration. */
	public static void apply(final List<OmeAxis> axes, final ImagePlus imp) {
		if (axes == null || axes.size() < 2) return;
		final Calibration c = imp.getCalibration().copy();
		c.pixelWidth = axes.get(0).scale();
		c.pixelHeight = axes.get(1).scale();
		c.setXUnit(toImageJ(axes.get(0).unit()));
		c.setYUnit(toImageJ(axes.get(1).unit()));
		if (axes.size() > 2) {
			c.pixelDepth = axes.get(2).scale();
			c.setZUnit(toImageJ(axes.get(2).unit()));
		}
		imp.setCalibration(c);
	}

	/**
	 * NB: a TIFF stores the pixel size as a rational resolution, which ImageJ reads back with float noise
	 * (0.325 → 0.32500000812500024): sizes are rounded to 7 significant digits, a float's precision.
	 */
	private static double positive(final double size) {
		if (!(size > 0) || Double.isInfinite(size)) return 1;
		return new java.math.BigDecimal(size).round(new java.math.MathContext(7)).doubleValue();
	}
}
