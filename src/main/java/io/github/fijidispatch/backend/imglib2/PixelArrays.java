package io.github.fijidispatch.backend.imglib2;

import io.github.fijidispatch.op.PixelKind;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * The one table of what differs between {@link PixelKind}s in the primitive
 * arrays that hold their pixels (the arrays {@code PrimitiveBlocks} copies
 * into, and the storage of a new {@link ArrayImg}): how stored values read as
 * double, float or table index, and how computed values are stored. Reading
 * gives exactly what {@code getRealDouble} gives; storing gives what the op
 * rules store (integer kinds rounded half up and saturated, NaN as 0; float
 * kinds the value itself). Everything per kind is one lambda in
 * {@link #of}; the loops that use them are written once, in {@link PixelBlocks}
 * and its callers.
 */
final class PixelArrays {

	/** Converts {@code n} stored values of {@code array} from {@code from} into {@code dst[at..]}. */
	@FunctionalInterface
	interface ToDoubles {

		void read(Object array, int from, double[] dst, int at, int n);
	}

	/** Converts {@code n} stored values of {@code array} from {@code from} into {@code dst[at..]}. */
	@FunctionalInterface
	interface ToFloats {

		void read(Object array, int from, float[] dst, int at, int n);
	}

	/** Stores {@code n} values of {@code src[at..]} into {@code array} from {@code from}. */
	@FunctionalInterface
	interface FromDoubles {

		void write(double[] src, int at, Object array, int from, int n);
	}

	/** Stores {@code n} values of {@code src[at..]} into {@code array} from {@code from}. */
	@FunctionalInterface
	interface FromFloats {

		void write(float[] src, int at, Object array, int from, int n);
	}

	/** Converts {@code n} stored values into table indices {@code value − kind minimum}. */
	@FunctionalInterface
	interface ToIndices {

		void read(Object array, int from, int[] dst, int at, int n);
	}

	/** {@code dst[at + i] = table[indices[i]]} for {@code i < n}; table and destination of one storage type. */
	@FunctionalInterface
	interface Gather {

		void gather(Object table, int[] indices, int n, Object dst, int at);
	}

	private final PixelKind kind;
	private final ToDoubles toDoubles;
	private final ToFloats toFloats;
	private final FromDoubles fromDoubles;
	private final FromFloats fromFloats;
	private final ToIndices toIndices;
	private final Gather gather;
	private final double lowest;

	private PixelArrays(final PixelKind kind, final ToDoubles toDoubles, final ToFloats toFloats,
		final FromDoubles fromDoubles, final FromFloats fromFloats, final ToIndices toIndices, final Gather gather)
	{
		this.kind = kind;
		this.toDoubles = toDoubles;
		this.toFloats = toFloats;
		this.fromDoubles = fromDoubles;
		this.fromFloats = fromFloats;
		this.toIndices = toIndices;
		this.gather = gather;
		lowest = kind.createType().getMinValue();
	}

	/** The entries of the kinds, by ordinal: built once, since they hold nothing but lambdas and two bounds. */
	private static final PixelArrays[] ENTRIES = new PixelArrays[PixelKind.values().length];

	static {
		for (final PixelKind kind : PixelKind.values())
			ENTRIES[kind.ordinal()] = entryOf(kind);
	}

	/** The table entry of {@code kind}. */
	static PixelArrays of(final PixelKind kind) {
		return ENTRIES[kind.ordinal()];
	}

	// NB: one line per kind and direction; (int) / (long) casts of a value rounded and clamped to the kind's range
	private static PixelArrays entryOf(final PixelKind kind) {
		final double min = kind.createType().getMinValue();
		final double max = kind.createType().getMaxValue();
		switch (kind) {
			case UINT8: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xff; },
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xff; },
				(s, at, a, f, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[f + i] = (byte) (int) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[f + i] = (byte) (int) clamped(s[at + i], min, max); },
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xff; },
				PixelArrays::gatherBytes);
			case INT8: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(s, at, a, f, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[f + i] = (byte) (int) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final byte[] d = (byte[]) a; for (int i = 0; i < n; i++) d[f + i] = (byte) (int) clamped(s[at + i], min, max); },
				(a, f, d, at, n) -> { final byte[] s = (byte[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] + 128; },
				PixelArrays::gatherBytes);
			case UINT16: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xffff; },
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xffff; },
				(s, at, a, f, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[f + i] = (short) (int) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[f + i] = (short) (int) clamped(s[at + i], min, max); },
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xffff; },
				PixelArrays::gatherShorts);
			case INT16: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(s, at, a, f, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[f + i] = (short) (int) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final short[] d = (short[]) a; for (int i = 0; i < n; i++) d[f + i] = (short) (int) clamped(s[at + i], min, max); },
				(a, f, d, at, n) -> { final short[] s = (short[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] + 32768; },
				PixelArrays::gatherShorts);
			case INT32: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(a, f, d, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) d[at + i] = (float) (double) s[f + i]; },
				(s, at, a, f, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[f + i] = (int) (long) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[f + i] = (int) (long) clamped(s[at + i], min, max); },
				null, PixelArrays::gatherInts);
			case UINT32: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i] & 0xffffffffL; },
				(a, f, d, at, n) -> { final int[] s = (int[]) a; for (int i = 0; i < n; i++) d[at + i] = (float) (double) (s[f + i] & 0xffffffffL); },
				(s, at, a, f, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[f + i] = (int) (long) clamped(s[at + i], min, max); },
				(s, at, a, f, n) -> { final int[] d = (int[]) a; for (int i = 0; i < n; i++) d[f + i] = (int) (long) clamped(s[at + i], min, max); },
				null, PixelArrays::gatherInts);
			case FLOAT32: return new PixelArrays(kind,
				(a, f, d, at, n) -> { final float[] s = (float[]) a; for (int i = 0; i < n; i++) d[at + i] = s[f + i]; },
				(a, f, d, at, n) -> System.arraycopy(a, f, d, at, n),
				(s, at, a, f, n) -> { final float[] d = (float[]) a; for (int i = 0; i < n; i++) d[f + i] = (float) s[at + i]; },
				(s, at, a, f, n) -> System.arraycopy(s, at, a, f, n),
				null, PixelArrays::gatherFloats);
			default: return new PixelArrays(kind,
				(a, f, d, at, n) -> System.arraycopy(a, f, d, at, n),
				(a, f, d, at, n) -> { final double[] s = (double[]) a; for (int i = 0; i < n; i++) d[at + i] = (float) s[f + i]; },
				(s, at, a, f, n) -> System.arraycopy(s, at, a, f, n),
				(s, at, a, f, n) -> { final double[] d = (double[]) a; for (int i = 0; i < n; i++) d[f + i] = s[at + i]; },
				null, PixelArrays::gatherDoubles);
		}
	}

	PixelKind kind() {
		return kind;
	}

	/** A new array of the kind's storage type, of {@code n} values. */
	Object allocate(final int n) {
		switch (kind) {
			case UINT8: case INT8: return new byte[n];
			case UINT16: case INT16: return new short[n];
			case INT32: case UINT32: return new int[n];
			case FLOAT32: return new float[n];
			default: return new double[n];
		}
	}

	/** See {@link ToDoubles}: what {@code getRealDouble} reads. */
	void toDoubles(final Object array, final int from, final double[] dst, final int at, final int n) {
		toDoubles.read(array, from, dst, at, n);
	}

	/** See {@link ToFloats}: what {@code setReal(getRealDouble())} on a float pixel stores. */
	void toFloats(final Object array, final int from, final float[] dst, final int at, final int n) {
		toFloats.read(array, from, dst, at, n);
	}

	/** See {@link FromDoubles}: rounded half up and saturated for integer kinds, NaN as 0. */
	void fromDoubles(final double[] src, final int at, final Object array, final int from, final int n) {
		fromDoubles.write(src, at, array, from, n);
	}

	/** See {@link FromFloats}: rounded half up and saturated for integer kinds, NaN as 0. */
	void fromFloats(final float[] src, final int at, final Object array, final int from, final int n) {
		fromFloats.write(src, at, array, from, n);
	}

	/** Whether values of this kind index tables ({@link #entries}): integer kinds of at most 16 bits. */
	boolean isIndexed() {
		return toIndices != null;
	}

	/** The number of values of an indexed kind: the size of a table over them. */
	int entries() {
		return 1 << (8 * kind.bytesPerPixel());
	}

	/** The value that index {@code index} of an indexed kind stands for. */
	double valueOf(final int index) {
		return lowest + index;
	}

	/** See {@link ToIndices}; only for {@link #isIndexed} kinds. */
	void toIndices(final Object array, final int from, final int[] dst, final int at, final int n) {
		toIndices.read(array, from, dst, at, n);
	}

	/**
	 * Adds the {@code n} stored values of {@code array} from {@code from} to
	 * {@code counts}, by table index ({@link #toIndices}: value − lowest value);
	 * only for {@link #isIndexed} kinds. Straight from the stored bits: an
	 * index is the value with its sign bit flipped (signed kinds), masked.
	 */
	void count(final Object array, final int from, final int n, final int[] counts) {
		final int flip = lowest < 0 ? entries() >>> 1 : 0;
		if (array instanceof byte[]) {
			final byte[] s = (byte[]) array;
			for (int i = 0; i < n; i++)
				counts[(s[from + i] ^ flip) & 0xff]++;
		}
		else {
			final short[] s = (short[]) array;
			for (int i = 0; i < n; i++)
				counts[(s[from + i] ^ flip) & 0xffff]++;
		}
	}

	/** See {@link Gather}: the table and {@code dst} are arrays of this kind's storage type. */
	void gather(final Object table, final int[] indices, final int n, final Object dst, final int at) {
		gather.gather(table, indices, n, dst, at);
	}

	/**
	 * Copies {@code n} stored values {@code src[from + i·step]} into
	 * {@code dst[at + i]} (a row walked along any axis of the storage, forwards
	 * or backwards); both arrays of one storage type.
	 */
	static void copyStrided(final Object src, final int from, final int step, final Object dst, final int at, final int n) {
		if (step == 1) System.arraycopy(src, from, dst, at, n);
		else if (step == -1) copyBackwards(src, from, dst, at, n);
		else if (src instanceof byte[]) { final byte[] s = (byte[]) src, d = (byte[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from + i * step]; }
		else if (src instanceof short[]) { final short[] s = (short[]) src, d = (short[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from + i * step]; }
		else if (src instanceof int[]) { final int[] s = (int[]) src, d = (int[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from + i * step]; }
		else if (src instanceof float[]) { final float[] s = (float[]) src, d = (float[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from + i * step]; }
		else if (src instanceof double[]) { final double[] s = (double[]) src, d = (double[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from + i * step]; }
		else throw new IllegalArgumentException("not a pixel storage array: " + (src == null ? "null" : src.getClass().getName()));
	}

	/** {@link #copyStrided} by −1 (a row flipped in X): a constant step lets the JIT drop the bounds checks. */
	private static void copyBackwards(final Object src, final int from, final Object dst, final int at, final int n) {
		if (src instanceof byte[]) { final byte[] s = (byte[]) src, d = (byte[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from - i]; }
		else if (src instanceof short[]) { final short[] s = (short[]) src, d = (short[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from - i]; }
		else if (src instanceof int[]) { final int[] s = (int[]) src, d = (int[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from - i]; }
		else if (src instanceof float[]) { final float[] s = (float[]) src, d = (float[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from - i]; }
		else { final double[] s = (double[]) src, d = (double[]) dst; for (int i = 0; i < n; i++) d[at + i] = s[from - i]; }
	}

	/**
	 * Writes 1 into {@code dst[at + i]} where stored value {@code from + i} of
	 * {@code array} is not zero (NaN is not zero), else 0, for {@code i < n}: a
	 * mask's foreground. Any storage type: a stored integer is zero exactly
	 * when its value is.
	 */
	static void nonZero(final Object array, final int from, final byte[] dst, final int at, final int n) {
		if (array instanceof byte[]) { final byte[] s = (byte[]) array; for (int i = 0; i < n; i++) dst[at + i] = (byte) (s[from + i] != 0 ? 1 : 0); }
		else if (array instanceof short[]) { final short[] s = (short[]) array; for (int i = 0; i < n; i++) dst[at + i] = (byte) (s[from + i] != 0 ? 1 : 0); }
		else if (array instanceof int[]) { final int[] s = (int[]) array; for (int i = 0; i < n; i++) dst[at + i] = (byte) (s[from + i] != 0 ? 1 : 0); }
		else if (array instanceof float[]) { final float[] s = (float[]) array; for (int i = 0; i < n; i++) dst[at + i] = (byte) (s[from + i] != 0 ? 1 : 0); }
		else if (array instanceof double[]) { final double[] s = (double[]) array; for (int i = 0; i < n; i++) dst[at + i] = (byte) (s[from + i] != 0 ? 1 : 0); }
		else throw new IllegalArgumentException("not a pixel storage array: " + (array == null ? "null" : array.getClass().getName()));
	}

	/** A new image of {@code kind}, X fastest in one array ({@link #storage}). */
	static <T extends RealType<T> & NativeType<T>> ArrayImg<T, ?> newImage(final PixelKind kind, final long... dims) {
		return new ArrayImgFactory<>(kind.<T> createType()).create(dims);
	}

	/**
	 * {@code image} when it is an {@link ArrayImg} of {@code kind} (X fastest
	 * in one array, as {@link #newImage} makes them), which a loop can write
	 * through {@link #storage}; otherwise {@code null}.
	 */
	@SuppressWarnings("unchecked")
	static <T extends RealType<T> & NativeType<T>> ArrayImg<T, ?> flatImage(final Object image, final PixelKind kind) {
		if (!(image instanceof ArrayImg) || kind == null) return null;
		final ArrayImg<?, ?> img = (ArrayImg<?, ?>) image;
		final Object access = img.update(null);
		if (!(access instanceof ArrayDataAccess) || PixelKind.of(img.firstElement()) != kind) return null;
		final Object array = ((ArrayDataAccess<?>) access).getCurrentStorageArray();
		return array.getClass() == of(kind).allocate(0).getClass() ? (ArrayImg<T, ?>) img : null;
	}

	/** The one primitive array behind an {@link ArrayImg} (shared, not copied). */
	static Object storage(final ArrayImg<?, ?> image) {
		return ((ArrayDataAccess<?>) image.update(null)).getCurrentStorageArray();
	}

	/**
	 * {@link FloatVolume#roundAndSaturate} for loops that cast the result to an
	 * integer type: the value clamped to [{@code min}, {@code max}] (whole
	 * numbers) then rounded half up, which equals rounding then clamping; NaN
	 * stays NaN, which the cast turns into 0. Cheaper: no NaN test.
	 */
	private static double clamped(final double v, final double min, final double max) {
		return Math.floor((v < min ? min : v > max ? max : v) + 0.5);
	}

	private static void gatherBytes(final Object t, final int[] idx, final int n, final Object d, final int at) {
		final byte[] v = (byte[]) t;
		final byte[] o = (byte[]) d;
		for (int i = 0; i < n; i++)
			o[at + i] = v[idx[i]];
	}

	private static void gatherShorts(final Object t, final int[] idx, final int n, final Object d, final int at) {
		final short[] v = (short[]) t;
		final short[] o = (short[]) d;
		for (int i = 0; i < n; i++)
			o[at + i] = v[idx[i]];
	}

	private static void gatherInts(final Object t, final int[] idx, final int n, final Object d, final int at) {
		final int[] v = (int[]) t;
		final int[] o = (int[]) d;
		for (int i = 0; i < n; i++)
			o[at + i] = v[idx[i]];
	}

	private static void gatherFloats(final Object t, final int[] idx, final int n, final Object d, final int at) {
		final float[] v = (float[]) t;
		final float[] o = (float[]) d;
		for (int i = 0; i < n; i++)
			o[at + i] = v[idx[i]];
	}

	private static void gatherDoubles(final Object t, final int[] idx, final int n, final Object d, final int at) {
		final double[] v = (double[]) t;
		final double[] o = (double[]) d;
		for (int i = 0; i < n; i++)
			o[at + i] = v[idx[i]];
	}
}
