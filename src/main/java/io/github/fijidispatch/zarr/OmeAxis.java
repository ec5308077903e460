package io.github.fijidispatch.zarr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One axis of an OME-Zarr 0.4 image: a name, a type ({@code space},
 * {@code time} or {@code channel}), an optional unit, and the pixel size
 * along it (the level-0 {@code scale}).
 */
public final class OmeAxis {

	/** The axis types of OME-Zarr 0.4 that the suite writes. */
	public static final List<String> TYPES = Arrays.asList("space", "time", "channel");

	private final String name;
	private final String type;
	private final String unit;
	private final double scale;

	public OmeAxis(final String name, final String type, final String unit, final double scale) {
		if (name == null || name.isEmpty()) throw new IllegalArgumentException("an OME-Zarr axis needs a name");
		if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("axis " + name + ": scale " +
			scale + " is not a positive number");
		this.name = name;
		this.type = type;
		this.unit = unit == null || unit.isEmpty() ? null : unit;
		this.scale = scale;
	}

	/** A space axis ({@code x}, {@code y}, {@code z}) of pixel size 1 without a unit. */
	public static OmeAxis space(final String name) {
		return new OmeAxis(name, "space", null, 1);
	}

	/** The default axes for {@code n} dimensions in ImgLib2's order: x, y (and z), in pixels. */
	public static List<OmeAxis> spatial(final int n) {
		if (n < 2 || n > 3) throw new IllegalArgumentException("default axes exist for 2D and 3D images, not " + n +
			"D; name the axes of a hyperstack");
		final List<OmeAxis> axes = new ArrayList<>();
		for (int d = 0; d < n; d++)
			axes.add(space("xyz".substring(d, d + 1)));
		return axes;
	}

	public String name() {
		return name;
	}

	/** {@code space}, {@code time} or {@code channel} (or a type a foreign writer used, when read). */
	public String type() {
		return type;
	}

	/** The unit, e.g. {@code micrometer}, or {@code null}. */
	public String unit() {
		return unit;
	}

	/** The pixel size along this axis, in its unit. */
	public double scale() {
		return scale;
	}

	public OmeAxis withScale(final double newScale) {
		return new OmeAxis(name, type, unit, newScale);
	}

	Map<String, Object> json() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", name);
		if (type != null) m.put("type", type);
		if (unit != null) m.put("unit", unit);
		return m;
	}

	/**
	 * Checks axes (ImgLib2's order, so the file's order reversed) against OME-Zarr 0.4: 2 to 5 axes with distinct
	 * names, 2 or 3 of type space, at most one time and one channel axis, and in the file time first, then channel,
	 * then space.
	 *
	 * @throws IllegalArgumentException saying which rule is broken
	 */
	static void checkOme04(final List<OmeAxis> axes) {
		final int n = axes.size();
		if (n < 2 || n > 5) throw new IllegalArgumentException("OME-Zarr 0.4 images have 2 to 5 axes, not " + n);
		int space = 0;
		int rank = 3;
		for (int d = 0; d < n; d++) {
			final OmeAxis a = axes.get(d);
			if (!TYPES.contains(a.type)) throw new IllegalArgumentException("axis " + a.name + ": type '" + a.type +
				"' is not one of " + TYPES);
			for (int e = 0; e < d; e++)
				if (axes.get(e).name.equals(a.name)) throw new IllegalArgumentException("axis name " + a.name + " twice");
			final int r = "space".equals(a.type) ? 3 : "channel".equals(a.type) ? 2 : 1;
			if (r > rank || r == rank && r != 3) throw new IllegalArgumentException("axes " + names(axes) + " (x first): " +
				"OME-Zarr 0.4 stores time, then channel, then space, each type but space at most once, so in ImgLib2's " +
				"order space comes first, then channel, then time");
			rank = r;
			if (r == 3) space++;
		}
		if (space < 2) throw new IllegalArgumentException("axes " + names(axes) + ": OME-Zarr 0.4 needs 2 or 3 space axes");
	}

	private static List<String> names(final List<OmeAxis> axes) {
		final List<String> names = new ArrayList<>();
		for (final OmeAxis a : axes)
			names.add(a.name);
		return names;
	}

	@Override
	public String toString() {
		return name + " (" + type + (unit == null ? "" : ", " + unit) + ", scale " + scale + ")";
	}
}
