package io.github.fijidispatch.cli;

import java.io.File;

import io.github.fijidispatch.ij.ImagePlusImages;
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

	/** Opens a TIFF or PNG as a 2D or 3D ImgLib2 image (zero-copy over ImageJ's arrays). */
	public static Img<? extends RealType<?>> read(final String path) {
		final File file = new File(path);
		if (!file.isFile()) throw new IllegalArgumentException("input file '" + path + "' does not exist");
		final ImagePlus imp = IJ.openImage(file.getPath());
		if (imp == null) throw new IllegalArgumentException("cannot read '" + path + "' as an image; TIFF and PNG are supported");
		return ImagePlusImages.wrap(imp);
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
}
