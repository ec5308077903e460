package io.github.fijidispatch.ij;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.PixelKind;
import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Fraction;
import net.imglib2.util.Intervals;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

/**
 * ImageJ 1 images as ImgLib2 images and back, without imglib2-ij (which is
 * not on Maven Central). {@link #wrap} is zero-copy: the ImgLib2 image reads
 * and writes the ImagePlus's own pixel arrays, one plane per slice.
 */
public final class ImagePlusImages {

	private ImagePlusImages() {
		// NB: static holder
	}

	/**
	 * Wraps an 8-bit, 16-bit or 32-bit ImagePlus (one channel, one frame) as a
	 * 2D image, or a 3D image when it has several slices.
	 * <p>
	 * Zero-copy, except for a signed 16-bit image: ImageJ 1 stores those as
	 * the value + 32768 in unsigned 16-bit, with a calibration that subtracts
	 * 32768 again for display. Its values are copied into a new int16 image
	 * holding what ImageJ shows (-5 stays -5), so ops never see the shifted
	 * storage and the ImagePlus is left as it was.
	 * </p>
	 *
	 * @throws IllegalArgumentException for RGB images and for hyperstacks with
	 *           several channels or frames, saying what to do
	 */
	public static Img<? extends RealType<?>> wrap(final ImagePlus imp) {
		if (imp == null) throw new IllegalArgumentException("no image");
		if (imp.getNChannels() > 1 || imp.getNFrames() > 1) throw new IllegalArgumentException("image '" + imp.getTitle() +
			"' has " + imp.getNChannels() + " channels and " + imp.getNFrames() +
			" frames; dispatch ops take 2D or 3D single-channel images: split channels or frames first, " +
			"or run it per volume as a hyperstack (op commands, macros and the run command do; README, Hyperstacks)");
		final int w = imp.getWidth();
		final int h = imp.getHeight();
		final int z = imp.getStackSize();
		return planar(imp, z > 1 ? new long[] { w, h, z } : new long[] { w, h });
	}

	/**
	 * The kind {@link #wrap} gives an ImagePlus's pixels: uint8, uint16 (int16 for a signed 16-bit image), float32;
	 * {@code null} for RGB and colour-indexed images, which it refuses.
	 */
	public static PixelKind kindOf(final ImagePlus imp) {
		switch (imp.getType()) {
			case ImagePlus.GRAY8:
				return PixelKind.UINT8;
			case ImagePlus.GRAY16:
				return imp.getCalibration().isSigned16Bit() ? PixelKind.INT16 : PixelKind.UINT16;
			case ImagePlus.GRAY32:
				return PixelKind.FLOAT32;
			default:
				return null;
		}
	}

	/**
	 * Whether the image has several channels or frames: an ImageJ hyperstack
	 * that {@link #wrapHyperstack} takes and {@link #wrap} refuses.
	 */
	public static boolean isHyperstack(final ImagePlus imp) {
		return imp != null && (imp.getNChannels() > 1 || imp.getNFrames() > 1);
	}

	/**
	 * The axes of an ImageJ image in Fiji's order, the axes of size 1 left out
	 * except X and Y: e.g. {@code XYZCT}, {@code XYCT}, {@code XYC}, {@code XYZ}
	 * or {@code XY}.
	 */
	public static String axes(final ImagePlus imp) {
		return "XY" + (imp.getNSlices() > 1 ? "Z" : "") + (imp.getNChannels() > 1 ? "C" : "") +
			(imp.getNFrames() > 1 ? "T" : "");
	}

	/**
	 * Wraps an 8-bit, 16-bit or 32-bit ImagePlus of any layout, a hyperstack
	 * included, as an image with the axes {@link #axes(ImagePlus)} names (X, Y,
	 * then Z, C and T where their size is above 1). Zero-copy as {@link #wrap}
	 * (the same exception for signed 16-bit): ImageJ's planes, stored channel
	 * fastest, then slice, then frame, are viewed with Z before C.
	 *
	 * @throws IllegalArgumentException for RGB and colour-indexed images
	 */
	public static RandomAccessibleInterval<? extends RealType<?>> wrapHyperstack(final ImagePlus imp) {
		return wrapHyperstack(imp, axes(imp));
	}

