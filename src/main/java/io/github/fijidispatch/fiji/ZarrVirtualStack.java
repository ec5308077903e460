package io.github.fijidispatch.fiji;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.ij.ImageJCalibration;
import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.zarr.ChunkCache;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.ZarrArray;
import ij.ImagePlus;
import ij.VirtualStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * An OME-Zarr image as an ImageJ virtual stack: each plane is read when
 * ImageJ asks for it, through a {@link ChunkCache} (so scrolling through the
 * planes of a chunk decodes it once), and memory holds the cache and the plane
 * shown, never the image. The image's x and y axes are the plane; at most one
 * more space axis (Z), one channel axis (C) and one time axis (T) become the
 * stack's dimensions, in ImageJ's order (C fastest, then Z, then T). Pixels
 * are 8-bit for uint8, 16-bit for uint16 and 32-bit for every other kind (as
 * the suite's other ImageJ conversions). Read only: edits are not written
 * back.
 */
public final class ZarrVirtualStack extends VirtualStack {

	private final ZarrArray array;
	private final ChunkCache cache;
	private final PixelKind kind;
	private final int width;
	private final int height;
	/** The image's dimension of Z, C and T, or -1. */
	private final int zAxis;
	private final int cAxis;
	private final int tAxis;
	private final int depth;
	private final int channels;
	private final int frames;
	private final int numDimensions;

	private ZarrVirtualStack(final ZarrArray array, final List<OmeAxis> axes, final ChunkCache cache) {
		super(dimension(array, 0), dimension(array, 1));
		this.array = array;
		this.cache = cache;
		this.kind = array.kind();
		this.width = dimension(array, 0);
		this.height = dimension(array, 1);
		this.numDimensions = array.header().dimensions().length;
		int z = -1;
		int c = -1;
		int t = -1;
		for (int d = 2; d < numDimensions; d++) {
			final String type = axes.get(d).type();
			if ("channel".equals(type) && c < 0) c = d;
			else if ("time".equals(type) && t < 0) t = d;
			else if (!"channel".equals(type) && !"time".equals(type) && z < 0) z = d;
			else throw new IllegalArgumentException(array.path() + ": axes " + names(axes) + " are more than an ImageJ " +
				"stack shows: x, y and at most one more space axis (Z), one channel axis and one time axis");
		}
		this.zAxis = z;
		this.cAxis = c;
		this.tAxis = t;
		this.depth = size(array, z);
		this.channels = size(array, c);
		this.frames = size(array, t);
		if ((long) depth * channels * frames > Integer.MAX_VALUE) throw new IllegalArgumentException(array.path() +
			": more planes than an ImageJ stack holds (2^31 - 1)");
		setBitDepth(kind == PixelKind.UINT8 ? 8 : kind == PixelKind.UINT16 ? 16 : 32);
	}

	/**
	 * Opens the image in {@code image}'s folder as an ImagePlus on a virtual stack, with the image's pixel sizes, its
	 * C, Z and T sizes (a hyperstack when it has several channels or frames) and its provenance in the Info property.
	 *
	 * @param cache the chunks to keep while the image is shown ({@link ChunkCache#forThisHeap()})
	 * @throws IllegalArgumentException for planes larger than ImageJ holds or axes it cannot show
	 */
	public static ImagePlus open(final OmeZarrImage image, final ChunkCache cache, final String title) {
		final ZarrVirtualStack stack = new ZarrVirtualStack(image.array(), image.axes(), cache);
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(stack.channels, stack.depth, stack.frames);
		if (stack.channels > 1 || stack.frames > 1) imp.setOpenAsHyperStack(true);
		final List<OmeAxis> spatial = new ArrayList<>();
		spatial.add(image.axes().get(0));
		spatial.add(image.axes().get(1));
		if (stack.zAxis >= 0) spatial.add(image.axes().get(stack.zAxis));
		ImageJCalibration.apply(spatial, imp);
		if (stack.tAxis >= 0 && image.axes().get(stack.tAxis).unit() != null) {
			final Calibration c = imp.getCalibration();
			c.frameInterval = image.axes().get(stack.tAxis).scale();
			c.setTimeUnit(image.axes().get(stack.tAxis).unit());
		}
		imp.setProperty("Info", "OME-Zarr: " + image.path().toAbsolutePath() + "\nkind: " + stack.kind.id() +
			"\naxes: " + names(image.axes()) + (image.provenance() == null ? "" : "\nprovenance: " + image.provenance()));
		return imp;
	}

	/** The planes: channels × depth × frames. */
	@Override
	public int getSize() {
		return channels * depth * frames;
	}

	@Override
	public int size() {
		return getSize();
	}

	@Override
	public int getWidth() {
		return width;
	}

	@Override
	public int getHeight() {
		return height;
	}

	@Override
	public String getSliceLabel(final int n) {
		return null;
	}

	/**
	 * Plane {@code n} (1-based, ImageJ's order: C fastest, then Z, then T), read from the array.
	 *
	 * @throws IllegalArgumentException for a plane outside 1..{@link #getSize()}
	 * @throws UncheckedIOException naming the chunk file when it cannot be read
	 */
	@Override
	public ImageProcessor getProcessor(final int n) {
		if (n < 1 || n > getSize()) throw new IllegalArgumentException("plane " + n + " of an OME-Zarr stack of " +
			getSize() + " planes");
		final int i = n - 1;
		final long[] min = new long[numDimensions];
		if (cAxis >= 0) min[cAxis] = i % channels;
		if (zAxis >= 0) min[zAxis] = (i / channels) % depth;
		if (tAxis >= 0) min[tAxis] = i / (channels * depth);
		final long[] max = min.clone();
		max[0] = width - 1;
		max[1] = height - 1;
		try {
			return plane(array, new FinalInterval(min, max), cache);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}

	@Override
	public Object getPixels(final int n) {
		return getProcessor(n).getPixels();
	}

	/** NB: read only: the planes come from the file, which this stack never writes. */
	@Override
	public void setPixels(final Object pixels, final int n) {
		// NB: nothing to do
	}

	/**
	 * The plane {@code box} (x and y whole, one position on every other axis) as an ImageJ processor, by the suite's
	 * one ImageJ conversion ({@link ImagePlusImages#toImagePlus}: 8-bit for uint8, 16-bit for uint16, 32-bit for
	 * every other kind).
	 */
	private static <T extends NativeType<T> & RealType<T>> ImageProcessor plane(final ZarrArray array,
		final Interval box, final ChunkCache cache) throws IOException
	{
		RandomAccessibleInterval<T> plane = array.read(box, cache);
		for (int d = box.numDimensions() - 1; d >= 2; d--)
			plane = Views.hyperSlice(plane, d, box.min(d));
		return ImagePlusImages.toImagePlus(plane, "").getProcessor();
	}

	private static int dimension(final ZarrArray array, final int d) {
		final long[] dims = array.header().dimensions();
		if (dims.length < 2) throw new IllegalArgumentException(array.path() + ": a " + dims.length + "D array has no " +
			"planes to show");
		if ((long) dims[0] * dims[1] > Integer.MAX_VALUE - 8) throw new IllegalArgumentException(array.path() +
			": planes of " + dims[0] + " x " + dims[1] + " pixels are larger than ImageJ holds (2^31 pixels)");
		return (int) dims[d];
	}

	private static int size(final ZarrArray array, final int d) {
		if (d < 0) return 1;
		final long s = array.header().dimensions()[d];
		if (s > Integer.MAX_VALUE) throw new IllegalArgumentException(array.path() + ": axis " + d + " of " + s +
			" pixels is longer than an ImageJ stack");
		return (int) s;
	}

	private static String names(final List<OmeAxis> axes) {
		final StringBuilder sb = new StringBuilder();
		for (final OmeAxis a : axes)
			sb.append(sb.length() == 0 ? "" : ",").append(a.name());
		return sb.toString();
	}
}
