package io.github.fijidispatch.ij;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Paths;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.OmeAxis;
import ij.ImagePlus;
import ij.VirtualStack;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.TiffEncoder;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

/**
 * Encodes a 2D or 3D image as TIFF or PNG onto a stream, with ImageJ 1's
 * encoders: uint8 stays 8-bit, uint16 16-bit, every other kind becomes
 * 32-bit float (PNG: 8-bit or 16-bit grey; float scaled to 8 bits by its
 * range, as ImageJ saves it). A 3D TIFF is streamed one plane at a time, so
 * writing holds one converted plane, not a copy of the whole result; a 2D
 * array image of those kinds is written from its own array, any other 2D
 * image converted once.
 */
final class ImageEncoder {

	private ImageEncoder() {
		// NB: static holder
	}

	/**
	 * Writes {@code image} to {@code path} as TIFF or PNG (by its extension)
	 * through {@link AtomicFile}: the old file stays intact on any failure.
	 */
	static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path) throws IOException {
		write(image, path, null);
	}

	/**
	 * As {@link #write(RandomAccessibleInterval, String)}, with {@code info} as
	 * ImageJ's {@code Info} property of a TIFF (what Image › Show Info shows);
	 * PNG has no place for it.
	 */
	static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path, final String info)
		throws IOException
	{
		write(image, path, info, null);
	}

	/** As above, a TIFF carrying the pixel sizes and units of {@code axes} ({@code null}: none) as its calibration. */
	static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path, final String info,
		final List<OmeAxis> axes) throws IOException
	{
		final OutputFormat format = OutputFormat.forResult("writing an image", OutputKind.IMAGE, path);
		if (format == OutputFormat.PNG && image.numDimensions() > 2 && image.dimension(2) > 1)
			throw new IllegalArgumentException("cannot write a 3D image as PNG ('" + path + "'); use .tif");
		final String title = new File(path).getName();
		AtomicFile.write(Paths.get(path), out -> encode(image, format, title, info, axes, out));
	}

	/** Writes an ImagePlus as it is (layout, calibration) as an ImageJ TIFF with {@code info}, through {@link AtomicFile}. */
	static void writeTiff(final ImagePlus imp, final String path, final String info) throws IOException {
		AtomicFile.write(Paths.get(path), out -> {
			final FileInfo fi = imp.getFileInfo();
			fi.description = new FileSaver(imp).getDescriptionString();
			if (info != null) fi.info = info;
			new TiffEncoder(fi).write(out);
		});
	}

	/** Writes {@code image} in {@code format} (TIFF or PNG) to {@code out}, which stays open. */
	static void encode(final RandomAccessibleInterval<? extends RealType<?>> image, final OutputFormat format,
		final String title, final OutputStream out) throws IOException
	{
		encode(image, format, title, null, out);
	}

	/** As above, with {@code info} (or {@code null}) as a TIFF's {@code Info} property. */
	static void encode(final RandomAccessibleInterval<? extends RealType<?>> image, final OutputFormat format,
		final String title, final String info, final OutputStream out) throws IOException
	{
		encode(image, format, title, info, null, out);
	}

	/** As above, with {@code axes} (or {@code null}) as a TIFF's calibration. */
	static void encode(final RandomAccessibleInterval<? extends RealType<?>> image, final OutputFormat format,
		final String title, final String info, final List<OmeAxis> axes, final OutputStream out) throws IOException
	{
		final int n = image.numDimensions();
		if (n < 2 || n > 3) throw new IllegalArgumentException("cannot write a " + n + "D image; 2D or 3D only");
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(image));
		final int depth = n == 3 ? Math.toIntExact(image.dimension(2)) : 1;
		if (format == OutputFormat.PNG) {
			if (depth > 1) throw new IllegalArgumentException("cannot write a 3D image as PNG ('" + title + "'); use .tif");
			png(plane(image, kind, 0), out);
		}
		else if (format == OutputFormat.TIFF) tiff(image, kind, depth, title, info, axes, out);
		else throw new IllegalArgumentException("cannot write an image as " + format + "; use .tif or .png");
	}

	private static void tiff(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind, final int depth,
		final String title, final String info, final List<OmeAxis> axes, final OutputStream out) throws IOException
	{
		final ImagePlus imp;
		if (depth == 1) imp = new ImagePlus(title, plane(image, kind, 0));
		else imp = new ImagePlus(title, new PlaneStack(image, kind, depth));
		ImageJCalibration.apply(axes, imp);
		imp.resetDisplayRange();
		final FileInfo fi = imp.getFileInfo();
		fi.description = new FileSaver(imp).getDescriptionString();
		// NB: what FileSaver.saveAsTiff stores from the Info property; ImageJ reads it back as Info.
		if (info != null) fi.info = info;
		if (depth > 1) {
			fi.virtualStack = (VirtualStack) imp.getStack();
			fi.pixels = null;
		}
		new TiffEncoder(fi).write(out);
	}

	private static void png(final ImageProcessor ip, final OutputStream out) throws IOException {
		ip.resetMinAndMax();
		final BufferedImage bi = ip instanceof ShortProcessor ? ((ShortProcessor) ip).get16BitBufferedImage() : ip.getBufferedImage();
		// NB: a memory cache, not ImageIO's default cache file in the temporary folder.
		try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
			if (!ImageIO.write(bi, "png", ios)) throw new IOException("this Java has no PNG encoder");
		}
	}

	/**
	 * Plane {@code z} as an ImageJ processor of the kind ImageJ stores
	 * {@code kind} in: over the image's own array when it is a 2D array image
	 * ImageJ can use as it is (uint8, uint16, float32; the encoders only read
	 * it), else a converted copy.
	 */
	static ImageProcessor plane(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind, final int z) {
		final int w = Math.toIntExact(image.dimension(0));
		final int h = Math.toIntExact(image.dimension(1));
		final Object own = ownPixels(image, kind);
		if (own instanceof byte[]) return new ByteProcessor(w, h, (byte[]) own);
		if (own instanceof short[]) return new ShortProcessor(w, h, (short[]) own, null);
		if (own instanceof float[]) return new FloatProcessor(w, h, (float[]) own);
		final RandomAccessibleInterval<? extends RealType<?>> zero = Views.zeroMin(image);
		final RandomAccessibleInterval<? extends RealType<?>> plane = zero.numDimensions() == 3 ? Views.hyperSlice(zero, 2, z) : zero;
		if (kind == PixelKind.UINT8) {
			final byte[] pixels = new byte[Math.multiplyExact(w, h)];
			copy(plane, ArrayImgs.unsignedBytes(pixels, w, h));
			return new ByteProcessor(w, h, pixels);
		}
		if (kind == PixelKind.UINT16) {
			final short[] pixels = new short[Math.multiplyExact(w, h)];
			copy(plane, ArrayImgs.unsignedShorts(pixels, w, h));
			return new ShortProcessor(w, h, pixels, null);
		}
		final float[] pixels = new float[Math.multiplyExact(w, h)];
		copy(plane, ArrayImgs.floats(pixels, w, h));
		return new FloatProcessor(w, h, pixels);
	}

	private static Object ownPixels(final RandomAccessibleInterval<?> image, final PixelKind kind) {
		if (!(image instanceof ArrayImg) || image.numDimensions() != 2 || image.min(0) != 0 || image.min(1) != 0) return null;
		final Object access = ((ArrayImg<?, ?>) image).update(null);
		if (!(access instanceof ArrayDataAccess)) return null;
		final Object array = ((ArrayDataAccess<?>) access).getCurrentStorageArray();
		final boolean fits = kind == PixelKind.UINT8 ? array instanceof byte[] : kind == PixelKind.UINT16 ? array instanceof short[] :
			kind == PixelKind.FLOAT32 && array instanceof float[];
		return fits ? array : null;
	}

	private static <A extends RealType<?>, B extends RealType<?>> void copy(final RandomAccessibleInterval<A> src,
		final RandomAccessibleInterval<B> dst)
	{
		LoopBuilder.setImages(src, dst).forEachPixel((a, b) -> b.setReal(a.getRealDouble()));
	}

	/** The planes of a 3D image, each converted when ImageJ's encoder asks for it. */
	private static final class PlaneStack extends VirtualStack {

		private final RandomAccessibleInterval<? extends RealType<?>> image;
		private final PixelKind kind;

		PlaneStack(final RandomAccessibleInterval<? extends RealType<?>> image, final PixelKind kind, final int depth) {
			super(Math.toIntExact(image.dimension(0)), Math.toIntExact(image.dimension(1)), depth,
				kind == PixelKind.UINT8 ? "8-bit" : kind == PixelKind.UINT16 ? "16-bit" : "32-bit");
			this.image = image;
			this.kind = kind;
		}

		@Override
		public ImageProcessor getProcessor(final int n) {
			return plane(image, kind, n - 1);
		}

		@Override
		public String getSliceLabel(final int n) {
			return null;
		}
	}
}
