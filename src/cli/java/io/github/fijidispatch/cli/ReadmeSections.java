package io.github.fijidispatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.dispatch.CoverageMatrix;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.BlockPlan;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.ParameterSpec;

/**
 * The parts of the README that are generated from the code: the op ×
 * backend coverage matrix, the op catalog with parameters, tolerances and
 * non-finite rules ({@code Op#nonFinite}), and
 * the command-line usage. Each lives between
 * {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->}
 * markers; {@code fiji-dispatch docs --write README.md} refreshes them and a
 * test fails when the README is stale. Backends whose id starts with
 * {@code test-} are test doubles and are left out.
 */
public final class ReadmeSections {

	private static final Pattern BLOCK = Pattern.compile("(<!-- generated:([a-z-]+) -->\n)(.*?)(<!-- /generated:\\2 -->)", Pattern.DOTALL);

	private final DispatchService dispatch;
	private final List<Subcommand> commands;

	public ReadmeSections(final DispatchService dispatch, final List<Subcommand> commands) {
		this.dispatch = dispatch;
		this.commands = commands;
	}

	/** Every generated section by name. */
	public Map<String, String> sections() {
		final Map<String, String> s = new LinkedHashMap<>();
		s.put("coverage", coverage());
		s.put("ops", ops());
		s.put("commands", commands());
		return s;
	}

	/** The README text with every generated block replaced by its current content. */
	public String refresh(final String readme) {
		final Map<String, String> sections = sections();
		final Matcher m = BLOCK.matcher(readme);
		final StringBuffer sb = new StringBuffer();
		while (m.find()) {
			final String body = sections.containsKey(m.group(2)) ? sections.get(m.group(2)) : m.group(3);
			m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + body + m.group(4)));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	String coverage() {
		final CoverageMatrix matrix = new CoverageMatrix(dispatch);
		final StringBuilder sb = new StringBuilder("| op |");
		final List<String> backends = new java.util.ArrayList<>();
		for (final Backend b : dispatch.backends())
			if (!b.id().startsWith("test-")) backends.add(b.id());
		for (final String b : backends)
			sb.append(" `").append(b).append("` |");
		sb.append("\n|---|");
		for (int i = 0; i < backends.size(); i++)
			sb.append(":---:|");
		sb.append('\n');
		for (final String op : matrix.ops()) {
			sb.append("| `").append(op).append("` |");
			for (final String b : backends)
				sb.append(matrix.isImplemented(op, b) ? " ✓ |" : " — |");
			sb.append('\n');
		}
		sb.append("| **ops** |");
		for (final String b : backends)
			sb.append(" ").append(matrix.count(b)).append('/').append(matrix.ops().size()).append(" |");
		return sb.append('\n').toString();
	}

	String ops() {
		final StringBuilder sb = new StringBuilder(
			"| op | menu label | parameters | tolerance vs reference | non-finite pixels | in place | blockwise plan (defaults, 2D) |\n|---|---|---|---|---|:---:|---|\n");
		for (final Op op : dispatch.ops()) {
			final StringBuilder params = new StringBuilder();
			for (final ParameterSpec p : op.parameters())
				params.append(params.length() == 0 ? "" : "<br>").append('`').append(p.name()).append("` ")
					.append(p.allowed()).append(p.defaultValue() == null ? "" : ", default " + ParameterSpec.toText(p.defaultValue()));
			sb.append("| `").append(op.id()).append("` | ").append(op.category()).append(" › ").append(op.label())
				.append(" | ").append(params.length() == 0 ? "—" : params).append(" | ").append(tableCell(op.tolerance().describe())).append(" | ").append(tableCell(op.nonFinite().rule().label())).append(" | ").append(op.allowsInPlace() ? "✓" : "—").append(" | ").append(tableCell(blockPlan(op))).append(" |\n");
		}
		return sb.toString();
	}

	/**
	 * The op's blockwise plan for its default parameters (a required one set to 1) on a 2D float32 image of 64×64, as
	 * {@link BlockPlan#describe()} says it.
	 */
	static String blockPlan(final Op op) {
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final ParameterSpec p : op.parameters())
			if (p.isRequired()) values.put(p.name(), 1);
		return op.blockwise(op.resolve(values), new ImageInfo(new long[] { 64, 64 }, PixelKind.FLOAT32)).describe();
	}

	/** Text for a Markdown table cell: a {@code |} (as in {@code |Δ|}) would end the cell, so it is escaped. */
	static String tableCell(final String text) {
		return text.replace("|", "\\|");
	}

	String commands() {
		final StringBuilder sb = new StringBuilder("```\n");
		for (final Subcommand c : commands)
			sb.append(c.usage()).append("\n\n");
		sb.setLength(sb.length() - 1);
		return sb.append("```\n").toString();
	}
}
