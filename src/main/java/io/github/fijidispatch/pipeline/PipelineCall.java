package io.github.fijidispatch.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.block.BlockSource;
import io.github.fijidispatch.block.ProgressListener;
import io.github.fijidispatch.block.ZarrBlocks;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.StaleScratch;
import io.github.fijidispatch.ij.CalibratedImage;
import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.ij.OutputFormat;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.zarr.ChunkCodec;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;

/**
 * A pipeline file run from paths: the part every front shares (the command line's {@code pipeline}, Fiji's
 * {@code Run Pipeline on OME-Zarr...}). {@link #prepare} reads and validates everything (the file, the backend, the
 * input's header, the output) before the first block runs; {@link #run} then runs it through {@link PipelineRunner}.
 */
public final class PipelineCall {

	/** A validated call, ready to run: its plan and block size say what will happen. */
	public static final class Prepared {

		private final PipelinePlan plan;
		private final BlockSource source;
		private final String input;
		private final String output;
		private final long[] block;

		Prepared(final PipelinePlan plan, final BlockSource source, final String input, final String output,
			final long[] block)
		{
			this.plan = plan;
			this.source = source;
			this.input = input;
			this.output = output;
			this.block = block.clone();
		}

		public PipelinePlan plan() {
			return plan;
		}

		/** The output path, {@code null} for a table that is only shown or printed. */
		public String output() {
			return output;
		}

		/** The block size, x first. */
		public long[] block() {
			return block.clone();
		}
	}

	private final DispatchService dispatch;
	private String backend;
	private ChunkCodec codec = ChunkCodecs.named(BlockwiseCall.DEFAULT_COMPRESSOR);
	private boolean overwrite;
	private ProgressListener progress = ProgressListener.NONE;
	private PrintStream log;

	public PipelineCall(final DispatchService dispatch) {
		this.dispatch = dispatch;
	}

	/**
	 * Every block of every step on this backend ({@code null} or {@code auto}: per block).
	 *
	 * @throws BadInputException for a backend this installation does not have, listing those it has
	 */
	public PipelineCall on(final String backendId) {
		if (backendId == null || "auto".equals(backendId)) {
			backend = null;
			return this;
		}
		if (dispatch.backend(backendId) == null) throw new BadInputException("pipeline: unknown backend '" + backendId +
			"'; backends: " + backendIds(), null, "backend", backendId, backendIds());
		backend = backendId;
		return this;
	}

	/** The compressor of the output and the intermediates ({@code null}: {@link BlockwiseCall#DEFAULT_COMPRESSOR}). */
	public PipelineCall compressor(final String name) {
		codec = ChunkCodecs.named(name == null || name.trim().isEmpty() ? BlockwiseCall.DEFAULT_COMPRESSOR : name.trim());
		return this;
	}

	/** Whether an existing OME-Zarr output may be replaced (refused otherwise). */
	public PipelineCall overwrite(final boolean replace) {
		overwrite = replace;
		return this;
	}

	/** Where the engine reports the blocks done. */
	public PipelineCall progress(final ProgressListener listener) {
		progress = listener;
		return this;
	}

	/** Where each step's line goes ({@code null}: nowhere). */
	public PipelineCall log(final PrintStream stepLog) {
		log = stepLog;
		return this;
	}

	/**
	 * Reads the pipeline file and the input's header and checks the whole call.
	 *
	 * @param blockOption how the caller names the block size in a refusal, e.g. {@code --block} or {@code block}
	 * @throws BadInputException or {@link PipelineException} for a bad call; IOException naming an unreadable file
	 */
	public Prepared prepare(final Path file, final String input, final String output, final String blockText,
		final String blockOption) throws IOException
	{
		if (input == null || input.trim().isEmpty()) throw new BadInputException("pipeline: give an input (an OME-Zarr " +
			"folder or a TIFF/PNG file)", null, "input", null, "an OME-Zarr image or a TIFF/PNG file");
		final Pipeline pipeline = PipelineFile.read(file);
		final BlockSource source;
		final List<OmeAxis> axes;
		if (BlockwiseCall.isZarr(input)) {
			final OmeZarrImage image = OmeZarrImage.open(Paths.get(input));
			source = ZarrBlocks.source(Paths.get(input));
			axes = image.axes();
		}
		else {
			final CalibratedImage image = ImageFiles.readCalibrated(input);
			source = BlockSource.of(image.image());
			axes = image.axes();
		}
		final PipelinePlan plan = new PipelineValidator(dispatch).validate(pipeline, source.info(), axes);
		checkOutput(plan, input, output);
		final long[] block = BlockwiseCall.blockSize(blockText, source.info(), blockOption);
		return new Prepared(plan, source, input, output, block);
	}

	/** Runs a prepared call; intermediates go to a scratch folder beside the output (or the input). */
	public PipelineResult run(final Prepared call) throws IOException {
		final Path scratchBeside = Paths.get(call.output != null ? call.output : call.input);
		// NB: scratch folders left there by a killed run of the suite (their owner is dead), said on stderr
		for (final String line : StaleScratch.sweepBeside(scratchBeside))
			System.err.println(line);
		PipelineRunner runner = new PipelineRunner(dispatch).on(backend).progress(progress);
		if (log != null) runner = runner.log(log);
		return runner.run(call.plan, call.source, call.plan.returnsTable() ? null : Paths.get(call.output), codec,
			overwrite, scratchBeside, call.block);
	}

	/**
	 * The output fits the result (an image to OME-Zarr, a table to .csv/.json or none), is not the input, and holds
	 * no data unless overwriting: all checked before the first block runs.
	 */
	private void checkOutput(final PipelinePlan plan, final String input, final String output) throws IOException {
		final String what = "pipeline " + plan.pipeline().source();
		if (plan.returnsTable()) {
			if (output != null) OutputFormat.forResult(what, OutputKind.TABLE, output);
		}
		else if (output == null || !BlockwiseCall.isZarr(output)) throw new BadInputException(what + " returns an " +
			"image (step " + plan.last().number() + ", " + plan.last().op().id() + "): give the output OUT.ome.zarr" +
			(output == null ? "" : ", not '" + output + "'"), plan.last().op().id(), "output", output, ".zarr");
		if (output == null) return;
		final Path target = Paths.get(output).toAbsolutePath().normalize();
		if (Paths.get(input).toAbsolutePath().normalize().equals(target)) throw new BadInputException(what +
			": the output '" + output + "' is the input; a pipeline never replaces its input: give another output", null,
			"output", output, "a path that is not the input");
		if (!plan.returnsTable() && !overwrite && holdsData(target)) throw new BadInputException(what + ": the output '" +
			output + "' already holds data (refused unless --overwrite)", null, "output", output, "--overwrite or " +
				"a new path");
	}

	private String backendIds() {
		final List<String> ids = new ArrayList<>();
		for (final Backend b : dispatch.backends())
			ids.add(b.id());
		return String.join(", ", ids);
	}

	private static boolean holdsData(final Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return false;
		if (!Files.isDirectory(path)) return true;
		try (DirectoryStream<Path> s = Files.newDirectoryStream(path)) {
			return s.iterator().hasNext();
		}
	}
}
