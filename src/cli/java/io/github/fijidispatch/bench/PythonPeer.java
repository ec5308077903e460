package io.github.fijidispatch.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Python peers of the bench cells (numpy, scikit-image, SciPy), timed
 * inside Python by {@code scripts/peers/cells.py} run as one child process
 * per bench run. Line protocol, UTF-8, fields separated by tabs:
 * <ul>
 * <li>the child starts with {@code ready<TAB>versions} (e.g. {@code numpy
 * 1.24.2, scikit-image 0.19.3}), or {@code unavailable<TAB>reason} and
 * exits;</li>
 * <li>each request is one line of {@code key=value} fields: {@code peer},
 * {@code file} (raw little-endian C-order pixels), {@code dtype},
 * {@code shape} (numpy order, comma-separated), the timing policy of
 * {@link Repeats} ({@code warmups} untimed calls at most while they take
 * less than {@code warmup_ms}, {@code repeats} timed calls at most, stopping
 * after three once they have taken {@code budget_ms}) and the op's
 * parameters as {@code param.NAME};</li>
 * <li>each answer is {@code ok<TAB>median ms<TAB>first call ms<TAB>timed
 * calls<TAB>what ran}, or {@code error<TAB>message} (e.g. a missing
 * module, naming its Debian package);</li>
 * <li>closing the child's input ends it.</li>
 * </ul>
 */
public final class PythonPeer implements AutoCloseable {

	/** The peers {@code cells.py} knows, as a cell file names them. */
	public static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList("skimage.label", "numpy.max",
		"skimage.threshold_otsu", "numpy.add_scalar", "scipy.median_filter"));

	/** The system property naming the project's root (set by {@code scripts/fiji-dispatch}); else the working folder. */
	public static final String ROOT_PROPERTY = "fiji.dispatch.root";

	private static final long START_TIMEOUT_MILLIS = 60_000;

	private final Process process;
	private final BufferedReader answers;
	private final BufferedWriter requests;
	private final String versions;
	private final String unavailable;

	/** One Python peer's answer: times in ms, or why it did not run. */
	public static final class Result {

		public final double medianMillis;
		public final double firstMillis;
		public final int count;
		/** What ran (e.g. {@code skimage.measure.label(connectivity=2)}), or why nothing did. */
		public final String description;

		Result(final double medianMillis, final double firstMillis, final int count, final String description) {
			this.medianMillis = medianMillis;
			this.firstMillis = firstMillis;
			this.count = count;
			this.description = description;
		}

		public boolean ran() {
			return !Double.isNaN(medianMillis);
		}
	}

	/**
	 * Starts {@code command} and reads its first line.
	 *
	 * @throws IOException when it cannot be started or says nothing
	 */
	public PythonPeer(final List<String> command) throws IOException {
		final ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectError(ProcessBuilder.Redirect.INHERIT);
		this.process = builder.start();
		this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
		final String first = readLine(START_TIMEOUT_MILLIS);
		if (first == null) {
			close();
			throw new IOException("the Python peer " + command + " ended without a word");
		}
		final String[] fields = first.split("\t", 2);
		if (fields[0].equals("ready")) {
			versions = fields.length > 1 ? fields[1] : "";
			unavailable = null;
		}
		else {
			versions = "";
			unavailable = fields[0].equals("unavailable") && fields.length > 1 ? fields[1] : "the Python peer said '" + first +
				"' instead of 'ready'";
		}
	}

	/** {@code /usr/bin/python3} (Debian's, where python3-skimage installs) or {@code python3}, and {@code cells.py}. */
	public static List<String> defaultCommand() {
		final String python = new File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
		final File root = new File(System.getProperty(ROOT_PROPERTY, "."));
		return Arrays.asList(python, new File(root, "scripts/peers/cells.py").getPath());
	}

	/** What the peer runs with (numpy and scikit-image versions), empty when unavailable. */
	public String versions() {
		return versions;
	}

	/** Why no peer can run (e.g. numpy is missing), or {@code null}. */
	public String unavailable() {
		return unavailable;
	}

	/**
	 * Times {@code peer} on the raw pixels in {@code file}, as {@link Repeats}
	 * times the project's side: after the first call, untimed calls (at most
	 * {@value Repeats#WARM_UP_CALLS}, while they take less than
	 * {@value Repeats#WARM_UP_MILLIS} ms), then at most {@code repeats} timed
	 * calls, stopping after three once they have taken {@code budgetMillis}.
	 *
	 * @throws IOException when the child ends or answers out of protocol
	 */
	public Result measure(final String peer, final CellInput input, final Path file, final Map<String, String> params,
		final int repeats, final double budgetMillis) throws IOException
	{
		if (unavailable != null) return skipped(unavailable);
		final List<String> fields = new ArrayList<>();
		fields.add("peer=" + peer);
		fields.add("file=" + file.toAbsolutePath());
		fields.add("dtype=" + input.numpyType());
		final StringBuilder shape = new StringBuilder();
		for (final long s : input.numpyShape())
			shape.append(shape.length() == 0 ? "" : ",").append(s);
		fields.add("shape=" + shape);
		fields.add("warmups=" + Repeats.WARM_UP_CALLS);
		fields.add("warmup_ms=" + Repeats.WARM_UP_MILLIS);
		fields.add("repeats=" + repeats);
		fields.add("budget_ms=" + budgetMillis);
		for (final Map.Entry<String, String> e : params.entrySet())
			fields.add("param." + e.getKey() + "=" + e.getValue());
		for (final String f : fields)
			if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0) throw new IllegalArgumentException(
				"bench cells: a Python peer's request cannot hold a tab or a line break: '" + f + "'");
		requests.write(String.join("\t", fields));
		requests.newLine();
		requests.flush();
		final String answer = answers.readLine();
		if (answer == null) throw new IOException("the Python peer ended while timing " + peer);
		// NB: the last field is free text: it keeps any further tabs
		final String[] a = answer.split("\t", answer.startsWith("error\t") ? 2 : 5);
		if (a[0].equals("error") && a.length == 2) return skipped(a[1]);
		if (!a[0].equals("ok") || a.length != 5) throw new IOException("the Python peer answered '" + answer +
			"' to " + peer + "; expected 'ok<TAB>median<TAB>first<TAB>count<TAB>what' or 'error<TAB>message'");
		try {
			return new Result(Double.parseDouble(a[1]), Double.parseDouble(a[2]), Integer.parseInt(a[3]), a[4]);
		}
		catch (final NumberFormatException e) {
			throw new IOException("the Python peer answered '" + answer + "' to " + peer + ": not numbers");
		}
	}

	private static Result skipped(final String why) {
		return new Result(Double.NaN, Double.NaN, 0, why);
	}

	/** Reads the first line, waiting at most {@code millis} (a child that hangs must not hang the bench). */
	private String readLine(final long millis) throws IOException {
		final long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (answers.ready() || !process.isAlive()) return answers.readLine();
			try {
				Thread.sleep(20);
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while starting the Python peer");
			}
		}
		throw new IOException(String.format(Locale.ROOT, "the Python peer said nothing within %d s", millis / 1000));
	}

	/** Closes the child's input (it then exits) and waits a little for it; ends it if it does not. */
	@Override
	public void close() throws IOException {
		try {
			requests.close();
		}
		catch (final IOException e) {
			// NB: the child has already gone
		}
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
		}
		catch (final InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
