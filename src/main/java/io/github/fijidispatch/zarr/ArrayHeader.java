package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Zarr v2 array's {@code .zarray}: shape, chunk shape, dtype, compressor,
 * fill value and chunk-key separator. Sizes are kept in ImgLib2's order
 * (x first); the file lists them the other way round (C order, x last).
 * Only what the suite can read exactly is accepted: {@code order} "C", no
 * {@code filters}, {@code zarr_format} 2, 1 to 5 dimensions, and chunks of at
 * most 2 GiB; anything else is refused naming the file.
 */
public final class ArrayHeader {

	/** The name of the file. */
	public static final String FILE = ".zarray";

	private static final int MAX_DIMENSIONS = 5;

	private final long[] dimensions;
	private final int[] chunkSize;
	private final ZarrDtype dtype;
	private final ChunkCodec codec;
	private final double fillValue;
	private final String separator;

	/**
	 * @param dimensions the array's size, x first
	 * @param chunkSize the chunk size, x first, each at least 1
	 * @throws IllegalArgumentException for sizes that do not fit together
	 */
	public ArrayHeader(final long[] dimensions, final int[] chunkSize, final ZarrDtype dtype, final ChunkCodec codec,
		final double fillValue, final String separator)
	{
		if (dimensions.length < 1 || dimensions.length > MAX_DIMENSIONS || chunkSize.length != dimensions.length)
			throw new IllegalArgumentException("a Zarr array here has 1 to " + MAX_DIMENSIONS + " dimensions and a chunk " +
				"size for each: shape " + Arrays.toString(dimensions) + ", chunks " + Arrays.toString(chunkSize));
		long chunkBytes = dtype.bytesPerPixel();
		for (int d = 0; d < dimensions.length; d++) {
			if (dimensions[d] < 0 || chunkSize[d] < 1) throw new IllegalArgumentException("shape " +
				Arrays.toString(dimensions) + " and chunks " + Arrays.toString(chunkSize) + ": sizes must be >= 0, chunks >= 1");
			chunkBytes *= chunkSize[d];
			if (chunkBytes > Integer.MAX_VALUE - 64) throw new IllegalArgumentException("chunks " +
				Arrays.toString(chunkSize) + " of " + dtype + " exceed 2 GiB per chunk");
		}
		long elements = 1;
		try {
			for (final long size : dimensions)
				elements = Math.multiplyExact(elements, size);
		}
		catch (final ArithmeticException e) {
			throw new IllegalArgumentException("shape " + Arrays.toString(dimensions) +
				" has more elements than can be counted (2^63 − 1)");
		}
		if (!".".equals(separator) && !"/".equals(separator)) throw new IllegalArgumentException(
			"dimension_separator '" + separator + "' is not '.' or '/'");
		this.dimensions = dimensions.clone();
		this.chunkSize = chunkSize.clone();
		this.dtype = dtype;
		this.codec = codec;
		this.fillValue = fillValue;
		this.separator = separator;
	}

	/**
	 * Reads {@code ARRAY/.zarray}.
	 *
	 * @throws ZarrFormatException naming the file: missing, not JSON, or not an array the suite reads
	 */
	public static ArrayHeader read(final Path array) throws IOException {
		final Path file = array.resolve(FILE);
		final JsonNode json = ZarrJson.readIfExists(file);
		if (json == null) {
			if (Files.exists(array.resolve("zarr.json"))) throw new ZarrFormatException(array, "a Zarr v3 array " +
				"(zarr.json); the suite reads Zarr v2 (OME-Zarr 0.4)");
			throw new ZarrFormatException(array, Files.isDirectory(array) ? "no .zarray: not a Zarr v2 array" :
				"no such Zarr array (the folder does not exist)");
		}
		if (!json.isObject()) throw new ZarrFormatException(file, "not a JSON object");
		if (json.path("zarr_format").asInt(-1) != 2) throw new ZarrFormatException(file, "zarr_format " +
			json.path("zarr_format") + "; the suite reads 2");
		if (!"C".equals(json.path("order").asText("C"))) throw new ZarrFormatException(file, "order " +
			json.path("order") + " (column-major); the suite reads C (row-major) arrays");
		final JsonNode filters = json.path("filters");
		if (!(filters.isMissingNode() || filters.isNull() || filters.isArray() && filters.size() == 0))
			throw new ZarrFormatException(file, "filters " + filters + "; the suite reads arrays without filters");
		final long[] shape = reversedLongs(json.path("shape"), "shape", file);
		final long[] chunks = reversedLongs(json.path("chunks"), "chunks", file);
		if (chunks.length != shape.length) throw new ZarrFormatException(file, "chunks " + json.path("chunks") +
			" do not match the shape " + json.path("shape") + ": one chunk size per dimension");
		final int[] chunkSize = new int[chunks.length];
		for (int d = 0; d < chunks.length; d++) {
			if (chunks[d] < 1 || chunks[d] > Integer.MAX_VALUE) throw new ZarrFormatException(file, "chunks " +
				json.path("chunks") + ": each chunk size must be at least 1");
			chunkSize[d] = (int) chunks[d];
		}
		final ZarrDtype dtype = ZarrDtype.parse(json.path("dtype").asText(null), file);
		final ChunkCodec codec = ChunkCodecs.of(json.get("compressor"), file);
		final double fill = fillValue(json.path("fill_value"), file);
		final String separator = json.path("dimension_separator").asText(".");
		try {
			return new ArrayHeader(shape, chunkSize, dtype, codec, fill, separator);
		}
		catch (final IllegalArgumentException e) {
			throw new ZarrFormatException(file, e.getMessage(), e);
		}
	}