	/**
	 * The axes of several ImageJ images taken together: X, Y, then Z, C and T
	 * where any of them has that axis above size 1 (what
	 * {@link #wrapHyperstack(ImagePlus, String)} wraps them all with).
	 */
	public static String axes(final List<ImagePlus> images) {
		final StringBuilder all = new StringBuilder();
		for (final ImagePlus imp : images)
			all.append(axes(imp));
		final StringBuilder axes = new StringBuilder("XY");
		for (final char axis : new char[] { 'Z', 'C', 'T' })
			if (all.indexOf(String.valueOf(axis)) >= 0) axes.append(axis);
		return axes.toString();
	}

	/**
	 * As {@link #wrapHyperstack(ImagePlus)}, with these axes (an axis of size 1
	 * kept when named), so that inputs of one call share their axes.
	 *
	 * @throws IllegalArgumentException when the image has an axis above size 1 that {@code axes} lacks
	 */
	public static RandomAccessibleInterval<? extends RealType<?>> wrapHyperstack(final ImagePlus imp, final String axes) {
		if (imp == null) throw new IllegalArgumentException("no image");
		final int c = imp.getNChannels();
		final int z = imp.getNSlices();
		final int t = imp.getNFrames();
		if (!axes.contains("C") && c > 1 || !axes.contains("Z") && z > 1 || !axes.contains("T") && t > 1)
			throw new IllegalArgumentException("image '" + imp.getTitle() + "' has " + c + " channel(s), " + z +
				" slice(s) and " + t + " frame(s): more than axes " + axes + " hold");
		final List<Long> dims = new ArrayList<>();
		dims.add((long) imp.getWidth());
		dims.add((long) imp.getHeight());
		if (axes.contains("C")) dims.add((long) c);
		if (axes.contains("Z")) dims.add((long) z);
		if (axes.contains("T")) dims.add((long) t);
		final long[] planarDims = dims.stream().mapToLong(Long::longValue).toArray();
		final Img<? extends RealType<?>> img = planar(imp, planarDims);
		// NB: ImageJ orders the planes C, Z, T; Fiji's axis order is Z, C, T.
		return axes.contains("C") && axes.contains("Z") ? Views.permute(img, 2, 3) : img;
	}

	/** The ImagePlus's planes, in stack order, as a planar image of these dimensions. */
	private static Img<? extends RealType<?>> planar(final ImagePlus imp, final long[] dims) {
		final int z = imp.getStackSize();
		final ImageStack stack = imp.getStack();
		switch (imp.getType()) {
			case ImagePlus.GRAY8: {
				final List<ByteArray> planes = new ArrayList<>();
				for (int s = 1; s <= z; s++)
					planes.add(new ByteArray((byte[]) stack.getPixels(s)));
				final PlanarImg<UnsignedByteType, ByteArray> img = new PlanarImg<>(planes, dims, new Fraction());
				img.setLinkedType(new UnsignedByteType(img));
				return img;
			}
			case ImagePlus.GRAY16: {
				if (imp.getCalibration().isSigned16Bit()) return signed16(stack, dims);
				final List<ShortArray> planes = new ArrayList<>();
				for (int s = 1; s <= z; s++)
					planes.add(new ShortArray((short[]) stack.getPixels(s)));
				final PlanarImg<UnsignedShortType, ShortArray> img = new PlanarImg<>(planes, dims, new Fraction());
				img.setLinkedType(new UnsignedShortType(img));
				return img;
			}
			case ImagePlus.GRAY32: {
				final List<FloatArray> planes = new ArrayList<>();
				for (int s = 1; s <= z; s++)
					planes.add(new FloatArray((float[]) stack.getPixels(s)));
				final PlanarImg<FloatType, FloatArray> img = new PlanarImg<>(planes, dims, new Fraction());
				img.setLinkedType(new FloatType(img));
				return img;
			}
			default:
				throw new IllegalArgumentException("image '" + imp.getTitle() +
					"' is RGB or colour-indexed; dispatch ops take 8-bit, 16-bit or 32-bit grey images: convert it first");
		}
	}

