package io.github.fijidispatch.backend.imglib2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.ij.ImagePlusImages;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.Filters3D;
import ij.plugin.GaussianBlur3D;
import ij.plugin.ZProjector;
import ij.plugin.filter.Binary;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.AutoThresholder;
import ij.process.Blitter;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageConverter;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import ij.process.StackConverter;
import ij.process.StackStatistics;

import net.imglib2.img.Img;

import org.scijava.Context;

/**
 * The reference backend against its ImageJ 1.54 counterparts on 2048² and
 * 256×256×64 images, σ or radius 2 (binary morphology: radius 1 box, ImageJ's
 * 3×3): one warm-up run each, then {@code repeats} runs interleaved (ours,
 * ImageJ 1, ours, ...), the median printed as a markdown table. Inputs are
 * ImagePlus images wrapped without copying, as Fiji passes them. A main, not a
 * test: it asserts nothing. Arguments: {@code [repeats] [op-id-substring ...]}.
 */
public final class ReferenceSpeedBenchmark {

	private static final int[] SIZE_2D = { 2048, 2048 };
	private static final int[] SIZE_3D = { 256, 256, 64 };

	private final DispatchService dispatch;
	private final int repeats;
	private final List<String> filters;

	private ReferenceSpeedBenchmark(final DispatchService dispatch, final int repeats, final List<String> filters) {
		this.dispatch = dispatch;
		this.repeats = repeats;
		this.filters = filters;
	}

	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		final List<String> filters = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : new ArrayList<>();
		try (Context context = new Context(DispatchService.class)) {
			final ReferenceSpeedBenchmark b = new ReferenceSpeedBenchmark(context.service(DispatchService.class), repeats,
				filters);
			System.out.println("| op | input | ours ms | ImageJ 1 ms | ImageJ 1 peer | ours / IJ1 |");
			System.out.println("|---|---|---:|---:|---|---:|");
			for (final int[] size : new int[][] { SIZE_2D, SIZE_3D })
				b.runAll(size);
		}
		// NB: ImageJ's RankFilters leaves non-daemon worker threads behind
		System.exit(0);
	}

	private void runAll(final int[] size) {
		final boolean is3d = size.length == 3;
		final ImagePlus grey8 = image(ImagePlus.GRAY8, size, 1);
		final ImagePlus grey16 = image(ImagePlus.GRAY16, size, 2);
		final ImagePlus grey32 = image(ImagePlus.GRAY32, size, 3);
		final ImagePlus mask = mask(size, 4);
		final String[] rankOps = { "filter.median", "filter.mean", "filter.min", "filter.max", "filter.variance" };
		final int[] types2d = { RankFilters.MEDIAN, RankFilters.MEAN, RankFilters.MIN, RankFilters.MAX, RankFilters.VARIANCE };
		final int[] types3d = { Filters3D.MEDIAN, Filters3D.MEAN, Filters3D.MIN, Filters3D.MAX, Filters3D.VAR };
		compare("filter.gauss", grey8, params("sigma", 2), is3d ? "GaussianBlur3D.blur" : "GaussianBlur.blurGaussian",
			imp -> is3d ? () -> GaussianBlur3D.blur(imp, 2, 2, 2) : () -> new GaussianBlur().blurGaussian(imp.getProcessor(), 2,
				2, 0.002));
		compare("filter.gauss", grey32, params("sigma", 2), is3d ? "GaussianBlur3D.blur" : "GaussianBlur.blurGaussian",
			imp -> is3d ? () -> GaussianBlur3D.blur(imp, 2, 2, 2) : () -> new GaussianBlur().blurGaussian(imp.getProcessor(), 2,
				2, 0.002));
		for (int i = 0; i < rankOps.length; i++) {
			final int t2 = types2d[i];
			final int t3 = types3d[i];
			for (final ImagePlus in : rankOps[i].equals("filter.median") ? new ImagePlus[] { grey8, grey16, grey32 }
				: new ImagePlus[] { grey8 })
				compare(rankOps[i], in, params("radius", 2, "shape", "sphere"), is3d ? "Filters3D.filter" : "RankFilters.rank",
					imp -> is3d ? () -> Filters3D.filter(imp.getStack(), t3, 2, 2, 2) : () -> new RankFilters().rank(imp
						.getProcessor(), 2, t2));
		}
		compare("filter.sobel", grey8, params(), "ImageProcessor.findEdges", imp -> () -> eachSlice(imp,
			ImageProcessor::findEdges));
		compare("morphology.erode", mask, params("radius", 1, "shape", "box"), is3d ? "Filters3D MIN 1" : "ByteProcessor.erode",
			imp -> is3d ? () -> Filters3D.filter(imp.getStack(), Filters3D.MIN, 1, 1, 1) : () -> ((ByteProcessor) imp
				.getProcessor()).erode(1, 0));
		compare("morphology.dilate", mask, params("radius", 1, "shape", "box"), is3d ? "Filters3D MAX 1"
			: "ByteProcessor.dilate", imp -> is3d ? () -> Filters3D.filter(imp.getStack(), Filters3D.MAX, 1, 1, 1)
				: () -> ((ByteProcessor) imp.getProcessor()).dilate(1, 0));
		compare("morphology.open", mask, params("radius", 1, "shape", "box"), "ByteProcessor.erode+dilate",
			imp -> is3d ? null : () -> {
				final ByteProcessor bp = (ByteProcessor) imp.getProcessor();
				bp.erode(1, 0);
				bp.dilate(1, 0);
			});
		compare("morphology.fill_holes", mask, params(), "Binary(\"fill\"), black background", imp -> {
			// NB: 255 is the foreground, as the op defines it (ImageJ's default would fill the 0 pixels' holes)
			final Binary binary = new Binary();
			return () -> {
				final boolean blackBackground = ij.Prefs.blackBackground;
				ij.Prefs.blackBackground = true;
				try {
					binary.setup("fill", imp);
					eachSlice(imp, binary::run);
				}
				finally {
					ij.Prefs.blackBackground = blackBackground;
				}
			};
		});
		compare("threshold.auto", grey8, params("method", "Otsu"), "AutoThresholder(Otsu)+threshold", imp -> () -> otsuMask(
			imp));
		compare("threshold.value", grey8, params("value", 100), "ImageProcessor.threshold", imp -> () -> eachSlice(imp,
			ip -> ip.threshold(100)));
		compare("math.add_scalar", grey8, params("value", 5), "ImageProcessor.add", imp -> () -> eachSlice(imp, ip -> ip.add(
			5)));
		compare("math.multiply_scalar", grey32, params("value", 1.5), "ImageProcessor.multiply", imp -> () -> eachSlice(imp,
			ip -> ip.multiply(1.5)));
		compare("math.add", grey8, params(), "Blitter.ADD", imp -> () -> eachSlice(imp, ip -> ip.copyBits(ip, 0, 0,
			Blitter.ADD)));
		compare("measure.stats", grey8, params(), is3d ? "StackStatistics" : "ImageProcessor.getStats",
			imp -> is3d ? () -> new StackStatistics(imp) : () -> imp.getProcessor().getStats());
		if (is3d) for (final String m : new String[] { "max", "min", "mean", "sum" })
			compare("project." + m, grey8, params("axis", "z"), "ZProjector.run(" + m + ")", imp -> () -> ZProjector.run(imp,
				m.equals("mean") ? "avg" : m));
		compare("transform.flip", grey8, params("axes", "x"), "ImageProcessor.flipHorizontal", imp -> () -> eachSlice(imp,
			ImageProcessor::flipHorizontal));
		compare("transform.rotate90", grey8, params("turns", 1), "ImageProcessor.rotateRight", imp -> () -> {
			final ImageStack in = imp.getStack();
			final ImageStack out = new ImageStack(in.getHeight(), in.getWidth());
			for (int s = 1; s <= in.getSize(); s++)
				out.addSlice(in.getProcessor(s).rotateRight());
		});
		compare("convert.type", grey8, params("target", "float32"), "convertToGray32", imp -> is3d
			? () -> new StackConverter(imp).convertToGray32() : () -> new ImageConverter(imp).convertToGray32());
		compare("convert.type", grey32, params("target", "uint8"), "convertToGray8", imp -> is3d
			? () -> new StackConverter(imp).convertToGray8() : () -> new ImageConverter(imp).convertToGray8());
		compare("label.components", mask, params("connectivity", "full"), "-", imp -> null);
	}

	/** Times ours and ImageJ 1's peer (given a fresh copy of the input; null: none), interleaved, and prints a row. */
	private void compare(final String op, final ImagePlus input, final Map<String, Object> params, final String peerName,
		final Function<ImagePlus, Runnable> peer)
	{
		if (!filters.isEmpty() && filters.stream().noneMatch(op::contains)) return;
		final Img<?> img = ImagePlusImages.wrap(input);
		final Runnable ours = () -> {
			final OpRequest call = op.equals("math.add") ? dispatch.op(op).inputs(img, img) : dispatch.op(op).input(img);
			params.forEach(call::set);
			call.on(Imglib2Backend.ID).run();
		};
		final long[] oursNs = new long[repeats];
		final long[] ij1Ns = new long[repeats];
		boolean hasPeer = true;
		for (int r = -1; r < repeats; r++) {
			final long o = time(ours);
			final Runnable work = peer.apply(input.duplicate());
			hasPeer = work != null;
			final long p = hasPeer ? time(work) : 0;
			if (r >= 0) {
				oursNs[r] = o;
				ij1Ns[r] = p;
			}
		}
		final double oMs = median(oursNs) / 1e6;
		final double pMs = median(ij1Ns) / 1e6;
		System.out.printf("| %s | %s %s | %.0f | %s | %s | %s |%n", op, kindName(input), sizeName(input), oMs, hasPeer ? String
			.format("%.0f", pMs) : "-", hasPeer ? peerName : "none", hasPeer ? String.format("%.2f", oMs / pMs) : "-");
	}

	private static long time(final Runnable work) {
		final long t0 = System.nanoTime();
		work.run();
		return System.nanoTime() - t0;
	}

	private static double median(final long[] values) {
		final long[] v = values.clone();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
	}

	private static Map<String, Object> params(final Object... nameValues) {
		final Map<String, Object> p = new LinkedHashMap<>();
		for (int i = 0; i < nameValues.length; i += 2)
			p.put((String) nameValues[i], nameValues[i + 1]);
		return p;
	}

	private static ImagePlus image(final int type, final int[] size, final long seed) {
		final Random random = new Random(seed);
		final int depth = size.length > 2 ? size[2] : 1;
		final ImageStack stack = new ImageStack(size[0], size[1]);
		for (int s = 0; s < depth; s++) {
			final ImageProcessor ip = type == ImagePlus.GRAY8 ? new ByteProcessor(size[0], size[1]) : type == ImagePlus.GRAY16
				? new ShortProcessor(size[0], size[1]) : new FloatProcessor(size[0], size[1]);
			for (int i = 0; i < size[0] * size[1]; i++)
				ip.setf(i, type == ImagePlus.GRAY8 ? random.nextInt(256) : type == ImagePlus.GRAY16 ? random.nextInt(65536)
					: (float) (random.nextDouble() * 2000 - 500));
			stack.addSlice(ip);
		}
		return new ImagePlus("input", stack);
	}

	/** Discs of foreground (255) on background, with a few holes: a mask for morphology and labelling. */
	private static ImagePlus mask(final int[] size, final long seed) {
		final Random random = new Random(seed);
		final int depth = size.length > 2 ? size[2] : 1;
		final ImageStack stack = new ImageStack(size[0], size[1]);
		for (int s = 0; s < depth; s++) {
			final ByteProcessor bp = new ByteProcessor(size[0], size[1]);
			for (int i = 0; i < size[0] * size[1]; i++)
				bp.set(i, random.nextInt(100) < 55 ? 255 : 0);
			stack.addSlice(bp);
		}
		return new ImagePlus("mask", stack);
	}

	private static void eachSlice(final ImagePlus imp, final Consumer<ImageProcessor> work) {
		final ImageStack stack = imp.getStack();
		for (int s = 1; s <= stack.getSize(); s++)
			work.accept(stack.getProcessor(s));
	}

	private static void otsuMask(final ImagePlus imp) {
		final ImageStack in = imp.getStack();
		final int[] histogram = new int[256];
		for (int s = 1; s <= in.getSize(); s++) {
			final int[] h = in.getProcessor(s).getHistogram();
			for (int i = 0; i < 256; i++)
				histogram[i] += h[i];
		}
		final int level = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
		for (int s = 1; s <= in.getSize(); s++)
			in.getProcessor(s).duplicate().threshold(level);
	}

	private static String kindName(final ImagePlus imp) {
		return imp.getBitDepth() == 8 ? "uint8" : imp.getBitDepth() == 16 ? "uint16" : "float32";
	}

	private static String sizeName(final ImagePlus imp) {
		return imp.getStackSize() > 1 ? imp.getWidth() + "×" + imp.getHeight() + "×" + imp.getStackSize() : imp.getWidth() +
			"²";
	}
}
