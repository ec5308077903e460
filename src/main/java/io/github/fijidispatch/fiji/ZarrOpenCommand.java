package io.github.fijidispatch.fiji;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.github.fijidispatch.zarr.ChunkCache;
import io.github.fijidispatch.zarr.OmeZarrImage;
import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins > Dispatch > OME-Zarr > Open OME-Zarr...}: shows an OME-Zarr image (the suite's outputs, or any
 * OME-Zarr 0.4 image or Zarr v2 array it reads) as a virtual stack ({@link ZarrVirtualStack}): planes are read as
 * they are shown, so an image larger than memory opens too. Recordable, e.g.
 * {@code run("Open OME-Zarr...", "input=/data/out.ome.zarr");}. An image the suite did not finish writing (no
 * completion marker) is refused, as everywhere. Refusals name the folder and the problem.
 */
@Plugin(type = Command.class, headless = true,
	attrs = @Attr(name = PluginsConfig.MENU_ATTRIBUTE, value = DispatchMenus.ZARR_OPEN_PATH))
public class ZarrOpenCommand extends CancellingCommand {

	static final String TITLE = "Open OME-Zarr";

	@Parameter(label = "input", persist = false, description = "the OME-Zarr folder (ending in .zarr)")
	private String input = "";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus image;


	@Override
	protected void execute() {
		final Path folder = Paths.get(ZarrPaths.requireZarr(TITLE, "input", input));
		try {
			final OmeZarrImage zarr = OmeZarrImage.open(folder);
			final Path name = folder.toAbsolutePath().normalize().getFileName();
			image = ZarrVirtualStack.open(zarr, ChunkCache.forThisHeap(), name == null ? folder.toString() : name
				.toString());
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}
}
