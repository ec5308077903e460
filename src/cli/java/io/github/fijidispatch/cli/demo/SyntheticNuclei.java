package io.github.fijidispatch.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/**
 * A deterministic synthetic 3D stack of cell nuclei, the demo's 3D sample: a
 * uint16 volume holding {@link #count()} ellipsoidal nuclei, each with a dark
 * nucleolus inside (a hole for fill holes to close), on a flat background,
 * with Gaussian noise.
 * <p>
 * Contract: the same seed and size give the same pixels on every machine
 * ({@link Random} is specified bit for bit). Nuclei never touch by
 * construction: the centres of any two are at least the sum of their largest
 * radii plus {@value #GAP} px apart, and every nucleus stays {@value #GAP} px
 * away from the volume's faces, so a correct segmentation finds exactly
 * {@link #count()} objects. Placement is rejection sampling; a volume too
 * small for the requested count is refused, never filled with fewer.
 * </p>
 */
public final class SyntheticNuclei {

	/** The demo's seed. */
	public static final long SEED = 17;

	/** The demo's stack: width, height, depth (sized so that the CLIJ2 run on PoCL stays short). */
	public static final int[] DEMO_SIZE = { 256, 256, 64 };

	/** How many nuclei the demo's stack holds. */
	public static final int DEMO_COUNT = 50;

	/** Free space kept between two nuclei and between a nucleus and a face, in px. */
	static final int GAP = 6;

	/** Radii in X and Y, in px. */
	static final int MIN_RADIUS_XY = 6;
	static final int MAX_RADIUS_XY = 9;

	/** Radii in Z, in px (stacks are usually sampled more coarsely in Z). */
	static final int MIN_RADIUS_Z = 4;
	static final int MAX_RADIUS_Z = 6;

	private static final int ATTEMPTS_PER_NUCLEUS = 2000;
	static final double BACKGROUND = 300;
	static final double NUCLEUS_MIN = 1200;
	private static final double NUCLEUS_SPREAD = 800;
	static final double NOISE = 60;

	private final int[] size;
	private final List<Nucleus> nuclei;
	private final long seed;

	private SyntheticNuclei(final int[] size, final List<Nucleus> nuclei, final long seed) {
		this.size = size.clone();
		this.nuclei = Collections.unmodifiableList(nuclei);
		this.seed = seed;
	}

	/** The demo's stack: {@link #DEMO_COUNT} nuclei in {@link #DEMO_SIZE}, seed {@link #SEED}. */
	public static SyntheticNuclei demo() {
		return place(SEED, DEMO_SIZE, DEMO_COUNT);
	}

