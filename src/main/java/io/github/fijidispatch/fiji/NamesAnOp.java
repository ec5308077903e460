package io.github.fijidispatch.fiji;

/**
 * A command that runs an op named by one of its inputs ({@value #OP}, an op id) on images it reads itself, so that its
 * ImageJ 1 dialog goes on with that op's own parameter form, the one the op's command shows (without its images and
 * its backend field): {@link Ij1Command} asks it after the command's dialog and hands the values to the input
 * {@value #PARAMETERS}. In a macro both dialogs read the same options, e.g.
 * {@code run("Run Op on OME-Zarr...", "input=in.ome.zarr output=out.ome.zarr op=filter.gauss sigma=2")}.
 */
interface NamesAnOp {

	/** The input holding the op id. */
	String OP = "op";

	/** The input receiving the op's parameter values by name ({@code Map<String, Object>}). */
	String PARAMETERS = "parameters";
}