	private static Img<ShortType> signed16(final ImageStack stack, final long[] dims) {
		final List<ShortArray> planes = new ArrayList<>();
		for (int s = 1; s <= stack.getSize(); s++) {
			final short[] stored = (short[]) stack.getPixels(s);
			final short[] values = new short[stored.length];
			for (int i = 0; i < stored.length; i++)
				values[i] = (short) (stored[i] ^ 0x8000); // NB: (stored & 0xffff) - 32768, as a signed short
			planes.add(new ShortArray(values));
		}
		final PlanarImg<ShortType, ShortArray> img = new PlanarImg<>(planes, dims, new Fraction());
		img.setLinkedType(new ShortType(img));
		return img;
	}

	/**
	 * Copies a 2D or 3D image into a new ImagePlus: 8-bit for uint8, 16-bit for
	 * uint16, 32-bit for every other kind (values converted to float).
	 */
	public static ImagePlus toImagePlus(final RandomAccessibleInterval<? extends RealType<?>> image, final String title) {
		final int n = image.numDimensions();
		if (n < 2 || n > 3) throw new IllegalArgumentException("cannot show a " + n + "D image as an ImagePlus; 2D or 3D only");
		return toHyperstack(image, n == 3 ? "XYZ" : "XY", title);
	}

	/**
	 * Copies an image with these axes (one of X Y [Z] [C] [T], e.g.
	 * {@code XYZCT}) into a new ImagePlus of the same layout: kinds as
	 * {@link #toImagePlus}; {@code setDimensions} from the C, Z and T sizes, and
	 * shown as a hyperstack when it has several channels or frames.
	 *
	 * @throws IllegalArgumentException when the axes do not name the image's dimensions
	 */
	public static ImagePlus toHyperstack(final RandomAccessibleInterval<? extends RealType<?>> image, final String axes,
		final String title)
	{
		if (axes.length() != image.numDimensions() || !axes.startsWith("XY")) throw new IllegalArgumentException(
			"axes '" + axes + "' do not describe a " + image.numDimensions() + "D image");
		final int w = (int) image.dimension(0);
		final int h = (int) image.dimension(1);
		final int c = size(image, axes, 'C');
		final int z = size(image, axes, 'Z');
		final int t = size(image, axes, 'T');
		final PixelKind kind = PixelKind.of(Util.getTypeFromInterval(image));
		final ImageStack stack = new ImageStack(w, h);
		for (int s = 0; s < c * z * t; s++) {
			if (kind == PixelKind.UINT8) stack.addSlice("", new byte[w * h]);
			else if (kind == PixelKind.UINT16) stack.addSlice("", new short[w * h]);
			else stack.addSlice("", new float[w * h]);
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(c, z, t);
		if (c > 1 || t > 1) imp.setOpenAsHyperStack(true);
		copy(image, wrapHyperstack(imp));
		imp.resetDisplayRange();
		return imp;
	}

	private static int size(final RandomAccessibleInterval<?> image, final String axes, final char axis) {
		final int d = axes.indexOf(axis);
		return d < 0 ? 1 : (int) image.dimension(d);
	}

	private static void copy(final RandomAccessibleInterval<? extends RealType<?>> from,
		final RandomAccessibleInterval<? extends RealType<?>> to)
	{
		if (!Intervals.equalDimensions(from, to)) throw new IllegalStateException("size mismatch");
		copyTyped(Views.zeroMin(from), to);
	}

	private static <A extends RealType<?>, B extends RealType<?>> void copyTyped(final RandomAccessibleInterval<A> src,
		final RandomAccessibleInterval<B> dst)
	{
		LoopBuilder.setImages(src, dst).multiThreaded().forEachPixel((a, b) -> b.setReal(a.getRealDouble()));
	}
}
