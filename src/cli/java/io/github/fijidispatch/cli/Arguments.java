package io.github.fijidispatch.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of one subcommand: options ({@code --name value},
 * {@code --name=value}, short aliases such as {@code -i}), repeatable options,
 * flags, and positional words. Unknown options are an error naming the known
 * ones.
 */
public final class Arguments {

	private final Map<String, List<String>> options = new LinkedHashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positional = new ArrayList<>();

	/**
	 * @param valued options that take a value (long names without dashes)
	 * @param flagNames options without a value
	 * @param aliases short forms, e.g. {@code "i" → "input"}
	 */
	public static Arguments parse(final List<String> args, final Collection<String> valued,
		final Collection<String> flagNames, final Map<String, String> aliases)
	{
		final Arguments a = new Arguments();
		for (int i = 0; i < args.size(); i++) {
			final String arg = args.get(i);
			if (!arg.startsWith("-") || arg.equals("-")) {
				a.positional.add(arg);
				continue;
			}
			String name = arg.replaceFirst("^--?", "");
			String value = null;
			final int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (aliases.containsKey(name)) name = aliases.get(name);
			if (flagNames.contains(name)) {
				if (value != null) throw new IllegalArgumentException("option --" + name + " takes no value");
				a.flags.add(name);
			}
			else if (valued.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) throw new IllegalArgumentException("option --" + name + " needs a value");
					value = args.get(++i);
				}
				a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			}
			else {
				final List<String> known = new ArrayList<>();
				for (final String v : valued)
					known.add("--" + v);
				for (final String f : flagNames)
					known.add("--" + f);
				throw new IllegalArgumentException("unknown option " + arg + "; known: " + String.join(" ", known));
			}
		}
		return a;
	}

	public static Arguments parse(final String[] args, final Collection<String> valued, final Collection<String> flagNames,
		final Map<String, String> aliases)
	{
		return parse(Arrays.asList(args), valued, flagNames, aliases);
	}

	public boolean flag(final String name) {
		return flags.contains(name);
	}

	/** The last value of an option, or {@code null}. */
	public String option(final String name) {
		final List<String> values = options.get(name);
		return values == null ? null : values.get(values.size() - 1);
	}

	public String option(final String name, final String fallback) {
		final String v = option(name);
		return v == null ? fallback : v;
	}

	/** Every value of a repeatable option, in order. */
	public List<String> options(final String name) {
		final List<String> values = options.get(name);
		return values == null ? new ArrayList<>() : new ArrayList<>(values);
	}

	public List<String> positional() {
		return new ArrayList<>(positional);
	}
}