	/**
	 * Places {@code count} non-touching nuclei in a volume of this size.
	 *
	 * @throws IllegalArgumentException when the volume cannot hold them
	 */
	public static SyntheticNuclei place(final long seed, final int[] size, final int count) {
		if (size.length != 3) throw new IllegalArgumentException("synthetic nuclei need a 3D size, got " + size.length + "D");
		final Random random = new Random(seed);
		final List<Nucleus> placed = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			Nucleus next = null;
			for (int attempt = 0; attempt < ATTEMPTS_PER_NUCLEUS && next == null; attempt++) {
				final Nucleus candidate = Nucleus.random(random, size);
				if (candidate.isFreeOf(placed)) next = candidate;
			}
			if (next == null) throw new IllegalArgumentException(String.format(
				"synthetic nuclei: %d×%d×%d px holds only %d non-touching nuclei, %d were asked for", size[0], size[1],
				size[2], placed.size(), count));
			placed.add(next);
		}
		return new SyntheticNuclei(size, placed, seed);
	}

	/** How many nuclei there are: the number of objects a correct segmentation finds. */
	public int count() {
		return nuclei.size();
	}

	/** The volume's width, height and depth. */
	public int[] size() {
		return size.clone();
	}

	/** Renders the stack (a new image on each call, the same pixels each time). */
	public ArrayImg<UnsignedShortType, ShortArray> image() {
		final int w = size[0];
		final int h = size[1];
		final int d = size[2];
		final double[] values = new double[w * h * d];
		Arrays.fill(values, BACKGROUND);
		for (final Nucleus nucleus : nuclei)
			nucleus.paint(values, size);
		// NB: noise from its own stream, so that the placement does not depend on the noise and vice versa.
		final Random noise = new Random(seed ^ 0x5DEECE66DL);
		final short[] pixels = new short[values.length];
		for (int i = 0; i < values.length; i++)
			pixels[i] = (short) Math.max(0, Math.min(65535, Math.round(values[i] + NOISE * noise.nextGaussian())));
		return ArrayImgs.unsignedShorts(pixels, w, h, d);
	}

	/** One ellipsoidal nucleus with a spherical nucleolus inside. */
	private static final class Nucleus {

		final double[] centre;
		final double[] radii;
		final double brightness;
		final double[] nucleolus;
		final double nucleolusRadius;

		private Nucleus(final double[] centre, final double[] radii, final double brightness, final double[] nucleolus,
			final double nucleolusRadius)
		{
			this.centre = centre;
			this.radii = radii;
			this.brightness = brightness;
			this.nucleolus = nucleolus;
			this.nucleolusRadius = nucleolusRadius;
		}

		static Nucleus random(final Random random, final int[] size) {
			final double[] radii = { uniform(random, MIN_RADIUS_XY, MAX_RADIUS_XY),
				uniform(random, MIN_RADIUS_XY, MAX_RADIUS_XY), uniform(random, MIN_RADIUS_Z, MAX_RADIUS_Z) };
			final double[] centre = new double[3];
			for (int a = 0; a < 3; a++)
				centre[a] = uniform(random, radii[a] + GAP, size[a] - 1 - radii[a] - GAP);
			final double brightness = NUCLEUS_MIN + NUCLEUS_SPREAD * random.nextDouble();
			// NB: a nucleolus of a third of the smallest radius, off centre but well inside the nucleus.
			final double nucleolusRadius = Math.min(radii[0], Math.min(radii[1], radii[2])) / 3 + 0.5;
			final double[] nucleolus = new double[3];
			for (int a = 0; a < 3; a++)
				nucleolus[a] = centre[a] + (random.nextDouble() - 0.5) * radii[a] * 0.4;
			return new Nucleus(centre, radii, brightness, nucleolus, nucleolusRadius);
		}

		private static double uniform(final Random random, final double min, final double max) {
			return min + (max - min) * random.nextDouble();
		}

		private double largestRadius() {
			return Math.max(radii[0], Math.max(radii[1], radii[2]));
		}

		boolean isFreeOf(final List<Nucleus> others) {
			for (final Nucleus o : others) {
				double squared = 0;
				for (int a = 0; a < 3; a++)
					squared += (centre[a] - o.centre[a]) * (centre[a] - o.centre[a]);
				final double apart = largestRadius() + o.largestRadius() + GAP;
				if (squared < apart * apart) return false;
			}
			return true;
		}

		void paint(final double[] values, final int[] size) {
			final int[] from = new int[3];
			final int[] to = new int[3];
			for (int a = 0; a < 3; a++) {
				from[a] = (int) Math.floor(centre[a] - radii[a]);
				to[a] = (int) Math.ceil(centre[a] + radii[a]);
			}
			for (int z = from[2]; z <= to[2]; z++)
				for (int y = from[1]; y <= to[1]; y++)
					for (int x = from[0]; x <= to[0]; x++) {
						final double dx = (x - centre[0]) / radii[0];
						final double dy = (y - centre[1]) / radii[1];
						final double dz = (z - centre[2]) / radii[2];
						if (dx * dx + dy * dy + dz * dz > 1) continue;
						final double nx = x - nucleolus[0];
						final double ny = y - nucleolus[1];
						final double nz = z - nucleolus[2];
						final boolean inNucleolus = nx * nx + ny * ny + nz * nz <= nucleolusRadius * nucleolusRadius;
						final int i = (z * size[1] + y) * size[0] + x;
						values[i] = inNucleolus ? values[i] : values[i] + brightness;
					}
		}
	}
}
