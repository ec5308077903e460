package io.github.fijidispatch.backend;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.RandomAccessible;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.IntervalView;
import net.imglib2.view.MixedTransformView;

/**
 * Host images: ImgLib2 {@link RandomAccessibleInterval}s of real pixels, the
 * kind every backend converts from and to.
 */
public final class HostImages {

	private HostImages() {
		// NB: static holder
	}

	public static boolean isHostImage(final Object o) {
		return o instanceof RandomAccessibleInterval;
	}

	/** Describes a host image; the kind is {@code null} for pixel types the suite cannot process. */
	public static ImageInfo describe(final RandomAccessibleInterval<?> image) {
		return ImageInfo.adopting(Intervals.dimensionsAsLongArray(image), kindOf(image));
	}

	/**
	 * The kind of a host image's pixels: {@code null} for pixel types the suite cannot process and for an empty image.
	 * NB: the image's own type object, only looked at: no new variable ({@code Util.getTypeFromInterval} makes one per
	 * call, which the per-block paths of a block run would pay on every block).
	 */
	public static PixelKind kindOf(final RandomAccessibleInterval<?> image) {
		return Intervals.isEmpty(image) ? null : PixelKind.of(image.getType());
	}

	/**
	 * Whether {@code describe(image).equals(info)}, without describing the image (no arrays or objects made: a
	 * result's shape is checked on every call).
	 */
	public static boolean hasShape(final RandomAccessibleInterval<?> image, final ImageInfo info) {
		final int n = image.numDimensions();
		if (n != info.numDimensions()) return false;
		for (int d = 0; d < n; d++)
			if (image.dimension(d) != info.dimension(d)) return false;
		return kindOf(image) == info.kind();
	}

	/**
	 * Copies the pixel values of {@code source} into {@code target}, of the
	 * same size and pixel kind (the caller checks), so exactly; in parallel.
	 * One array copy between two {@link ArrayImg}s.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static void copy(final RandomAccessibleInterval<?> source, final RandomAccessibleInterval<?> target) {
		final Object from = flatStorage(source);
		final Object to = flatStorage(target);
		if (from != null && to != null && from.getClass() == to.getClass()) {
			if (from != to) System.arraycopy(from, 0, to, 0, java.lang.reflect.Array.getLength(from));
			return;
		}
		LoopBuilder.setImages((RandomAccessibleInterval<RealType>) source, (RandomAccessibleInterval<RealType>) target)
			.multiThreaded().forEachPixel((s, t) -> t.setReal(s.getRealDouble()));
	}

	/**
	 * Whether two host images may share pixels: they are views (intervals,
	 * offsets, slices, axis permutations) of images that hold a storage array
	 * in common, or of one image of another storage. Conservative: views of
	 * one image are said to share even where their intervals do not meet.
	 */
	public static boolean mayShare(final RandomAccessibleInterval<?> a, final RandomAccessibleInterval<?> b) {
		// NB: the common case (views of array images, e.g. a block's box of an input and of an output) without lists
		final Object one = flatStorage(root(a));
		final Object other = flatStorage(root(b));
		if (one != null && other != null) return one == other;
		final List<Object> first = storageOf(a);
		for (final Object s : storageOf(b))
			for (final Object t : first)
				if (s == t) return true;
		return false;
	}

	/** The image under a chain of {@code IntervalView}s and {@code MixedTransformView}s (the image itself if none). */
	private static RandomAccessible<?> root(final RandomAccessible<?> image) {
		RandomAccessible<?> root = image;
		while (true) {
			if (root instanceof IntervalView) root = ((IntervalView<?>) root).getSource();
			else if (root instanceof MixedTransformView) root = ((MixedTransformView<?>) root).getSource();
			else return root;
		}
	}

	/** The one array behind an {@link ArrayImg} (not a view of it), or {@code null}. */
	private static Object flatStorage(final RandomAccessible<?> image) {
		if (!(image instanceof ArrayImg)) return null;
		final Object access = ((ArrayImg<?, ?>) image).update(null);
		return access instanceof ArrayDataAccess ? ((ArrayDataAccess<?>) access).getCurrentStorageArray() : null;
	}

	/** The storage arrays under an image's views (planes of a {@link PlanarImg}), else the innermost image itself. */
	private static List<Object> storageOf(final RandomAccessibleInterval<?> image) {
		final RandomAccessible<?> root = root(image);
		final List<Object> storage = new ArrayList<>(1);
		if (root instanceof ArrayImg) storage.add(flatStorage((ArrayImg<?, ?>) root));
		else if (root instanceof PlanarImg) {
			final PlanarImg<?, ?> planar = (PlanarImg<?, ?>) root;
			for (int i = 0; i < planar.numSlices(); i++) {
				final Object plane = planar.getPlane(i);
				if (plane instanceof ArrayDataAccess) storage.add(((ArrayDataAccess<?>) plane).getCurrentStorageArray());
			}
		}
		if (storage.isEmpty() || storage.contains(null)) storage.add(root);
		return storage;
	}
}
