package io.github.fijidispatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Loop shapes for the max projection along z (issue #14), stand-alone: which
 * of them HotSpot's auto-vectoriser (SuperWord) turns into SIMD on the JVM
 * that runs this. Each shape folds the 64 planes of a uniform random
 * 256×256×64 volume into a max plane, 4096 pixels at a time (the projection's
 * chunk), on one thread; every shape's result is checked against the scalar
 * fold first (a wrong shape throws). Prints the median CPU time of the calling
 * thread per fold over {@code repeats} folds after 300 warm-up folds.
 * <p>
 * Run: {@code java -cp target/test-classes io.github.fijidispatch.bench.ProjectionFoldShapes [repeats]},
 * once per JVM, and with {@code -XX:-UseSuperWord} to see which shapes are
 * vectorised (those whose time changes).
 * </p>
 */
public final class ProjectionFoldShapes {

	private static final int PLANE = 256 * 256;
	private static final int PLANES = 64;
	private static final int CHUNK = 4096;

	private final short[][] shorts = new short[PLANES][PLANE];
	private final int[][] ints = new int[PLANES][PLANE];
	private final float[][] floats = new float[PLANES][PLANE];
	private final short[] shortOut = new short[PLANE];
	private final int[] intOut = new int[PLANE];
	private final float[] floatOut = new float[PLANE];
	private final char[] charRun = new char[CHUNK];
	private final char[] borrows = new char[CHUNK];
	private final int[] intRun = new int[CHUNK];

	private ProjectionFoldShapes() {
		final Random random = new Random(14);
		for (int k = 0; k < PLANES; k++)
			for (int i = 0; i < PLANE; i++) {
				shorts[k][i] = (short) random.nextInt(1 << 16);
				ints[k][i] = random.nextInt();
				floats[k][i] = random.nextFloat();
			}
	}

	/** The projection's uint16 loop today: both runs at their own offsets, compared masked. */
	private static void maskedMax(final short[] s, final int from, final short[] d, final int at, final int n) {
		for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.max(d[at + i] & 0xffff, s[from + i] & 0xffff);
	}

	/** An int16 fold: compared as stored. */
	private static void signedMax(final short[] s, final int from, final short[] d, final int at, final int n) {
		for (int i = 0; i < n; i++)
			d[at + i] = (short) Math.max(d[at + i], s[from + i]);
	}

	/** Into an int run of the chunk (so the two runs differ in type and offset). */
	private static void intRunMax(final short[] s, final int from, final int[] d, final int n) {
		for (int i = 0; i < n; i++)
			d[i] = Math.max(d[i], s[from + i] & 0xffff);
	}

	/**
	 * Two passes per plane into a char run: the borrow word of
	 * {@code run − value} (bit 15 set iff run < value, unsigned), then a
	 * select through the mask from that bit. Only add, and, or, xor and a
	 * shift of a loaded value: operations that stay within 16-bit lanes.
	 */
	private static void borrowSelect(final short[] s, final int from, final char[] run, final char[] borrow,
		final int n)
	{
		for (int i = 0; i < n; i++) {
			final int x = run[i], y = s[from + i];
			borrow[i] = (char) ((~x & y) | (~(x ^ y) & (x - y)));
		}
		for (int i = 0; i < n; i++) {
			final int x = run[i], y = s[from + i];
			run[i] = (char) (x ^ ((x ^ y) & -(borrow[i] >>> 15)));
		}
	}

	private static void intMax(final int[] s, final int from, final int[] d, final int at, final int n) {
		for (int i = 0; i < n; i++)
			d[at + i] = Math.max(d[at + i], s[from + i]);
	}

	private static void floatMax(final float[] s, final int from, final float[] d, final int at, final int n) {
		for (int i = 0; i < n; i++)
			d[at + i] = Math.max(d[at + i], s[from + i]);
	}

	private void masked() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			System.arraycopy(shorts[0], c, shortOut, c, CHUNK);
			for (int k = 1; k < PLANES; k++)
				maskedMax(shorts[k], c, shortOut, c, CHUNK);
		}
	}

	private void signed() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			System.arraycopy(shorts[0], c, shortOut, c, CHUNK);
			for (int k = 1; k < PLANES; k++)
				signedMax(shorts[k], c, shortOut, c, CHUNK);
		}
	}

	private void intRun() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			Arrays.fill(intRun, 0);
			for (int k = 0; k < PLANES; k++)
				intRunMax(shorts[k], c, intRun, CHUNK);
			for (int i = 0; i < CHUNK; i++)
				shortOut[c + i] = (short) intRun[i];
		}
	}

	private void borrowSelect() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			for (int i = 0; i < CHUNK; i++)
				charRun[i] = (char) shorts[0][c + i];
			for (int k = 1; k < PLANES; k++)
				borrowSelect(shorts[k], c, charRun, borrows, CHUNK);
			for (int i = 0; i < CHUNK; i++)
				shortOut[c + i] = (short) charRun[i];
		}
	}

	private void ints() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			System.arraycopy(ints[0], c, intOut, c, CHUNK);
			for (int k = 1; k < PLANES; k++)
				intMax(ints[k], c, intOut, c, CHUNK);
		}
	}

	private void floats() {
		for (int c = 0; c < PLANE; c += CHUNK) {
			System.arraycopy(floats[0], c, floatOut, c, CHUNK);
			for (int k = 1; k < PLANES; k++)
				floatMax(floats[k], c, floatOut, c, CHUNK);
		}
	}

	/** One copy of the uint16 volume's planes: the memory floor of the fold. */
	private void copy() {
		for (int k = 0; k < PLANES; k++)
			System.arraycopy(shorts[k], 0, shortOut, 0, PLANE);
	}

	/** The unsigned max plane, by the plainest loop. */
	private short[] expectedUnsignedMax() {
		final short[] max = new short[PLANE];
		for (int i = 0; i < PLANE; i++) {
			int m = 0;
			for (int k = 0; k < PLANES; k++)
				m = Math.max(m, shorts[k][i] & 0xffff);
			max[i] = (short) m;
		}
		return max;
	}

	private void check(final String shape, final Runnable fold) {
		Arrays.fill(shortOut, (short) 0);
		fold.run();
		if (!Arrays.equals(expectedUnsignedMax(), shortOut)) throw new AssertionError(shape + " folds a wrong max");
	}

	private static double medianMs(final Runnable fold, final int repeats) {
		final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int w = 0; w < 300; w++)
			fold.run();
		final long[] times = new long[repeats];
		for (int r = 0; r < repeats; r++) {
			final long start = threads.getCurrentThreadCpuTime();
			fold.run();
			times[r] = threads.getCurrentThreadCpuTime() - start;
		}
		Arrays.sort(times);
		return times[repeats / 2] / 1e6;
	}

	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 41;
		final ProjectionFoldShapes shapes = new ProjectionFoldShapes();
		shapes.check("masked", shapes::masked);
		shapes.check("intRun", shapes::intRun);
		shapes.check("borrowSelect", shapes::borrowSelect);
		final Map<String, Runnable> folds = new LinkedHashMap<>();
		folds.put("u16 masked Math.max (today)", shapes::masked);
		folds.put("i16 Math.max as stored", shapes::signed);
		folds.put("u16 into an int run", shapes::intRun);
		folds.put("u16 borrow+select, char run", shapes::borrowSelect);
		folds.put("i32 Math.max", shapes::ints);
		folds.put("f32 Math.max", shapes::floats);
		folds.put("copy (floor)", shapes::copy);
		System.out.println("java " + System.getProperty("java.version") + ", median CPU ms per 256x256x64 fold");
		for (final Map.Entry<String, Runnable> fold : folds.entrySet())
			System.out.printf("%-32s %7.3f%n", fold.getKey(), medianMs(fold.getValue(), repeats));
	}
}
