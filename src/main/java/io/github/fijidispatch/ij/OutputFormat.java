package io.github.fijidispatch.ij;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.op.BadInputException;
import io.github.fijidispatch.op.OutputKind;

/**
 * The file formats the command line writes, chosen by the output's
 * extension: TIFF and PNG for images, CSV and JSON for tables.
 */
public enum OutputFormat {

	TIFF(OutputKind.IMAGE, ".tif", ".tiff"), PNG(OutputKind.IMAGE, ".png"), CSV(OutputKind.TABLE, ".csv"),
	JSON(OutputKind.TABLE, ".json");

	private final OutputKind kind;
	private final List<String> extensions;

	OutputFormat(final OutputKind kind, final String... extensions) {
		this.kind = kind;
		this.extensions = Arrays.asList(extensions);
	}

	/** What this format holds. */
	public OutputKind kind() {
		return kind;
	}

	/** The format a path's extension names (case-insensitive), or {@code null}. */
	public static OutputFormat of(final String path) {
		final String lower = path.toLowerCase(Locale.ROOT);
		for (final OutputFormat f : values())
			for (final String e : f.extensions)
				if (lower.endsWith(e)) return f;
		return null;
	}

	/**
	 * The format for writing a result of {@code kind} to {@code path}.
	 *
	 * @param what who gives the result, for the message (e.g. the op id)
	 * @throws BadInputException when the extension is not one for {@code kind}
	 */
	public static OutputFormat forResult(final String what, final OutputKind kind, final String path) {
		final OutputFormat f = of(path);
		if (f != null && f.kind == kind) return f;
		final String allowed = String.join(", ", extensions(kind));
		final String result = kind == OutputKind.TABLE ? "a table" : "an image";
		throw new BadInputException(what + " gives " + result + ": output '" + path + "' must end in " + allowed +
			(f == null ? "" : " (" + f.extensions.get(0) + " is for " + (f.kind == OutputKind.TABLE ? "tables" : "images") + ")"),
			what, "output", path, allowed);
	}

	private static List<String> extensions(final OutputKind kind) {
		final List<String> all = new ArrayList<>();
		for (final OutputFormat f : values())
			if (f.kind == kind) all.addAll(f.extensions);
		return all;
	}
}
