package io.github.fijidispatch.fiji.site;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.fiji.PluginsConfig;
import io.github.fijidispatch.fiji.StandaloneContexts;
import io.github.fijidispatch.op.Op;

import org.scijava.InstantiableException;
import org.scijava.command.Command;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;

/**
 * Build step (Maven's {@code process-classes} phase): writes
 * {@code plugins.config} into the classes folder from the op declarations and
 * the suite commands found in the plugin index, so that the jar's ImageJ 1
 * menu entries can never go stale. Usage: {@code GeneratePluginsConfig CLASSES_DIR}.
 * NB: the plugin index only, no context: no service or backend starts.
 */
public final class GeneratePluginsConfig {

	private GeneratePluginsConfig() {
		// NB: entry point only
	}

	public static void main(final String[] args) throws IOException, InstantiableException {
		if (args.length != 1) throw new IllegalArgumentException("usage: GeneratePluginsConfig CLASSES_DIR");
		final PluginIndex index = StandaloneContexts.pluginIndex(null);
		index.discover();
		final List<PluginsConfig.Entry> entries = entries(index);
		final File file = new File(args[0], PluginsConfig.RESOURCE);
		AtomicFile.writeText(file.toPath(), PluginsConfig.text(entries));
		System.out.println("plugins.config: " + entries.size() + " entries");
	}

	/** The entries of every op and suite command in this plugin index. */
	public static List<PluginsConfig.Entry> entries(final PluginIndex index) throws InstantiableException {
		final List<Op> ops = new ArrayList<>();
		for (final PluginInfo<Op> info : index.getPlugins(Op.class))
			ops.add(info.createInstance());
		final List<PluginInfo<?>> commands = new ArrayList<>();
		for (final PluginInfo<Command> info : index.getPlugins(Command.class))
			if (PluginsConfig.isSuiteCommand(info)) commands.add(info);
		return PluginsConfig.entries(ops, commands);
	}
}
