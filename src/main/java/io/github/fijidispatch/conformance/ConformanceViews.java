package io.github.fijidispatch.conformance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.cell.CellImgFactory;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The same pixels as an {@code ArrayImg} in the other storages and views a
 * backend meets: a {@code PlanarImg} (how ImagePlus stacks are wrapped), a
 * {@code CellImg} (small cells, so blocks cross cells), and translated,
 * cropped and permuted views. Each has the array's dimensions and shows its
 * values in the same raster order, so a backend's result on it must equal its
 * result on the array; only the way the pixels are reached differs.
 */
public final class ConformanceViews {

	/** The storage names {@link #of} accepts, in a stable order. */
	public static final List<String> STORAGES = Collections.unmodifiableList(Arrays.asList("planar", "cell", "translated",
		"cropped", "permuted"));

	/** Cell edge of the {@code cell} storage: smaller than the conformance images. */
	private static final int CELL = 7;

	private ConformanceViews() {
		// NB: static holder
	}

	/**
	 * The pixels of {@code array} in {@code storage} ({@link #STORAGES}, or
	 * {@code "array"} for the array itself).
	 *
	 * @throws IllegalArgumentException for an unknown storage name
	 */
	public static <T extends RealType<T> & NativeType<T>> RandomAccessibleInterval<T> of(final String storage,
		final Img<T> array)
	{
		final long[] dims = array.dimensionsAsLongArray();
		final T type = array.firstElement().createVariable();
		switch (storage) {
			case "array": return array;
			case "planar": return filled(array, new PlanarImgFactory<>(type).create(dims));
			case "cell": return filled(array, new CellImgFactory<>(type, CELL).create(dims));
			case "translated": {
				final long[] offset = new long[dims.length];
				for (int d = 0; d < dims.length; d++)
					offset[d] = 5 - 4 * d;
				return Views.translate(array, offset);
			}
			case "cropped": {
				// NB: the pixels inside a larger image, one pixel of margin on every side
				final long[] larger = new long[dims.length];
				final long[] min = new long[dims.length];
				final long[] max = new long[dims.length];
				for (int d = 0; d < dims.length; d++) {
					larger[d] = dims[d] + 2;
					min[d] = 1;
					max[d] = dims[d];
				}
				return filled(array, Views.interval(array.factory().create(larger), min, max));
			}
			case "permuted": {
				// NB: stored with X and Y swapped, viewed back permuted: the same raster, read across the storage
				final long[] swapped = dims.clone();
				swapped[0] = dims[1];
				swapped[1] = dims[0];
				return filled(array, Views.permute(array.factory().create(swapped), 0, 1));
			}
			default: throw new IllegalArgumentException("no storage '" + storage + "'; allowed: array, " + String.join(", ",
				STORAGES));
		}
	}

	private static <T extends RealType<T>, V extends RandomAccessibleInterval<T>> V filled(final Img<T> from, final V to) {
		LoopBuilder.setImages(from, to).forEachPixel((a, b) -> b.set(a));
		return to;
	}
}
