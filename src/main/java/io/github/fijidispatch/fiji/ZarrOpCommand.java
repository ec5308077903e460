package io.github.fijidispatch.fiji;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.pipeline.BlockwiseCall;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.module.MutableModuleItem;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > OME-Zarr > Run Op on OME-Zarr...}: any op, block by block, from an OME-Zarr folder to an
 * OME-Zarr folder, through the same {@link BlockwiseCall} as the command line's {@code run -i in.zarr -o out.zarr}.
 * The dialog asks input, output, op, block size, compressor, overwrite and backend, then the op's own parameter form
 * ({@link NamesAnOp}); recordable, e.g.
 * {@code run("Run Op on OME-Zarr...", "input=/d/in.ome.zarr output=/d/out.ome.zarr op=filter.gauss block=128
 * compressor=blosc:zstd:5 backend=auto sigma=2")}. Memory stays bounded by the blocks in flight; progress goes to the
 * status bar. An op that returns a table (statistics, measurements) shows it as the Results table and writes no
 * folder (leave output empty). Bad input is refused with a message naming the parameter, the value and what is
 * allowed, before the output is created.
 */
@Plugin(type = Command.class, headless = true, initializer = "offerOpsAndBackends",
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.ZARR_RUN_PATH))
public class ZarrOpCommand extends CancellingCommand implements NamesAnOp {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private DispatchCommandService commands;

	@Parameter(required = false)
	private StatusService statusService;

	@Parameter(label = "input", persist = false, description = "the input OME-Zarr folder (ending in .zarr)")
	private String input = "";

	@Parameter(label = "output", required = false, persist = false,
		description = "the output OME-Zarr folder (ending in .zarr); empty for an op that returns a table")
	private String output = "";

	@Parameter(label = "op", persist = false, description = "the op id, e.g. filter.gauss")
	private String op = "filter.gauss";

	@Parameter(label = "block", required = false, persist = false,
		description = "block size: N or one per axis, x first (e.g. 256,256,64); empty: 1024^2 in 2D, 128^3 in 3D")
	private String block = "";

	@Parameter(label = "compressor", required = false, persist = false,
		description = "the output's compressor: raw, zlib, gzip, blosc:lz4 or blosc:zstd, optionally with :level")
	private String compressor = BlockwiseCall.DEFAULT_COMPRESSOR;

	@Parameter(label = "overwrite", persist = false, description = "replace an existing OME-Zarr output")
	private boolean overwrite;

	@Parameter(label = "backend", persist = false, description = "auto chooses per block; a backend id runs every block there")
	private String backend = BackendChoice.AUTO;

	@Parameter(label = "parameters", required = false, persist = false,
		description = "the op's parameter values by name (asked by the op's own form)")
	private Map<String, Object> parameters;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable table;

	@Parameter(type = ItemIO.OUTPUT)
	private String status;

	/** NB: the choices come from the installation: every op id, and auto plus every backend. */
	protected void offerOpsAndBackends() {
		final List<String> ids = new ArrayList<>();
		for (final Op o : dispatch.ops())
			ids.add(o.id());
		final MutableModuleItem<String> opItem = getInfo().getMutableInput(OP, String.class);
		opItem.setChoices(ids);
		getInfo().getMutableInput(BackendChoice.NAME, String.class).setChoices(BackendChoice.choices(dispatch));
	}

	/**
	 * Runs the call. A refused call (bad input, an unreadable or unwritable file) throws, naming the problem; from a
	 * menu or a macro it cancels the command with that message ({@link CancellingCommand}).
	 */
	@Override
	protected void execute() {
		final Op definition = opDefinition(dispatch, op);
		final String in = ZarrPaths.requireZarr(definition.id(), "input", input);
		final boolean returnsTable = definition.outputKind() != OutputKind.IMAGE;
		final String out = returnsTable ? ZarrPaths.requireEmpty(definition.id(), output) : ZarrPaths.requireZarr(
			definition.id(), "output", output);
		final BlockwiseCall call = new BlockwiseCall(dispatch, definition).on(BackendChoice.toBackendId(dispatch, definition
			.id(), backend)).compressor(compressor).overwrite(overwrite).progress(new StatusBarProgress(statusService,
				commands.isLegacyActive()));
		final BlockwiseCall.Outcome outcome;
		try {
			outcome = call.run(parameters == null ? Collections.<String, Object> emptyMap() : new LinkedHashMap<>(parameters),
				Collections.singletonList(in), out, block, "block");
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		if (outcome.result() instanceof ResultTable) table = ImagePlusCall.toResultsTable((ResultTable) outcome.result());
		status = String.format(Locale.ROOT, "%s ran by blocks of %s in %.1f ms%s", definition.id(), ZarrPaths.sizeText(
			outcome.block()), outcome.millis(), outcome.result() instanceof Path ? " -> " + out : "");
		commands.showStatus(status);
	}

	/**
	 * The op {@code id} names (a deprecated id with its warning).
	 *
	 * @throws BadInputException for an unknown op, listing the ops
	 */
	static Op opDefinition(final DispatchService dispatch, final String id) {
		if (id == null || id.trim().isEmpty()) throw new BadInputException("Run Op on OME-Zarr: op is empty; allowed: " +
			opIds(dispatch), null, OP, id, opIds(dispatch));
		try {
			return dispatch.opDefinition(id.trim());
		}
		catch (final IllegalArgumentException e) {
			throw new BadInputException("Run Op on OME-Zarr: op = \"" + id + "\" is not an op of this installation; " +
				"allowed: " + opIds(dispatch), null, OP, id, opIds(dispatch));
		}
	}

	private static String opIds(final DispatchService dispatch) {
		final List<String> ids = new ArrayList<>();
		for (final Op o : dispatch.ops())
			ids.add(o.id());
		return String.join(", ", ids);
	}
}
