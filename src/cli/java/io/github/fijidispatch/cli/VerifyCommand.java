package io.github.fijidispatch.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.conformance.ConformanceReport;
import io.github.fijidispatch.conformance.ConformanceRunner;
import io.github.fijidispatch.dispatch.DispatchService;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code verify}: runs the conformance kit on this machine — every op's
 * seeded cases on each backend, compared with the reference — and reports per
 * op and backend: agrees (max error) / differs (max error, where) / declined
 * (reason) / failed (exception). Exit code 1 when anything differs or fails.
 */
@Plugin(type = Subcommand.class)
public class VerifyCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Override
	public String name() {
		return "verify";
	}

	@Override
	public String summary() {
		return "runs the conformance checks on this machine: does every backend agree with the reference?";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch verify [--backend B ...] [--op OP ...] [--json]\n" +
			"  --backend B   verify backend B against the reference (repeatable); default: every available backend\n" +
			"  --op OP       only this op (repeatable); default: every op\n" +
			"  --json        machine-readable report\n" +
			"Exit code 1 when any result differs from the reference or a backend fails; declines (with their reason) are allowed.";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) {
		final Arguments a = Arguments.parse(args, Arrays.asList("backend", "op"), Arrays.asList("json"), java.util.Collections.<String, String> emptyMap());
		if (!a.positional().isEmpty()) throw new IllegalArgumentException("unexpected argument(s) " + a.positional() + "; " + usage());
		final List<String> ops = new ArrayList<>();
		for (final String op : a.options("op"))
			ops.add(dispatch.opDefinition(op).id());
		final ConformanceRunner runner = new ConformanceRunner(dispatch);
		final List<String> backends = a.options("backend").isEmpty() ? runner.availableBackends() : checked(a.options("backend"));
		final ConformanceReport report = runner.run(backends, ops);
		out.print(a.flag("json") ? Json.write(report.toMap()) + "\n" : report.toText());
		return report.hasProblems() ? 1 : 0;
	}

	/** The named backends, each installed and available here. */
	private List<String> checked(final List<String> ids) {
		final List<String> out = new ArrayList<>();
		for (final String id : ids) {
			final Backend b = dispatch.backend(id);
			if (b == null) {
				final List<String> known = new ArrayList<>();
				for (final Backend k : dispatch.backends())
					known.add(k.id());
				throw new IllegalArgumentException("unknown backend '" + id + "'; installed: " + String.join(", ", known));
			}
			final Support s = dispatch.availability(b);
			if (!s.isYes()) throw new IllegalArgumentException("backend '" + id + "' is not available here: " + s.reason());
			out.add(id);
		}
		return out;
	}
}
