package io.github.fijidispatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.block.StderrProgress;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.BlockwiseCall;
import io.github.fijidispatch.zarr.OmeAxis;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * {@code run} through the block engine: taken when an input or the output is
 * OME-Zarr (a path ending in {@code .zarr}) or {@code --block} is given.
 * Inputs are read block by block from OME-Zarr (TIFF/PNG inputs are read
 * whole, then cut into blocks); an OME-Zarr output is written block by block,
 * with chunks of the block size, and marked complete with its provenance only
 * when every block is written. The first input's calibration (OME-Zarr axes, or
 * a TIFF's pixel size and unit) is carried into the output. Progress goes to stderr.
 */
final class BlockwiseRun {

	/** The compressor of an OME-Zarr output unless {@code --compressor} says otherwise (as {@code convert}'s). */
	static final String DEFAULT_COMPRESSOR = BlockwiseCall.DEFAULT_COMPRESSOR;

	private final DispatchService dispatch;
	private final Op op;
	private final Arguments args;

	BlockwiseRun(final DispatchService dispatch, final Op op, final Arguments args) {
		this.dispatch = dispatch;
		this.op = op;
		this.args = args;
	}

	/** Whether a call takes this path: an OME-Zarr input or output, or a block size. */
	static boolean applies(final Arguments a) {
		if (a.option("block") != null || isZarr(a.option("output"))) return true;
		for (final String in : a.options("input"))
			if (isZarr(in)) return true;
		return false;
	}

	/** Runs the call; prints a one-line summary (or JSON with {@code --json}). */
	int run(final Map<String, String> params, final PrintStream out) throws IOException {
		refuseOptionsOfTheWholeImagePath();
		final List<String> inputs = args.options("input");
		if (inputs.isEmpty()) throw new BadInputException(op.id() + ": give -i IN (an OME-Zarr folder or a TIFF/PNG file)",
			op.id(), "input", null, "an OME-Zarr image or a TIFF/PNG file");
		final String output = args.option("output");
		if (output == null && op.outputKind() == OutputKind.IMAGE) throw new BadInputException(op.id() + ": give -o OUT " +
			"for the result image (an OME-Zarr folder ending in .zarr, or .tif/.png)", op.id(), "output", null,
			".zarr, .tif, .tiff, .png");
		final BlockwiseCall call = new BlockwiseCall(dispatch, op).on(args.option("backend")).compressor(args.option(
			"compressor")).overwrite(args.flag("overwrite")).progress(new StderrProgress());
		final BlockwiseCall.Outcome outcome = call.run(params, inputs, output, args.option("block"), "--block");
		final long[] block = outcome.block();
		final Object result = outcome.result();
		final Map<String, Object> report = new LinkedHashMap<>();
		report.put("op", op.id());
		report.put("blockSize", sizeList(block));
		report.put("totalMillis", outcome.millis());
		if (result instanceof ResultTable) RunCommand.writeTable((ResultTable) result, output, args.flag("json"), out,
			report);
		else if (result instanceof Path) report.put("output", output);
		else writeImage(result, output, outcome.axes(), report);
		if (args.flag("json")) out.println(Json.write(report));
		else out.println(String.format(Locale.ROOT, "%s ran by blocks of %s in %.1f ms%s", op.id(), sizeText(block),
			outcome.millis(), output == null ? "" : " → " + output));
		return 0;
	}

	private void refuseOptionsOfTheWholeImagePath() {
		for (final String flag : new String[] { "in-place", "dry-run", "explain" })
			if (args.flag(flag)) throw new BadInputException(op.id() + ": --" + flag + " is not offered for a run by " +
				"blocks (OME-Zarr input or output, or --block); run it on a TIFF/PNG file without --block", op.id(), flag,
				null, "no --" + flag);
		if (args.option("prefer") != null) throw new BadInputException(op.id() + ": --prefer is not offered for a run " +
			"by blocks; give --backend B or let auto choose per block", op.id(), "prefer", args.option("prefer"),
			"--backend B or none");
		for (final String in : args.options("input"))
			if (ImageFiles.isHyperstack(in)) throw new BadInputException(op.id() + ": '" + in + "' is an ImageJ " +
				"hyperstack (channels or frames); a run by blocks (OME-Zarr input or output, or --block) takes one 2D or " +
				"3D image: run the hyperstack per volume into a TIFF (-o OUT.tif, without --block), or split it first",
				op.id(), "input", in, "a 2D or 3D image for a run by blocks");
	}

	private static boolean isZarr(final String path) {
		return BlockwiseCall.isZarr(path);
	}

	/** A block size as a JSON list (x first). */
	static List<Long> sizeList(final long[] block) {
		final List<Long> list = new ArrayList<>();
		for (final long b : block)
			list.add(b);
		return list;
	}

	private static String sizeText(final long[] block) {
		final StringBuilder s = new StringBuilder();
		for (final long b : block)
			s.append(s.length() == 0 ? "" : "x").append(b);
		return s.toString();
	}

	@SuppressWarnings("unchecked")
	private static void writeImage(final Object result, final String output, final List<OmeAxis> axes,
		final Map<String, Object> report) throws IOException
	{
		ImageFiles.write((RandomAccessibleInterval<? extends RealType<?>>) result, output, null, axes);
		report.put("output", output);
	}
}
