package io.github.fijidispatch.cli;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

import io.github.fijidispatch.ij.TiffInspection;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;

/**
 * The size of an input image from its file header alone, without reading
 * the pixels: TIFF through ImageJ 1's TIFF decoder (its IFDs and ImageJ's
 * {@code images=} count), PNG from its {@code IHDR} chunk. Used to check
 * the memory a call needs before anything big is read. Pixel kinds are
 * approximated by their size in memory (1 byte uint8, 2 bytes uint16, 4 bytes
 * float32, larger float64): what the estimate needs, not how the file is
 * read.
 */
final class InputHeaders {

	private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;

	private InputHeaders() {
		// NB: static holder
	}

	/** The declared size of the image in {@code path}, or {@code null} when the header is not one of these. */
	static ImageInfo read(final String path) {
		final File file = new File(path);
		if (!file.isFile()) return null;
		final String lower = path.toLowerCase(Locale.ROOT);
		try {
			if (lower.endsWith(".tif") || lower.endsWith(".tiff")) return tiff(path);
			if (lower.endsWith(".png")) return png(file);
		}
		catch (final IOException e) {
			// NB: an unreadable header is reported by the reader, with its own message.
			return null;
		}
		return null;
	}

	/**
	 * NB: the reader's own header checks (truncated, colour, page order, ...)
	 * come first, so that a refusal names the real problem; only the heap is
	 * left to the pre-flight's fuller estimate.
	 */
	private static ImageInfo tiff(final String path) {
		final TiffInspection tiff = TiffInspection.of(new File(path));
		tiff.requireReadable(Long.MAX_VALUE);
		final long planes = tiff.planes();
		final long[] dims = planes > 1 ? new long[] { tiff.width(), tiff.height(), planes } : new long[] { tiff.width(), tiff.height() };
		return new ImageInfo(dims, tiff.kind());
	}

	private static ImageInfo png(final File file) throws IOException {
		try (InputStream in = Files.newInputStream(file.toPath()); DataInputStream data = new DataInputStream(in)) {
			if (data.readLong() != PNG_SIGNATURE) return null;
			data.readInt(); // NB: chunk length
			if (data.readInt() != 0x49484452) return null; // "IHDR"
			final long w = data.readInt() & 0xFFFFFFFFL;
			final long h = data.readInt() & 0xFFFFFFFFL;
			final int bitDepth = data.readUnsignedByte();
			final int colourType = data.readUnsignedByte();
			final boolean grey = colourType == 0 || colourType == 4;
			// NB: ImageJ holds colour as 4-byte RGB and 16-bit grey as 2 bytes.
			return info(w, h, 1, grey ? (bitDepth == 16 ? 2 : 1) : 4);
		}
	}

	private static ImageInfo info(final long w, final long h, final long planes, final int bytesPerPixel) {
		final long[] dims = planes > 1 ? new long[] { w, h, planes } : new long[] { w, h };
		final PixelKind kind = bytesPerPixel <= 1 ? PixelKind.UINT8 : bytesPerPixel == 2 ? PixelKind.UINT16 :
			bytesPerPixel <= 4 ? PixelKind.FLOAT32 : PixelKind.FLOAT64;
		return new ImageInfo(dims, kind);
	}
}
