package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ij.ImagePlus;
import ij.ImageStack;
import ij.Prefs;
import ij.plugin.Filters3D;
import ij.plugin.GaussianBlur3D;
import ij.plugin.Scaler;
import ij.plugin.ZProjector;
import ij.plugin.filter.Binary;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.AutoThresholder;
import ij.process.Blitter;
import ij.process.ByteProcessor;
import ij.process.ImageConverter;
import ij.process.ImageProcessor;
import ij.process.StackConverter;
import ij.process.StackStatistics;

/**
 * The benchmark cases: ops with σ or radius 2 (binary morphology radius 1,
 * ImageJ 1's 3×3), each with its ImageJ 1.54 built-in peer where one exists.
 * Rank filters use the sphere (disc) shape, as ImageJ 1's circular kernels.
 */
public final class BenchCatalog {

	/** The ops run when {@code --ops} is not given: quick enough for a few minutes on 2 cores. */
	public static final List<String> DEFAULT_OPS = Arrays.asList("filter.gauss", "filter.median", "filter.mean",
		"morphology.erode", "threshold.auto", "project.max", "transform.flip", "convert.type");

	private final Map<String, BenchCase> cases = new LinkedHashMap<>();

	public BenchCatalog() {
		add("filter.gauss", params("sigma", 2), false, "GaussianBlur.blurGaussian / GaussianBlur3D.blur", imp -> {
			if (imp.getStackSize() == 1) return () -> new GaussianBlur().blurGaussian(imp.getProcessor(), 2, 2, 0.002);
			return () -> GaussianBlur3D.blur(imp, 2, 2, 2);
		});
		rank("filter.median", RankFilters.MEDIAN, Filters3D.MEDIAN);
		rank("filter.mean", RankFilters.MEAN, Filters3D.MEAN);
		rank("filter.min", RankFilters.MIN, Filters3D.MIN);
		rank("filter.max", RankFilters.MAX, Filters3D.MAX);
		rank("filter.variance", RankFilters.VARIANCE, Filters3D.VAR);
		add("filter.sobel", params(), false, "ImageProcessor.findEdges (2D; ImageJ 1 has no 3D Sobel)", imp -> imp
			.getStackSize() > 1 ? null : () -> imp.getProcessor().findEdges());
		final Map<String, Object> topHat = params("radius", 2);
		topHat.put("shape", "sphere");
		add("filter.tophat", topHat, false, "RankFilters.rank(TOP_HAT)", imp -> imp.getStackSize() > 1 ? null
			: () -> new RankFilters().rank(imp.getProcessor(), 2, RankFilters.TOP_HAT));
		binary("morphology.erode", true);
		binary("morphology.dilate", false);
		add("morphology.open", params("radius", 1), true, "ByteProcessor.erode + dilate / Filters3D MIN + MAX", imp -> {
			if (imp.getStackSize() > 1) return () -> Filters3D.filter(Filters3D.filter(imp.getStack(), Filters3D.MIN, 1, 1, 1),
				Filters3D.MAX, 1, 1, 1);
			final ByteProcessor bp = (ByteProcessor) imp.getProcessor();
			return () -> {
				bp.erode(1, 0);
				bp.dilate(1, 0);
			};
		});
		add("morphology.close", params("radius", 1), true, "ByteProcessor.dilate + erode / Filters3D MAX + MIN", imp -> {
			if (imp.getStackSize() > 1) return () -> Filters3D.filter(Filters3D.filter(imp.getStack(), Filters3D.MAX, 1, 1, 1),
				Filters3D.MIN, 1, 1, 1);
			final ByteProcessor bp = (ByteProcessor) imp.getProcessor();
			return () -> {
				bp.dilate(1, 0);
				bp.erode(1, 0);
			};
		});
		add("morphology.fill_holes", params(), true, "Binary(\"fill\") with black background (2D; ImageJ 1 fills 3D stacks " +
			"slice by slice only)", imp -> imp.getStackSize() > 1 ? null : () -> fillHoles(imp));
		add("threshold.auto", params("method", "Otsu"), false, "AutoThresholder.getThreshold(Otsu) + ImageProcessor.threshold",
			imp -> () -> otsuMask(imp));
		add("threshold.value", params("value", 128), false, "ImageProcessor.threshold", imp -> () -> eachSlice(imp,
			ip -> ip.threshold(128)));
		add("math.add_scalar", params("value", 5), false, "ImageProcessor.add", imp -> () -> eachSlice(imp, ip -> ip.add(5)));
		add("math.multiply_scalar", params("value", 1.5), false, "ImageProcessor.multiply", imp -> () -> eachSlice(imp,
			ip -> ip.multiply(1.5)));
		pairwise("math.add", Blitter.ADD);
		pairwise("math.subtract", Blitter.SUBTRACT);
		pairwise("math.multiply", Blitter.MULTIPLY);
		pairwise("math.divide", Blitter.DIVIDE);
		add("measure.stats", params(), false, "ImageProcessor.getStats / StackStatistics", imp -> imp.getStackSize() > 1
			? () -> new StackStatistics(imp) : () -> imp.getProcessor().getStats());
		projection("project.max", "max");
		projection("project.min", "min");
		projection("project.mean", "avg");
		projection("project.sum", "sum");
		add("transform.flip", params("axes", "x"), false, "ImageProcessor.flipHorizontal", imp -> () -> eachSlice(imp,
			ImageProcessor::flipHorizontal));
		add("transform.rotate90", params("turns", 1), false, "ImageProcessor.rotateRight", imp -> () -> rotateRight(imp));
		add("transform.scale", params("factors", 0.5), false, "ImageProcessor.resize(bilinear) / Scaler", imp -> {
			final int w = imp.getWidth() / 2;
			final int h = imp.getHeight() / 2;
			if (imp.getStackSize() > 1) return () -> Scaler.resize(imp, w, h, imp.getStackSize() / 2, "bilinear");
			return () -> {
				imp.getProcessor().setInterpolationMethod(ImageProcessor.BILINEAR);
				imp.getProcessor().resize(w, h);
			};
		});
		add("convert.type", params("target", "float32"), false, "ImageConverter / StackConverter.convertToGray32", imp -> {
			if (imp.getStackSize() == 1) return () -> new ImageConverter(imp).convertToGray32();
			return () -> new StackConverter(imp).convertToGray32();
		});
	}

