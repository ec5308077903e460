package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.files.AtomicFile;

import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;

/** {@code docs}: prints the generated README sections, or refreshes them in place. */
@Plugin(type = Subcommand.class)
public class DocsCommand implements Subcommand {

	@Parameter
	private DispatchService dispatch;

	@Parameter
	private PluginService plugins;

	@Override
	public String name() {
		return "docs";
	}

	@Override
	public String summary() {
		return "prints the generated README tables (coverage, ops, commands), or refreshes them with --write";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch docs [--write README.md]";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		final Arguments a = Arguments.parse(args, Collections.singletonList("write"), Collections.<String> emptyList(),
			Collections.<String, String> emptyMap());
		final ReadmeSections sections = new ReadmeSections(dispatch, subcommands(plugins));
		if (a.option("write") == null) {
			for (final Map.Entry<String, String> e : sections.sections().entrySet())
				out.println("<!-- generated:" + e.getKey() + " -->\n" + e.getValue() + "<!-- /generated:" + e.getKey() + " -->\n");
			return 0;
		}
		final File file = new File(a.option("write"));
		final String before = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
		final String after = sections.refresh(before);
		AtomicFile.writeText(file.toPath(), after);
		out.println(before.equals(after) ? file + " is up to date" : "refreshed the generated sections of " + file);
		return 0;
	}

	/** Every subcommand, ordered by name. */
	static List<Subcommand> subcommands(final PluginService plugins) {
		final List<Subcommand> list = new ArrayList<>(plugins.createInstancesOfType(Subcommand.class));
		list.sort(Comparator.comparing(Subcommand::name));
		return list;
	}
}
