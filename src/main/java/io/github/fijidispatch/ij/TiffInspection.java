package io.github.fijidispatch.ij;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.op.PixelKind;
import ij.io.FileInfo;
import ij.io.TiffDecoder;

/**
 * What a TIFF's header declares, checked against the file and the heap
 * <em>before</em> ImageJ 1 reads the pixels. ImageJ 1 fills a truncated file
 * with zeros without a word, and allocates whatever a header declares (a
 * 150-byte file can ask for 8 GB); {@link #requireReadable} refuses both, and
 * refuses encodings the suite cannot read exactly:
 * <ul>
 * <li>64-bit samples (ImageJ 1 would round float64 to float32, or cannot read
 * them at all);</li>
 * <li>RGB and other colour encodings (the ops take grey images);</li>
 * <li>32-bit integers with a differencing predictor (ImageJ 1 undoes it in
 * float);</li>
 * <li>several pages whose order is not stated: only ImageJ's own metadata,
 * tifffile's {@code {"shape": [n, y, x]}} and OME-XML with one channel and
 * one time point say that the pages are z-slices; otherwise the pages could
 * be channels, frames or a mix, and the suite does not guess.</li>
 * </ul>
 * Every refusal is an {@link IllegalArgumentException} naming the file, what
 * the header declares and what the file holds or what would fit.
 */
public final class TiffInspection {

	/** Whether a file starts like a TIFF (either byte order, classic or BigTIFF). */
	public static boolean isTiff(final byte[] start) {
		if (start.length < 4) return false;
		final boolean intel = start[0] == 'I' && start[1] == 'I' && (start[2] == 42 || start[2] == 43) && start[3] == 0;
		final boolean motorola = start[0] == 'M' && start[1] == 'M' && start[2] == 0 && (start[3] == 42 || start[3] == 43);
		return intel || motorola;
	}

	private static final Pattern SHAPE = Pattern.compile("^\\s*\\{\\s*\"shape\"\\s*:\\s*\\[([0-9,\\s]+)\\]");
	private static final long GIB = 1L << 30;

	private final File file;
	private final FileInfo[] ifds;

	private TiffInspection(final File file, final FileInfo[] ifds) {
		this.file = file;
		this.ifds = ifds;
	}

	/**
	 * Reads the header (every IFD, no pixels) of a TIFF file.
	 *
	 * @throws IllegalArgumentException when ImageJ 1 cannot decode the header,
	 *           with its reason
	 */
	public static TiffInspection of(final File file) {
		final FileInfo[] ifds;
		try {
			final String dir = file.getAbsoluteFile().getParent();
			ifds = new TiffDecoder(dir == null ? "" : dir + File.separator, file.getName()).getTiffInfo();
		}
		catch (final IOException e) {
			final String why = e.getMessage() == null ? e.toString() : e.getMessage();
			if (why.contains("BitsPerSample: 64")) throw unsupported(file, "64-bit (float64 or int64)");
			throw new IllegalArgumentException("cannot read '" + file + "' as a TIFF: " + why.replace('\n', ' '));
		}
		if (ifds == null || ifds.length == 0) throw new IllegalArgumentException("cannot read '" + file +
			"' as a TIFF: it has no image directory");
		return new TiffInspection(file, ifds);
	}

	// -- What the header declares --

	/**
	 * Whether ImageJ's description in the header declares several channels or
	 * frames: an ImageJ hyperstack, read with {@link ImageFiles#openHyperstack}.
	 */
	public boolean isImageJHyperstack() {
		final String description = ifds[0].description == null ? "" : ifds[0].description;
		if (!description.startsWith("ImageJ")) return false;
		return declared(description, "channels") > 1 || declared(description, "frames") > 1;
	}

	private static long declared(final String description, final String key) {
		final Matcher m = java.util.regex.Pattern.compile("(?m)^" + key + "=(\\d+)").matcher(description);
		return m.find() ? Long.parseLong(m.group(1)) : 1;
	}

	/** The pixel kind the header declares ({@code null} for colour encodings). */
	public PixelKind kind() {
		switch (ifds[0].fileType) {
			case FileInfo.GRAY8:
			case FileInfo.BITMAP:
				return PixelKind.UINT8;
			case FileInfo.GRAY16_UNSIGNED:
			case FileInfo.GRAY12_UNSIGNED:
			case FileInfo.GRAY10_UNSIGNED:
				return PixelKind.UINT16;
			case FileInfo.GRAY16_SIGNED:
				return PixelKind.INT16;
			case FileInfo.GRAY32_INT:
				return PixelKind.INT32;
			case FileInfo.GRAY32_UNSIGNED:
				return PixelKind.UINT32;
			case FileInfo.GRAY32_FLOAT:
			case FileInfo.GRAY24_UNSIGNED:
				return PixelKind.FLOAT32;
			default:
				return null;
		}
	}

