package io.github.fijidispatch.ij;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.OmeAxis;
import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

/** Reads and writes TIFF and PNG files through ImageJ 1's I/O. */
public final class ImageFiles {

	private ImageFiles() {
		// NB: static holder
	}

	/**
	 * Opens a TIFF or PNG as a 2D or 3D ImgLib2 image. A TIFF's header is
	 * checked first ({@link TiffInspection}): truncated files, files larger
	 * than the free heap, unsupported encodings and pages of unknown order are
	 * refused before any pixel is read. Values are read exactly: uint8, uint16
	 * and float32 zero-copy over ImageJ's arrays; signed 16-bit as int16 (see
	 * {@link ImagePlusImages#wrap}); 32-bit integers as int32 or uint32
	 * ({@link IntegerPlanes}).
	 *
	 * @throws IllegalArgumentException naming the file and the problem
	 */
	public static Img<? extends RealType<?>> read(final String path) {
		return readCalibrated(path).image();
	}

	/**
	 * As {@link #read}, with the file's spatial calibration (ImageJ's pixel width, height and depth and their units;
	 * pixels of size 1 for a PNG or an uncalibrated TIFF) as one axis per dimension.
	 */
	public static CalibratedImage readCalibrated(final String path) {
		final File file = readable(path);
		final TiffInspection tiff = inspect(file, path);
		final ImagePlus imp = open(file, path);
		final Img<? extends RealType<?>> image;
		if (tiff != null && (tiff.kind() == PixelKind.INT32 || tiff.kind() == PixelKind.UINT32)) {
			if (imp.getNChannels() > 1 || imp.getNFrames() > 1) ImagePlusImages.wrap(imp); // NB: its message for hyperstacks
			image = IntegerPlanes.exact(imp, tiff.kind(), file);
		}
		else image = ImagePlusImages.wrap(imp);
		return new CalibratedImage(image, ImageJCalibration.axes(imp, image.numDimensions()));
	}

	/**
	 * Whether {@code path} is a TIFF whose ImageJ header declares several
	 * channels or frames (the header only; no pixel is read).
	 */
	public static boolean isHyperstack(final String path) {
		final File file = new File(path);
		if (!file.isFile() || !file.canRead()) return false;
		final TiffInspection tiff = inspect(file, path);
		return tiff != null && tiff.isImageJHyperstack();
	}

	/**
	 * Opens a TIFF or PNG as an ImagePlus with the checks of {@link #read}: an
	 * ImageJ hyperstack keeps its channels, slices, frames and calibration
	 * (wrap it with {@link ImagePlusImages#wrapHyperstack}). 32-bit integer
	 * hyperstacks are refused: ImageJ reads those as float.
	 *
	 * @throws IllegalArgumentException naming the file and the problem
	 */
	public static ImagePlus openHyperstack(final String path) {
		final File file = readable(path);
		final TiffInspection tiff = inspect(file, path);
		final ImagePlus imp = open(file, path);
		if (tiff != null && (tiff.kind() == PixelKind.INT32 || tiff.kind() == PixelKind.UINT32) && ImagePlusImages
			.isHyperstack(imp)) throw new IllegalArgumentException("'" + path + "' is a hyperstack of 32-bit integers; " +
				"hyperstacks of 8-bit, 16-bit or 32-bit float pixels are supported: convert it first");
		return imp;
	}

	/**
	 * Writes an ImagePlus (a hyperstack included: its channels, slices,
	 * frames and calibration) as an ImageJ TIFF carrying {@code info} as its
	 * Info property, atomically (see {@link AtomicFile}).
	 *
	 * @throws IllegalArgumentException for an output that is not {@code .tif}/{@code .tiff}
	 */
	public static void writeTiff(final ImagePlus imp, final String path, final String info) throws IOException {
		if (OutputFormat.forResult("writing an image", OutputKind.IMAGE, path) != OutputFormat.TIFF)
			throw new IllegalArgumentException("cannot write a hyperstack as '" + path + "'; use .tif");
		ImageEncoder.writeTiff(imp, path, info);
	}

	private static File readable(final String path) {
		final File file = new File(path);
		if (file.isDirectory()) throw new IllegalArgumentException("input '" + path +
			"' is a directory; give an image file (TIFF or PNG)");
		if (!file.isFile()) throw new IllegalArgumentException("input file '" + path + "' does not exist");
		if (!file.canRead()) throw new IllegalArgumentException("input file '" + path + "' cannot be read (permission denied)");
		return file;
	}

	/**
	 * The TIFF header, checked readable, or {@code null} for a file that is not a TIFF; a PNG is checked complete
	 * ({@link PngCheck#requireComplete}).
	 */
	private static TiffInspection inspect(final File file, final String path) {
		final byte[] start = start(file);
		if (PngCheck.isPng(start)) PngCheck.requireComplete(file, path);
		final TiffInspection tiff = TiffInspection.isTiff(start) ? TiffInspection.of(file) : null;
		if (tiff != null) tiff.requireReadable(TiffInspection.freeHeap());
		return tiff;
	}

	private static ImagePlus open(final File file, final String path) {
		final ImagePlus imp = IJ.openImage(file.getPath());
		if (imp != null) return imp;
		if (PngCheck.isPng(start(file))) throw new IllegalArgumentException("cannot read '" + path +
			"': it is a damaged PNG (ImageJ cannot decode its image data)");
		throw new IllegalArgumentException("cannot read '" + path + "' as an image: it is neither a TIFF nor a PNG " +
			"file; TIFF and PNG are supported");
	}

	/** The file's first bytes: as many as a PNG signature, or fewer for a shorter file. */
	private static byte[] start(final File file) {
		final byte[] start = new byte[8];
		try (InputStream in = new FileInputStream(file)) {
			int n = 0;
			while (n < start.length) {
				final int r = in.read(start, n, start.length - n);
				if (r < 0) break;
				n += r;
			}
			return n == start.length ? start : Arrays.copyOf(start, n);
		}
		catch (final IOException e) {
			throw new IllegalArgumentException("input file '" + file + "' cannot be read: " + e.getMessage());
		}
	}

	/**
	 * Writes an image as TIFF ({@code .tif}, {@code .tiff}) or PNG ({@code .png},
	 * 2D only; 16-bit and float are written as ImageJ converts them), atomically:
	 * see {@link ImageEncoder}.
	 */
	public static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path)
		throws java.io.IOException
	{
		ImageEncoder.write(image, path);
	}

	/** As {@link #write(RandomAccessibleInterval, String)}, a TIFF carrying {@code info} as ImageJ's Info property. */
	public static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path, final String info)
		throws java.io.IOException
	{
		ImageEncoder.write(image, path, info);
	}

	/**
	 * As {@link #write(RandomAccessibleInterval, String, String)}, a TIFF also carrying the pixel sizes and units of
	 * {@code axes} (x, y, z first; {@code null}: uncalibrated) as ImageJ's calibration; a PNG carries none.
	 */
	public static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path,
		final String info, final List<OmeAxis> axes) throws java.io.IOException
	{
		ImageEncoder.write(image, path, info, axes);
	}
}