	/** The case of an op id, or an IllegalArgumentException listing the benchmarked ops. */
	public BenchCase get(final String opId) {
		final BenchCase c = cases.get(opId);
		if (c == null) throw new IllegalArgumentException("bench: no benchmark case for op '" + opId + "'; benchmarked ops: " +
			String.join(", ", cases.keySet()));
		return c;
	}

	public List<String> opIds() {
		return new ArrayList<>(cases.keySet());
	}

	// -- Helper methods --

	private void add(final String opId, final Map<String, Object> params, final boolean mask, final String peerName,
		final Ij1Peer peer)
	{
		cases.put(opId, new BenchCase(opId, params, mask, peerName, peer));
	}

	private void rank(final String opId, final int type2d, final int type3d) {
		final Map<String, Object> p = params("radius", 2);
		p.put("shape", "sphere");
		add(opId, p, false, "RankFilters.rank / Filters3D.filter", imp -> {
			if (imp.getStackSize() == 1) return () -> new RankFilters().rank(imp.getProcessor(), 2, type2d);
			return () -> Filters3D.filter(imp.getStack(), type3d, 2, 2, 2);
		});
	}

	private void binary(final String opId, final boolean erode) {
		add(opId, params("radius", 1), true, "ByteProcessor." + (erode ? "erode" : "dilate") + "(1, 0) / Filters3D " +
			(erode ? "MIN" : "MAX"), imp -> {
				if (imp.getStackSize() > 1) return () -> Filters3D.filter(imp.getStack(), erode ? Filters3D.MIN : Filters3D.MAX, 1, 1, 1);
				final ByteProcessor bp = (ByteProcessor) imp.getProcessor();
				return erode ? () -> bp.erode(1, 0) : () -> bp.dilate(1, 0);
			});
	}

	/** An op on the image and itself, against ImageJ 1's blitter on each slice and its copy. */
	private void pairwise(final String opId, final int blitterMode) {
		cases.put(opId, new BenchCase(opId, params(), false, 2, "ImageProcessor.copyBits(" + opId.substring(5).toUpperCase() +
			")", imp -> {
				final ImageStack other = imp.getStack().duplicate();
				return () -> {
					final ImageStack stack = imp.getStack();
					for (int s = 1; s <= stack.getSize(); s++)
						stack.getProcessor(s).copyBits(other.getProcessor(s), 0, 0, blitterMode);
				};
			}));
	}

	private void projection(final String opId, final String method) {
		add(opId, params("axis", "z"), false, "ZProjector.run(" + method + ")",
			imp -> imp.getStackSize() == 1 ? null : () -> ZProjector.run(imp, method));
	}

	private static Map<String, Object> params() {
		return new LinkedHashMap<>();
	}

	private static Map<String, Object> params(final String name, final Object value) {
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put(name, value);
		return p;
	}

	private static void eachSlice(final ImagePlus imp, final Consumer<ImageProcessor> work) {
		final ImageStack stack = imp.getStack();
		for (int s = 1; s <= stack.getSize(); s++)
			work.accept(stack.getProcessor(s));
	}

	private static ImageStack rotateRight(final ImagePlus imp) {
		final ImageStack in = imp.getStack();
		final ImageStack out = new ImageStack(in.getHeight(), in.getWidth());
		for (int s = 1; s <= in.getSize(); s++)
			out.addSlice(in.getProcessor(s).rotateRight());
		return out;
	}

	/**
	 * ImageJ's "Fill Holes" with 255 as the foreground, as the op defines it
	 * (ImageJ's default white background would fill the holes of the 0
	 * pixels instead: another image, another amount of work).
	 */
	private static void fillHoles(final ImagePlus imp) {
		final boolean blackBackground = Prefs.blackBackground;
		Prefs.blackBackground = true;
		try {
			final Binary binary = new Binary();
			binary.setup("fill", imp);
			binary.run(imp.getProcessor());
		}
		finally {
			Prefs.blackBackground = blackBackground;
		}
	}

	/** Otsu on the whole image's histogram, then a new 0/255 mask per slice (ImageJ 1's "pixel > level"). */
	private static ImageStack otsuMask(final ImagePlus imp) {
		final ImageStack in = imp.getStack();
		final int[] histogram = new int[256];
		for (int s = 1; s <= in.getSize(); s++) {
			final int[] h = in.getProcessor(s).getHistogram();
			for (int i = 0; i < 256; i++)
				histogram[i] += h[i];
		}
		final int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
		final ImageStack out = new ImageStack(in.getWidth(), in.getHeight());
		for (int s = 1; s <= in.getSize(); s++) {
			final ImageProcessor ip = in.getProcessor(s).duplicate();
			ip.threshold(level);
			out.addSlice(ip);
		}
		return out;
	}
}
