package io.github.fijidispatch.fiji;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.ij.OutputFormat;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.BlockwiseCall;
import io.github.fijidispatch.pipeline.PipelineCall;
import io.github.fijidispatch.pipeline.PipelineResult;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > OME-Zarr > Run Pipeline on OME-Zarr...}: a pipeline file (JSON steps, as the command
 * line's {@code pipeline}) block by block from an OME-Zarr folder, to an OME-Zarr folder for an image result or the
 * Results table for a table, through the same {@link PipelineCall}. Everything is validated before the first block
 * runs; recordable, e.g. {@code run("Run Pipeline on OME-Zarr...", "pipeline=/d/steps.json input=/d/in.ome.zarr
 * output=/d/out.ome.zarr block=128 backend=auto")}.
 */
@Plugin(type = Command.class, headless = true, initializer = "offerBackends",
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.ZARR_PIPELINE_PATH))
public class ZarrPipelineCommand extends CancellingCommand {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private DispatchCommandService commands;

	@Parameter(required = false)
	private StatusService statusService;

	@Parameter(label = "pipeline", persist = false, description = "the pipeline file (.json)")
	private String pipeline = "";

	@Parameter(label = "input", persist = false, description = "the input OME-Zarr folder (ending in .zarr)")
	private String input = "";

	@Parameter(label = "output", required = false, persist = false,
		description = "the output OME-Zarr folder for an image result; empty (shown as Results) or .csv/.json for a table")
	private String output = "";

	@Parameter(label = "block", required = false, persist = false,
		description = "block size: N or one per axis, x first; empty: 1024^2 in 2D, 128^3 in 3D")
	private String block = "";

	@Parameter(label = "compressor", required = false, persist = false,
		description = "compressor of the output and the intermediates")
	private String compressor = BlockwiseCall.DEFAULT_COMPRESSOR;

	@Parameter(label = "overwrite", persist = false, description = "replace an existing OME-Zarr output")
	private boolean overwrite;

	@Parameter(label = "backend", persist = false, description = "auto chooses per block; a backend id runs every block there")
	private String backend = BackendChoice.AUTO;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable table;

	@Parameter(type = ItemIO.OUTPUT)
	private String status;

	/** NB: auto plus every installed backend. */
	protected void offerBackends() {
		getInfo().getMutableInput(BackendChoice.NAME, String.class).setChoices(BackendChoice.choices(dispatch));
	}

	/**
	 * Runs the call. A refused call (bad input, an unreadable or unwritable file) throws, naming the problem; from a
	 * menu or a macro it cancels the command with that message ({@link CancellingCommand}).
	 */
	@Override
	protected void execute() {
		final String what = "Run Pipeline on OME-Zarr";
		final String file = pipeline == null ? "" : pipeline.trim();
		if (file.isEmpty()) throw new BadInputException(what + ": pipeline is empty; give a pipeline file (.json)", null,
			"pipeline", pipeline, "a pipeline file");
		final String in = ZarrPaths.requireZarr(what, "input", input);
		final String out = output == null || output.trim().isEmpty() ? null : output.trim();
		final PipelineCall call = new PipelineCall(dispatch).compressor(compressor).on(BackendChoice.toBackendId(
			dispatch, "pipeline", backend)).overwrite(overwrite).progress(new StatusBarProgress(statusService, commands
				.isLegacyActive()));
		final PipelineResult result;
		final PipelineCall.Prepared prepared;
		try {
			prepared = call.prepare(Paths.get(file), in, out, block, "block");
			result = call.run(prepared);
			if (result.result() instanceof ResultTable) {
				final ResultTable t = (ResultTable) result.result();
				if (out != null) AtomicFile.writeText(Paths.get(out), OutputFormat.forResult(what, OutputKind.TABLE, out) ==
					OutputFormat.JSON ? t.toJson() : t.toCsv());
				table = ImagePlusCall.toResultsTable(t);
			}
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		status = String.format(Locale.ROOT, "pipeline %s: %d step(s) by blocks of %s%s", file, prepared.plan().steps()
			.size(), Arrays.toString(prepared.block()), out == null ? "" : " -> " + out);
		commands.showStatus(status);
	}
}
