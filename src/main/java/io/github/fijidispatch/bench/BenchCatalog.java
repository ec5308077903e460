package io.github.fijidispatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.Filters3D;
import ij.plugin.GaussianBlur3D;
import ij.plugin.ZProjector;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.ImageConverter;
import ij.process.ImageProcessor;
import ij.process.StackConverter;

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
		binary("morphology.erode", true);
		binary("morphology.dilate", false);
		add("threshold.auto", params("method", "Otsu"), false, "AutoThresholder.getThreshold(Otsu) + ImageProcessor.threshold",
			imp -> () -> otsuMask(imp));
		projection("project.max", "max");
		projection("project.min", "min");
		projection("project.mean", "avg");
		projection("project.sum", "sum");
		add("transform.flip", params("axes", "x"), false, "ImageProcessor.flipHorizontal", imp -> () -> eachSlice(imp,
			ImageProcessor::flipHorizontal));
		add("transform.rotate90", params("turns", 1), false, "ImageProcessor.rotateRight", imp -> () -> rotateRight(imp));
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

	private void projection(final String opId, final String method) {
		add(opId, params("axis", "z"), false, "ZProjector.run(" + method + ")",
			imp -> imp.getStackSize() == 1 ? null : () -> ZProjector.run(imp, method));
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
