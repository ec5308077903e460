package io.github.fijidispatch.cli.demo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.files.AtomicFile;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * One image the demo segments, with the pipeline steps chosen for it: the
 * bundled {@code coins.png} (2D), the synthetic nuclei stack (3D), or the
 * user's own 2D or 3D image (which gets the steps of its dimensionality).
 */
final class DemoSample {

	/** The bundled 2D sample (no known copyright; see samples/LICENSE.txt). */
	static final String COINS_RESOURCE = "/io/github/fijidispatch/samples/coins.png";

	/**
	 * The 2D steps, chosen on coins.png: σ = 2 smooths the coins' relief; the
	 * top-hat's 61×61 px box (radius 30) fits inside no coin (the largest,
	 * 3200 px, is about 64 px across), so the opening keeps only the
	 * background, which brightens towards the top and otherwise merges the top
	 * row with it; Otsu then separates all 24 coins (radius 30, 35 and 40 give
	 * the same count).
	 */
	static final List<PipelineStep> STEPS_2D = SegmentationPipeline.steps(2, new int[] { 30, 30 }, "Otsu");

	/**
	 * The 3D steps, chosen for {@link SyntheticNuclei}: its background is
	 * flat, so there is no top-hat step. NB: a 3D top-hat wider than a nucleus
	 * (a 25×25×17 box) is a brute-force window in the clij2 backend, which
	 * takes many minutes on PoCL.
	 */
	static final List<PipelineStep> STEPS_3D = SegmentationPipeline.steps(1.5, null, "Otsu");

	final String name;
	/** The image's file. */
	final String path;
	/** Where the image comes from, e.g. {@code "bundled, Brooklyn Museum"}. */
	final String origin;
	final RandomAccessibleInterval<? extends RealType<?>> image;
	final List<PipelineStep> steps;
	/** The number of objects known by construction, or -1 when unknown. */
	final int knownObjects;

	private DemoSample(final String name, final String path, final String origin,
		final RandomAccessibleInterval<? extends RealType<?>> image, final List<PipelineStep> steps, final int knownObjects)
	{
		this.name = name;
		this.path = path;
		this.origin = origin;
		this.image = image;
		this.steps = steps;
		this.knownObjects = knownObjects;
	}

	/** The bundled coins.png, extracted into {@code outDir} (so that the user can open it). */
	static DemoSample coins(final File outDir) throws IOException {
		final File target = new File(outDir, "coins.png");
		try (InputStream in = DemoSample.class.getResourceAsStream(COINS_RESOURCE)) {
			if (in == null) throw new IllegalStateException("the bundled sample " + COINS_RESOURCE + " is missing from the jar");
			AtomicFile.copy(in, target.toPath());
		}
		return new DemoSample("coins", target.getPath(), "bundled, Brooklyn Museum", ImageFiles.read(target.getPath()),
			STEPS_2D, -1);
	}

	/** The synthetic nuclei stack, also written into {@code outDir} as {@code nuclei.tif}. */
	static DemoSample nuclei(final File outDir) throws IOException {
		final SyntheticNuclei nuclei = SyntheticNuclei.demo();
		final File target = new File(outDir, "nuclei.tif");
		final RandomAccessibleInterval<? extends RealType<?>> image = nuclei.image();
		ImageFiles.write(image, target.getPath());
		return new DemoSample("nuclei", target.getPath(), String.format(Locale.ROOT, "synthetic: %d nuclei, seed %d",
			nuclei.count(), SyntheticNuclei.SEED), image, STEPS_3D, nuclei.count());
	}

	/**
	 * The user's image: 2D gets the coins' steps, 3D the nuclei's.
	 *
	 * @throws IllegalArgumentException for other dimensionalities, naming the file
	 */
	static DemoSample of(final String path) {
		final RandomAccessibleInterval<? extends RealType<?>> image = ImageFiles.read(path);
		final int n = image.numDimensions();
		if (n != 2 && n != 3) throw new IllegalArgumentException("demo --input '" + path + "' has " + n +
			" dimensions; the demo segments 2D or 3D images");
		final String name = new File(path).getName().replaceFirst("\\.[^.]*$", "");
		return new DemoSample(name.isEmpty() ? "input" : name, path, "yours", image, n == 2 ? STEPS_2D : STEPS_3D, -1);
	}

	/** {@code 303×384 uint8}. */
	String describeImage() {
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < image.numDimensions(); d++)
			sb.append(d == 0 ? "" : "×").append(image.dimension(d));
		return sb.append(' ').append(HostImages.describe(image).kind().id()).toString();
	}
}
