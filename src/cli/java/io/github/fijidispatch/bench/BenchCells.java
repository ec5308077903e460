package io.github.fijidispatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists of {@link BenchCell}s: the built-in {@link #ISSUE14} list and cell
 * files. A cell file has one cell a line, four fields separated by
 * {@code |}:
 *
 * <pre>
 * # name | op and parameters | input | peers
 * label-u8-50 | label.components connectivity=full | uint8 2048x2048 mask=50% | skimage.label
 * max-z       | project.max axis=z                 | uint16 256x256x64 random | numpy.max ij1
 * </pre>
 *
 * Blank lines and lines starting with {@code #} are skipped; names are
 * unique. A bad line is refused with its file, line number, the text and
 * what is allowed.
 */
public final class BenchCells {

	/** The built-in list's name: the cells of issue #14's table, labelling at three densities. */
	public static final String ISSUE14 = "issue14";

	private static final List<String> ISSUE14_LINES = Arrays.asList(
		"label-u8-5 | label.components connectivity=full | uint8 2048x2048 mask=5% | skimage.label",
		"label-u8-50 | label.components connectivity=full | uint8 2048x2048 mask=50% | skimage.label",
		"label-u8-95 | label.components connectivity=full | uint8 2048x2048 mask=95% | skimage.label",
		"label-f32-5 | label.components connectivity=full | float32 2048x2048 mask=5% | skimage.label",
		"label-f32-50 | label.components connectivity=full | float32 2048x2048 mask=50% | skimage.label",
		"label-f32-95 | label.components connectivity=full | float32 2048x2048 mask=95% | skimage.label",
		"label-u16-5 | label.components connectivity=full | uint16 256x256x64 mask=5% | skimage.label",
		"label-u16-50 | label.components connectivity=full | uint16 256x256x64 mask=50% | skimage.label",
		"label-u16-95 | label.components connectivity=full | uint16 256x256x64 mask=95% | skimage.label",
		"max-z-u16 | project.max axis=z | uint16 256x256x64 random | numpy.max ij1",
		"otsu-u16 | threshold.auto method=Otsu | uint16 256x256x64 random | skimage.threshold_otsu",
		"add-f32 | math.add_scalar value=5 | float32 4096x4096 random | numpy.add_scalar ij1",
		"median-f32 | filter.median radius=2 shape=box | float32 2048x2048 random | ij1 scipy.median_filter");

	private BenchCells() {
		// NB: static holder
	}

	/** The built-in names: {@value #ISSUE14}. */
	public static List<String> builtInNames() {
		return Arrays.asList(ISSUE14);
	}

	/**
	 * The cells of a built-in list's name, else of the cell file at that path.
	 *
	 * @throws IllegalArgumentException for a missing or bad file, naming it
	 */
	public static List<BenchCell> load(final String nameOrFile) throws IOException {
		if (ISSUE14.equals(nameOrFile)) return parse(ISSUE14_LINES, "built-in list " + ISSUE14);
		final Path file = Paths.get(nameOrFile);
		try {
			return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (final NoSuchFileException e) {
			throw new IllegalArgumentException("bench --cells: '" + nameOrFile + "' is neither a built-in list (" + String.join(
				", ", builtInNames()) + ") nor a cell file");
		}
	}

	/**
	 * Parses the lines of a cell list.
	 *
	 * @param source the file's name, for messages
	 * @throws IllegalArgumentException naming source, line, text and what is allowed
	 */
	public static List<BenchCell> parse(final List<String> lines, final String source) {
		final List<BenchCell> cells = new ArrayList<>();
		final Set<String> names = new HashSet<>();
		for (int n = 0; n < lines.size(); n++) {
			final String line = lines.get(n).trim();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String where = source + " line " + (n + 1);
			try {
				final BenchCell cell = line(line);
				if (!names.add(cell.name())) throw new IllegalArgumentException("bench cells: the cell name '" + cell.name() +
					"' is used twice; names are unique");
				cells.add(cell);
			}
			catch (final IllegalArgumentException e) {
				throw new IllegalArgumentException(where + ": " + e.getMessage() + " (in '" + line + "')", e);
			}
		}
		if (cells.isEmpty()) throw new IllegalArgumentException(source + " has no cell; each line is 'name | op k=v ... | " +
			"KIND SIZE random|mask=P% | peer ...'");
		return cells;
	}

	private static BenchCell line(final String line) {
		final String[] fields = line.split("\\|", -1);
		if (fields.length != 4) throw new IllegalArgumentException("bench cells: a cell has 4 fields separated by '|' " +
			"(name | op k=v ... | KIND SIZE random|mask=P% | peer ...), not " + fields.length);
		final String[] op = fields[1].trim().split("\\s+");
		final Map<String, String> params = new LinkedHashMap<>();
		for (int i = 1; i < op.length; i++) {
			final int eq = op[i].indexOf('=');
			if (eq <= 0 || eq == op[i].length() - 1) throw new IllegalArgumentException("bench cells: parameter '" + op[i] +
				"' is not name=value");
			if (params.put(op[i].substring(0, eq), op[i].substring(eq + 1)) != null) throw new IllegalArgumentException(
				"bench cells: parameter '" + op[i].substring(0, eq) + "' is given twice");
		}
		final String peerText = fields[3].trim();
		final List<String> peers = peerText.isEmpty() ? new ArrayList<String>() : Arrays.asList(peerText.split("\\s+"));
		return new BenchCell(fields[0].trim(), op[0], params, CellInput.parse(fields[2]), peers);
	}
}