	public long width() {
		return ifds[0].width;
	}

	public long height() {
		return ifds[0].height;
	}

	/** The number of planes (pages, or ImageJ's contiguous images). */
	public long planes() {
		return ifds.length == 1 ? Math.max(1, ifds[0].nImages) * samples(ifds[0]) : ifds.length * samples(ifds[0]);
	}

	/**
	 * The heap bytes reading needs: ImageJ 1's arrays (1, 2 or 4 bytes a pixel)
	 * plus the exact copy that int16, int32 and uint32 pixels need.
	 */
	public long bytesToRead() {
		final PixelKind kind = kind();
		final long perPixel;
		if (kind == null) perPixel = 4;
		else if (kind == PixelKind.INT16) perPixel = 4;
		else if (kind == PixelKind.INT32 || kind == PixelKind.UINT32) perPixel = 8;
		else perPixel = kind == PixelKind.UINT8 ? 1 : kind == PixelKind.UINT16 ? 2 : 4;
		return width() * height() * planes() * perPixel;
	}

	/** "46000×46000 float32" or "64×64×10 uint16". */
	public String describe() {
		final PixelKind kind = kind();
		return width() + "×" + height() + (planes() > 1 ? "×" + planes() : "") + " " +
			(kind == null ? "(colour)" : kind.id());
	}

	// -- Checks --

	/**
	 * Refuses what the suite cannot read exactly or completely; see the class
	 * description.
	 *
	 * @param freeHeap the heap bytes available for the pixels
	 */
	public void requireReadable(final long freeHeap) {
		requireGrey();
		requireKnownPageOrder();
		requireComplete();
		requireFits(freeHeap);
	}

	private void requireGrey() {
		final FileInfo fi = ifds[0];
		if (kind() == null) throw new IllegalArgumentException("'" + file + "' is an RGB or colour-indexed TIFF; dispatch ops take 8-bit, 16-bit or 32-bit grey images: convert it first (Fiji: Image › Type › 8-bit or 32-bit)");
		final boolean differencing = fi.compression == FileInfo.LZW_WITH_DIFFERENCING ||
			fi.compression == FileInfo.ZIP_WITH_DIFFERENCING;
		if (differencing && (kind() == PixelKind.INT32 || kind() == PixelKind.UINT32)) throw new IllegalArgumentException("'" +
			file + "' holds 32-bit integers compressed with a differencing predictor, which ImageJ 1 undoes in float32 and " +
			"so may round; save it without a predictor (e.g. tifffile: predictor=False) or as float32");
		for (final FileInfo other : ifds)
			if (other.fileType != fi.fileType || other.width != fi.width || other.height != fi.height)
				throw new IllegalArgumentException("'" + file + "' has pages of different sizes or types (" + fi.width + "×" +
					fi.height + " and " + other.width + "×" + other.height + (other.fileType == fi.fileType ? "" : " of another pixel type") +
					"); dispatch ops take one 2D or 3D image: split the pages into separate files");
	}

	private void requireKnownPageOrder() {
		if (planes() < 2) return;
		final String description = ifds[0].description == null ? "" : ifds[0].description;
		if (description.startsWith("ImageJ")) return; // NB: ImageJ's slices, channels and frames; wrap refuses the latter two
		final Matcher shape = SHAPE.matcher(description);
		if (shape.find()) {
			final String[] sizes = shape.group(1).trim().split("\\s*,\\s*");
			int beyondPlane = 0;
			for (int i = 0; i < sizes.length - 2; i++)
				if (!sizes[i].equals("1")) beyondPlane++;
			if (beyondPlane <= 1) return;
			throw ambiguous("its tifffile shape [" + shape.group(1).trim() + "] has " + beyondPlane +
				" axes beyond the plane and no names for them");
		}
		if (description.contains("<OME")) {
			final long c = omeSize(description, "SizeC");
			final long t = omeSize(description, "SizeT");
			if (c == 1 && t == 1) return;
			throw ambiguous("its OME metadata declares SizeC=" + c + " and SizeT=" + t +
				" (several channels or time points are not yet supported)");
		}
		throw ambiguous("it has no ImageJ, tifffile or OME metadata saying whether they are z-slices, channels or frames");
	}

