package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.CoverageMatrix;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** {@code info}: backends (available or why not, device), settings, ops, coverage matrix. */
@Plugin(type = Subcommand.class)
public class InfoCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "backends (available or why not, device, memory), ops and the op × backend coverage matrix";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch info [--json]";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) {
		final Arguments a = Arguments.parse(args, Collections.<String> emptyList(), Arrays.asList("json"),
			Collections.<String, String> emptyMap());
		final CoverageMatrix coverage = new CoverageMatrix(dispatch);
		if (a.flag("json")) out.println(Json.write(asMap(coverage)));
		else print(coverage, out);
		return 0;
	}

	private void print(final CoverageMatrix coverage, final PrintStream out) {
		out.println("Settings: " + dispatch.settings());
		out.println();
		out.println("Backends");
		for (final Backend b : dispatch.backends()) {
			final Support s = dispatch.availability(b);
			out.printf("  %-10s %s, %d/%d ops%n", b.id(), s.isYes() ? "available" : "unavailable: " + s.reason(),
				coverage.count(b.id()), coverage.ops().size());
			if (s.isYes()) for (final Map.Entry<String, String> e : b.deviceInfo().entrySet())
				out.printf("  %-10s   %-14s %s%n", "", e.getKey(), e.getValue());
		}
		out.println();
		out.println("Ops (" + dispatch.ops().size() + ")");
		for (final Op op : dispatch.ops()) {
			out.printf("  %-24s %-28s %s%n", op.id(), op.label(), op.description());
			for (final ParameterSpec p : op.parameters())
				out.printf("  %-24s   --param %s%n", "", p);
		}
		out.println();
		out.println("Coverage");
		final StringBuilder header = new StringBuilder(String.format("  %-24s", "op"));
		for (final String b : coverage.backends())
			header.append(String.format(" %-8s", b));
		out.println(header);
		for (final String op : coverage.ops()) {
			final StringBuilder row = new StringBuilder(String.format("  %-24s", op));
			for (final String b : coverage.backends())
				row.append(String.format(" %-8s", coverage.isImplemented(op, b) ? "yes" : "-"));
			out.println(row);
		}
	}

	private Map<String, Object> asMap(final CoverageMatrix coverage) {
		final Map<String, Object> root = new LinkedHashMap<>();
		final Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("priority", dispatch.settings().priority());
		settings.put("mode", dispatch.settings().mode().id());
		settings.put("fallback", dispatch.settings().fallback());
		root.put("settings", settings);
		final List<Object> backends = new ArrayList<>();
		for (final Backend b : dispatch.backends()) {
			final Support s = dispatch.availability(b);
			final Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", b.id());
			m.put("available", s.isYes());
			m.put("reason", s.reason());
			m.put("device", s.isYes() ? b.deviceInfo() : Collections.emptyMap());
			final List<String> ops = new ArrayList<>();
			for (final String op : coverage.ops())
				if (coverage.isImplemented(op, b.id())) ops.add(op);
			m.put("ops", ops);
			backends.add(m);
		}
		root.put("backends", backends);
		final List<Object> ops = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			final Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", op.id());
			m.put("label", op.label());
			m.put("category", op.category());
			m.put("inputs", op.inputNames());
			m.put("output", op.outputKind().name().toLowerCase());
			m.put("tolerance", op.tolerance().describe());
			final List<Object> params = new ArrayList<>();
			for (final ParameterSpec p : op.parameters()) {
				final Map<String, Object> pm = new LinkedHashMap<>();
				pm.put("name", p.name());
				pm.put("allowed", p.allowed());
				pm.put("default", p.defaultValue() == null ? null : ParameterSpec.toText(p.defaultValue()));
				pm.put("unit", p.unit());
				pm.put("description", p.description());
				params.add(pm);
			}
			m.put("parameters", params);
			ops.add(m);
		}
		root.put("ops", ops);
		return root;
	}
}
