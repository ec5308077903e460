package io.github.fijidispatch.zarr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.files.FileTrees;
import io.github.fijidispatch.op.PixelKind;

/**
 * Creates an OME-Zarr 0.4 image (a Zarr v2 group with one array, {@code 0},
 * and {@code multiscales} metadata) to be written block by block through
 * {@link #array()}, then marked complete with {@link #complete}.
 * <ul>
 * <li>A target that already holds anything is refused unless overwrite is
 * asked; even then only a Zarr hierarchy is deleted (a folder with
 * {@code .zgroup}, {@code .zarray} or {@code .zattrs}), never other data.</li>
 * <li>The group's {@code .zattrs} says {@code fiji-dispatch.complete: false}
 * until {@link #complete} rewrites it, last, with {@code true} and the
 * provenance: a run that fails or is killed leaves an array that
 * {@link OmeZarrImage#open} refuses as incomplete.</li>
 * <li>Every file (metadata and chunks) is written to a temporary name and
 * renamed when complete.</li>
 * </ul>
 */
public final class OmeZarrWriter {

	private final Path path;
	private final String name;
	private final List<OmeAxis> axes;
	private final ZarrArrayWriter array;

	private OmeZarrWriter(final Path path, final String name, final List<OmeAxis> axes, final ZarrArrayWriter array) {
		this.path = path;
		this.name = name;
		this.axes = axes;
		this.array = array;
	}

	/**
	 * Creates the group and its array.
	 *
	 * @param dimensions the image size, x first
	 * @param axes one per dimension, x first (see {@link OmeAxis#spatial})
	 * @param chunkSize the chunk size, x first
	 * @param overwrite whether an existing Zarr hierarchy at {@code path} may be deleted first
	 * @throws IOException naming the path when it holds data and overwrite was not asked, or is not Zarr
	 * @throws IllegalArgumentException for axes that break OME-Zarr 0.4's rules or sizes that do not fit
	 */
	public static OmeZarrWriter create(final Path path, final long[] dimensions, final PixelKind kind,
		final List<OmeAxis> axes, final int[] chunkSize, final ChunkCodec codec, final boolean overwrite)
		throws IOException
	{
		if (axes.size() != dimensions.length) throw new IllegalArgumentException(axes.size() + " axes for an image of " +
			dimensions.length + " dimensions");
		OmeAxis.checkOme04(axes);
		final ArrayHeader header = new ArrayHeader(dimensions, chunkSize, ZarrDtype.of(kind), codec, 0, ".");
		prepare(path, overwrite);
		final String name = path.getFileName() == null ? "image" : path.getFileName().toString();
		ZarrJson.write(path.resolve(".zgroup"), Collections.singletonMap("zarr_format", 2));
		ZarrJson.write(path.resolve(OmeZarrAttributes.FILE), OmeZarrAttributes.json(name, axes, false, null));
		final ZarrArrayWriter array = ZarrArrayWriter.create(path.resolve(OmeZarrAttributes.LEVEL0), header);
		return new OmeZarrWriter(path, name, Collections.unmodifiableList(new java.util.ArrayList<>(axes)), array);
	}

	/** A default chunk size (x first): 1024 x 1024 in 2D, 128^3 for the first three axes otherwise, 1 along the others, capped by the image. */
	public static int[] defaultChunkSize(final long[] dimensions, final PixelKind kind) {
		final int[] chunk = new int[dimensions.length];
		final int side = dimensions.length == 2 ? 1024 : 128;
		for (int d = 0; d < chunk.length; d++)
			chunk[d] = (int) Math.max(1, Math.min(d < 3 ? side : 1, dimensions[d]));
		return chunk;
	}

	private static void prepare(final Path path, final boolean overwrite) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			AtomicFile.checkWritable(path.resolve(".zgroup"));
			Files.createDirectories(path);
			return;
		}
		if (!Files.isDirectory(path)) throw new ZarrOutputRefusedException("cannot write the OME-Zarr image " +
			path + ": it is a file, not a folder");
		if (isEmpty(path)) return;
		if (!overwrite) throw new ZarrOutputRefusedException("cannot write the OME-Zarr image " + path +
			": it already holds data (refused unless overwrite is asked: --overwrite)");
		if (!isZarr(path)) throw new ZarrOutputRefusedException("cannot overwrite " + path + ": it holds data that " +
			"is not a Zarr hierarchy (no .zgroup, .zarray or .zattrs), which the suite never deletes");
		FileTrees.delete(path);
		Files.createDirectories(path);
	}

	private static boolean isEmpty(final Path dir) throws IOException {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
			return !s.iterator().hasNext();
		}
	}

	private static boolean isZarr(final Path dir) {
		return Files.exists(dir.resolve(".zgroup")) || Files.exists(dir.resolve(ArrayHeader.FILE)) ||
			Files.exists(dir.resolve(OmeZarrAttributes.FILE));
	}

	public Path path() {
		return path;
	}

	/** The level-0 array, to write blocks to (thread-safe for blocks that do not overlap). */
	public ZarrArrayWriter array() {
		return array;
	}

	public List<OmeAxis> axes() {
		return axes;
	}

	/**
	 * Marks the image complete, with what made it: call once every block is written. Until then
	 * {@link OmeZarrImage#open} refuses it.
	 */
	public void complete(final ZarrProvenance provenance) throws IOException {
		ZarrJson.write(path.resolve(OmeZarrAttributes.FILE), OmeZarrAttributes.json(name, axes, true, provenance));
	}
}