	private IllegalArgumentException ambiguous(final String why) {
		return new IllegalArgumentException("'" + file + "' holds " + planes() + " pages of " + width() + "×" + height() +
			" but " + why + "; the suite does not guess. To read the pages as z-slices, save the file with ImageJ " +
			"metadata (Fiji: Image › Properties… set Slices, then File › Save As › Tiff; Python: tifffile.imwrite(path, " +
			"data, imagej=True, metadata={'axes': 'ZYX'}))");
	}

	private static long omeSize(final String xml, final String name) {
		final Matcher m = Pattern.compile(name + "\\s*=\\s*\"(\\d+)\"").matcher(xml);
		return m.find() ? Long.parseLong(m.group(1)) : 1;
	}

	private void requireComplete() {
		final long length = file.length();
		for (int i = 0; i < ifds.length; i++) {
			final FileInfo fi = ifds[i];
			final long planeBytes = (long) fi.width * fi.height * fi.getBytesPerPixel() * samples(fi);
			final long images = Math.max(1, fi.nImages);
			long end = 0;
			long stripBytes = 0;
			if (fi.stripOffsets != null && fi.stripLengths != null)
				for (int k = 0; k < Math.min(fi.stripOffsets.length, fi.stripLengths.length); k++) {
					final long strip = fi.stripLengths[k] & 0xffffffffL;
					end = Math.max(end, (fi.stripOffsets[k] & 0xffffffffL) + strip);
					stripBytes += strip;
				}
			final boolean uncompressed = fi.compression <= FileInfo.COMPRESSION_NONE;
			if (uncompressed) {
				// NB: ImageJ reads a single uncompressed strip (and contiguous ImageJ stacks) by the declared size, not the strip length
				if (fi.stripOffsets == null || fi.stripOffsets.length <= 1 || images > 1)
					end = Math.max(end, fi.getOffset() + images * planeBytes + (images - 1) * fi.getGap());
				else if (stripBytes < planeBytes) throw damaged(i, "its strips hold " + stripBytes + " bytes but a " +
					fi.width + "×" + fi.height + " " + kind().id() + " page needs " + planeBytes);
			}
			if (end > length) throw new IllegalArgumentException("'" + file + "' is truncated: its header declares " +
				describe() + " pixels" + (ifds.length > 1 ? " (page " + (i + 1) + " of " + ifds.length + ")" : "") +
				(uncompressed ? ", " + images * planeBytes + " bytes of pixel data" : "") + " ending at byte " + end +
				", but the file holds " + length + " bytes; it is an incomplete copy or an interrupted write: copy or save it again");
		}
	}

	private IllegalArgumentException damaged(final int page, final String why) {
		return new IllegalArgumentException("'" + file + "' is damaged" + (ifds.length > 1 ? " (page " + (page + 1) + ")" : "") +
			": " + why + "; save it again");
	}

	private void requireFits(final long freeHeap) {
		if (width() * height() > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("'" + file + "' declares planes of " +
			width() + "×" + height() + " = " + width() * height() + " pixels; ImageJ 1 holds at most 2^31 − 1 pixels a plane: " +
			"crop or tile it first");
		final long needed = bytesToRead();
		if (needed <= freeHeap) return;
		final Runtime rt = Runtime.getRuntime();
		final long used = rt.totalMemory() - rt.freeMemory();
		// NB: suggest room for the image, a result of the same size and what is in use now
		final long suggested = (used + 2 * needed + GIB - 1) / GIB + 1;
		throw new IllegalArgumentException("reading '" + file + "' (" + describe() + ") needs " + gib(needed) +
			" of memory, but only " + gib(freeHeap) + " of the Java heap is free (maximum " + gib(rt.maxMemory()) +
			"); give Java more memory, e.g. FIJI_DISPATCH_JAVA_OPTS=-Xmx" + suggested + "g (room for the image and a result " +
			"of the same size), or crop the image first");
	}

	/** The heap bytes free for new arrays: the maximum heap minus what is in use. */
	public static long freeHeap() {
		final Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}

	private static String gib(final long bytes) {
		return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
	}

	private static long samples(final FileInfo fi) {
		// NB: grey samples beyond the first become extra planes (channels) in ImageJ; RGB keeps them in one pixel
		return fi.samplesPerPixel > 1 && fi.getBytesPerPixel() < 3 ? fi.samplesPerPixel : 1;
	}

	private static IllegalArgumentException unsupported(final File file, final String what) {
		return new IllegalArgumentException("'" + file + "' holds " + what + " pixels; " + what +
			" TIFFs are not supported: ImageJ 1 cannot read them exactly. Convert the file to float32 first (numpy: " +
			"image.astype('float32'), or open it with Bio-Formats in Fiji and save it as a 32-bit TIFF). Supported: uint8, uint16, int16, int32 and uint32 up to " +
			"±2^24 (16777216), float32");
	}
}