	private static long[] reversedLongs(final JsonNode node, final String key, final Path file)
		throws ZarrFormatException
	{
		if (!node.isArray()) throw new ZarrFormatException(file, "'" + key + "' is missing or not a list: " + node);
		final long[] values = new long[node.size()];
		int d = values.length;
		for (final Iterator<JsonNode> it = node.elements(); it.hasNext();) {
			final JsonNode v = it.next();
			if (!v.canConvertToLong() || !v.isIntegralNumber()) throw new ZarrFormatException(file, "'" + key + "' " +
				node + " holds " + v + ", not a whole number");
			values[--d] = v.asLong();
		}
		return values;
	}

	private static double fillValue(final JsonNode node, final Path file) throws ZarrFormatException {
		if (node.isMissingNode() || node.isNull()) return 0;
		if (node.isNumber()) return node.asDouble();
		switch (node.asText()) {
			case "NaN": return Double.NaN;
			case "Infinity": return Double.POSITIVE_INFINITY;
			case "-Infinity": return Double.NEGATIVE_INFINITY;
			default: throw new ZarrFormatException(file, "fill_value " + node + " is not a number");
		}
	}

	/** Writes {@code ARRAY/.zarray} atomically. */
	public void write(final Path array) throws IOException {
		final Map<String, Object> json = new LinkedHashMap<>();
		json.put("chunks", reversed(chunkSize));
		json.put("compressor", codec.json());
		json.put("dimension_separator", separator);
		json.put("dtype", dtype.code());
		json.put("fill_value", fillJson());
		json.put("filters", null);
		json.put("order", "C");
		json.put("shape", reversed(dimensions));
		json.put("zarr_format", 2);
		ZarrJson.write(array.resolve(FILE), json);
	}

	private Object fillJson() {
		if (Double.isNaN(fillValue)) return "NaN";
		if (Double.isInfinite(fillValue)) return fillValue > 0 ? "Infinity" : "-Infinity";
		if (dtype.kind().isInteger()) return (long) fillValue;
		return fillValue;
	}

	private static long[] reversed(final long[] a) {
		final long[] r = new long[a.length];
		for (int d = 0; d < a.length; d++)
			r[d] = a[a.length - 1 - d];
		return r;
	}

	private static long[] reversed(final int[] a) {
		final long[] longs = new long[a.length];
		for (int d = 0; d < a.length; d++)
			longs[d] = a[d];
		return reversed(longs);
	}

	/** The array's size, x first. */
	public long[] dimensions() {
		return dimensions.clone();
	}

	public int numDimensions() {
		return dimensions.length;
	}

	/** The chunk size, x first. */
	public int[] chunkSize() {
		return chunkSize.clone();
	}

	public ZarrDtype dtype() {
		return dtype;
	}

	public ChunkCodec codec() {
		return codec;
	}

	public double fillValue() {
		return fillValue;
	}

	/** The number of elements in one (full) chunk. */
	public int chunkElements() {
		int n = 1;
		for (final int c : chunkSize)
			n *= c;
		return n;
	}

	/** The number of chunks along each dimension, x first. */
	public long[] gridSize() {
		final long[] grid = new long[dimensions.length];
		for (int d = 0; d < grid.length; d++)
			grid[d] = (dimensions[d] + chunkSize[d] - 1) / chunkSize[d];
		return grid;
	}

	/** The chunk's key relative to the array folder, e.g. {@code 0.3.1} or {@code 0/3/1} (z first). */
	public String chunkKey(final long[] gridPosition) {
		final StringBuilder key = new StringBuilder();
		for (int d = gridPosition.length - 1; d >= 0; d--) {
			key.append(gridPosition[d]);
			if (d > 0) key.append(separator);
		}
		return key.toString();
	}

	@Override
	public String toString() {
		return "Zarr array " + Arrays.toString(dimensions) + " (x first) of " + dtype + ", chunks " +
			Arrays.toString(chunkSize) + ", compressor " + codec;
	}
}
