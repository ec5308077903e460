package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OME-Zarr 0.4 image opened for reading: the full-resolution array (the
 * first dataset of the first {@code multiscales} entry) with its axes and
 * pixel sizes, in ImgLib2's order (x first). A plain Zarr v2 array (a folder
 * with {@code .zarray}) opens too, with x, y (, z) axes of size 1 for 2D and
 * 3D arrays.
 * <p>
 * An image whose {@code .zattrs} carries the suite's entry
 * ({@code fiji-dispatch}) without its completion marker was not completely
 * written, and is refused: its missing chunks would read as zeros.
 */
public final class OmeZarrImage {

	private final Path path;
	private final ZarrArray array;
	private final List<OmeAxis> axes;
	private final JsonNode provenance;

	private OmeZarrImage(final Path path, final ZarrArray array, final List<OmeAxis> axes, final JsonNode provenance) {
		this.path = path;
		this.array = array;
		this.axes = axes;
		this.provenance = provenance;
	}

	/**
	 * @throws ZarrFormatException naming the file: no Zarr here, metadata the suite cannot read, an array it does not
	 *           hold, or an image the suite did not finish writing
	 */
	public static OmeZarrImage open(final Path path) throws IOException {
		if (Files.exists(path.resolve(ArrayHeader.FILE))) {
			// NB: a level array of an image the suite is still writing (or failed to) is refused as the image would be
			final Path parent = path.toAbsolutePath().getParent();
			if (parent != null) {
				final Path parentAttrs = parent.resolve(OmeZarrAttributes.FILE);
				final JsonNode attrs = ZarrJson.readIfExists(parentAttrs);
				if (attrs != null) requireComplete(attrs, parentAttrs);
			}
			final ZarrArray array = ZarrArray.open(path);
			return new OmeZarrImage(path, array, defaultAxes(array), null);
		}
		final Path attrsFile = path.resolve(OmeZarrAttributes.FILE);
		final JsonNode attrs = ZarrJson.readIfExists(attrsFile);
		if (attrs == null) {
			if (!Files.isDirectory(path)) throw new ZarrFormatException(path, "no such OME-Zarr image (the folder does " +
				"not exist)");
			throw new ZarrFormatException(path, Files.exists(path.resolve(".zgroup")) ? "a Zarr group without .zattrs: " +
				"no OME-Zarr multiscales metadata" : "no .zarray and no .zattrs: not a Zarr array or OME-Zarr image");
		}
		requireComplete(attrs, attrsFile);
		final JsonNode suite = attrs.path(OmeZarrAttributes.SUITE);
		final JsonNode multiscale = attrs.path("multiscales").path(0);
		if (!multiscale.isObject()) throw new ZarrFormatException(attrsFile, "no 'multiscales' entry: not OME-Zarr");
		final String version = multiscale.path("version").asText("");
		if (!version.isEmpty() && !"0.4".equals(version)) throw new ZarrFormatException(attrsFile, "OME-Zarr version " +
			version + "; the suite reads 0.4");
		final JsonNode dataset = multiscale.path("datasets").path(0);
		if (!dataset.path("path").isTextual()) throw new ZarrFormatException(attrsFile, "multiscales has no dataset " +
			"with a 'path'");
		final ZarrArray array = ZarrArray.open(path.resolve(dataset.path("path").asText()));
		final List<OmeAxis> axes = axes(multiscale, dataset, array.header().numDimensions(), attrsFile);
		return new OmeZarrImage(path, array, axes, suite.path("provenance").isObject() ? suite.get("provenance") : null);
	}

	private static void requireComplete(final JsonNode attrs, final Path attrsFile) throws ZarrFormatException {
		final JsonNode suite = attrs.path(OmeZarrAttributes.SUITE);
		if (!suite.isMissingNode() && !suite.path(OmeZarrAttributes.COMPLETE).asBoolean(false))
			throw new ZarrFormatException(attrsFile, "this image was not completely written: its writer stopped before " +
				"the completion marker (" + OmeZarrAttributes.SUITE + "." + OmeZarrAttributes.COMPLETE + "); write it again");
	}

	private static List<OmeAxis> axes(final JsonNode multiscale, final JsonNode dataset, final int n,
		final Path file) throws ZarrFormatException
	{
		final JsonNode axes = multiscale.path("axes");
		if (!axes.isArray() || axes.size() != n) throw new ZarrFormatException(file, "multiscales axes " + axes +
			" do not match the array's " + n + " dimensions");
		final double[] scale = scale(dataset, n, file);
		final List<OmeAxis> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			final JsonNode a = axes.get(i);
			final String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
			final String type = a.isTextual() ? null : a.path("type").asText(null);
			try {
				result.add(new OmeAxis(name, type, a.path("unit").asText(null), scale[i]));
			}
			catch (final IllegalArgumentException e) {
				throw new ZarrFormatException(file, "axis " + a + ": " + e.getMessage(), e);
			}
		}
		Collections.reverse(result);
		return Collections.unmodifiableList(result);
	}

	/** The dataset's scale (file order), or 1s; a translation is ignored (pixel sizes only). */
	private static double[] scale(final JsonNode dataset, final int n, final Path file) throws ZarrFormatException {
		final double[] scale = new double[n];
		java.util.Arrays.fill(scale, 1);
		for (final JsonNode t : dataset.path("coordinateTransformations")) {
			if (!"scale".equals(t.path("type").asText())) continue;
			final JsonNode s = t.path("scale");
			if (!s.isArray() || s.size() != n) throw new ZarrFormatException(file, "scale " + s + " does not match the " +
				"array's " + n + " dimensions");
			for (int i = 0; i < n; i++)
				scale[i] *= s.get(i).asDouble(1);
		}
		return scale;
	}

	private static List<OmeAxis> defaultAxes(final ZarrArray array) {
		final int n = array.header().numDimensions();
		final List<OmeAxis> axes = new ArrayList<>();
		for (int d = 0; d < n; d++)
			axes.add(OmeAxis.space(d < 3 ? "xyz".substring(d, d + 1) : "dim" + d));
		return Collections.unmodifiableList(axes);
	}

	public Path path() {
		return path;
	}

	/** The full-resolution array, for block-wise reads. */
	public ZarrArray array() {
		return array;
	}

	/** One axis per dimension, x first. */
	public List<OmeAxis> axes() {
		return axes;
	}

	/** The provenance the suite recorded when it wrote the image ({@code op}, {@code parameters}, {@code backends}), or {@code null}. */
	public JsonNode provenance() {
		return provenance;
	}

	@Override
	public String toString() {
		return "OME-Zarr " + path + ": " + array.header() + ", axes " + axes;
	}
}
