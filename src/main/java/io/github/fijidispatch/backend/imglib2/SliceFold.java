package io.github.fijidispatch.backend.imglib2;

/**
 * Max or min of the slices of a projection along z or y, a chunk of output pixels at a time: the first slice's run
 * is copied, the further slices' runs are copied to index 0 and folded into it ({@link StoredOrder#fold}).
 * <p>
 * When a chunk is a whole slice of at most half {@value #GROUP_BYTES} bytes (a row along y, a small plane along z),
 * consecutive slices lie side by side in storage, so {@code group} of them are copied and folded as one run into
 * {@code group} running choices, which are folded into one at the end, by halves. NB: the JIT unrolls a loop for
 * the trip counts it saw while profiling, and a loop unrolled for long runs does short ones in its scalar
 * remainder; the one fold loop serves every projection, so keeping its runs near one length keeps it SIMD for all
 * of them (max y of uint16 256×256×64 after max z in one JVM: 7.8 ms one row at a time, against 1.3 ms in a JVM of
 * its own).
 * </p>
 * Not thread-safe: one per parallel range.
 */
final class SliceFold {

	/**
	 * Bytes of slices folded as one run, at most: the running choices, the run and its scratch stay in the L1 cache
	 * (float32 rows of 2048 in groups of two filled it and ran slower).
	 */
	private static final int GROUP_BYTES = 1 << 13;

	private final RasterArrays raster;
	private final Imglib2Projection.Lines lines;
	private final StoredOrder order;
	/** Slices folded as one run when a chunk is a whole slice; 1 when it is not. */
	private final int group;
	private final Object chosen;
	private final Object run;
	private final Object scratch;

	SliceFold(final RasterArrays raster, final Imglib2Projection.Lines lines, final StoredOrder order) {
		this.raster = raster;
		this.lines = lines;
		this.order = order;
		final int slice = (int) Math.min(Imglib2Projection.CHUNK, lines.inner);
		group = (int) Math.max(1, Math.min(lines.length, GROUP_BYTES / raster.arrays().kind().bytesPerPixel() / slice));
		final int runs = group * slice;
		chosen = raster.arrays().allocate(runs);
		run = raster.arrays().allocate(runs);
		scratch = raster.arrays().allocate(runs);
	}

	/**
	 * Writes the chosen value of output pixels {@code o · inner + i}, {@code i} in [{@code from}, {@code from +
	 * length}), to {@code target} from {@code at}.
	 */
	void fold(final long o, final int from, final int length, final Object target, final int at) {
		if (group > 1 && length == lines.inner && copyAdjacent(o, 0, group, chosen)) foldGroups(o, length);
		else {
			copy(o, 0, from, length, chosen);
			for (int k = 1; k < lines.length; k++) {
				copy(o, k, from, length, run);
				order.fold(chosen, run, scratch, length);
			}
		}
		System.arraycopy(chosen, 0, target, at, length);
	}

	/** With the first {@code group} slices in {@link #chosen}: folds the rest, then the groups into the first. */
	private void foldGroups(final long o, final int slice) {
		int k = group;
		for (; k + group <= lines.length && copyAdjacent(o, k, group, run); k += group)
			order.fold(chosen, run, scratch, group * slice);
		for (; k < lines.length; k++) {
			copy(o, k, 0, slice, run);
			order.fold(chosen, run, scratch, slice);
		}
		// NB: the groups by halves, the upper half into the lower: few long runs rather than many short ones
		for (int groups = group; groups > 1;) {
			final int upper = groups / 2;
			System.arraycopy(chosen, (groups - upper) * slice, run, 0, upper * slice);
			order.fold(chosen, run, scratch, upper * slice);
			groups -= upper;
		}
	}

	/** Copies slices [{@code k}, {@code k + count}) whole to {@code into}, if they are adjacent in one array. */
	private boolean copyAdjacent(final long o, final int k, final int count, final Object into) {
		final long first = lines.input(o, k, 0);
		final long last = lines.input(o, k + count - 1, lines.inner - 1);
		if (raster.array(first) != raster.array(last)) return false;
		System.arraycopy(raster.array(first), raster.offset(first), into, 0, (int) (last - first + 1));
		return true;
	}

	/** Copies pixels [{@code from}, {@code from + length}) of slice {@code k} to {@code into}. */
	private void copy(final long o, final int k, final int from, final int length, final Object into) {
		final long first = lines.input(o, k, from);
		System.arraycopy(raster.array(first), raster.offset(first), into, 0, length);
	}
}
