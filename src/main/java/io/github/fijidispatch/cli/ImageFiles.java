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
	 * 2D only; 16-bit and float are written as ImageJ converts them).
	 */
	public static void write(final RandomAccessibleInterval<? extends RealType<?>> image, final String path) {
		final String lower = path.toLowerCase();
		final ImagePlus imp = ImagePlusImages.toImagePlus(image, new File(path).getName());
		final File parent = new File(path).getAbsoluteFile().getParentFile();
		if (parent != null && !parent.isDirectory() && !parent.mkdirs())
			throw new IllegalArgumentException("cannot create the folder " + parent);
		final boolean ok;
		if (lower.endsWith(".tif") || lower.endsWith(".tiff")) ok = IJ.saveAsTiff(imp, path);
		else if (lower.endsWith(".png")) {
			if (imp.getStackSize() > 1) throw new IllegalArgumentException("cannot write a 3D image as PNG ('" + path + "'); use .tif");
			IJ.saveAs(imp, "png", path);
			ok = new File(path).isFile();
		}
		else throw new IllegalArgumentException("output '" + path + "' must end in .tif, .tiff or .png");
		if (!ok) throw new IllegalStateException("writing '" + path + "' failed");
	}
}
