package io.github.fijidispatch.cli;

import java.io.File;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.log.LogService;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/**
 * {@code script FILE.groovy|FILE.py [k=v ...]}: runs a SciJava script
 * ({@code #@} parameters; {@code k=v} sets the input {@code k}, converted to
 * its declared type) and prints its outputs as {@code name = value}. A
 * script that throws or does not compile ends the command with its error
 * message (file and line where known) and exit code 1, without a Java trace
 * unless {@code --verbose} ({@link ScriptFailure}).
 */
@Plugin(type = Subcommand.class)
public class ScriptCommand implements Subcommand {

	@Parameter
	private Context context;

	@Parameter
	private ScriptService scripts;

	@Parameter
	private ModuleService modules;

	@Parameter
	private LogService log;

	@Override
	public String name() {
		return "script";
	}

	@Override
	public String summary() {
		return "runs a SciJava script (Groovy, Jython) with #@ DispatchService dispatch";
	}

	@Override
	public String usage() {
		return "usage: fiji-dispatch script FILE.groovy|FILE.py [name=value ...]\n" +
			"  name=value  sets the script input 'name' (#@ parameters); outputs print as name = value";
	}

	@Override
	public int run(final List<String> args, final PrintStream out) throws Exception {
		if (args.isEmpty()) throw new IllegalArgumentException("give the script file; " + usage());
		final File file = new File(args.get(0));
		if (!file.isFile()) throw new IllegalArgumentException("script file '" + file + "' does not exist");
		if (scripts.getLanguageByExtension(extension(file)) == null) throw new IllegalArgumentException("script file '" +
			file + "': no script language for ." + extension(file) + "; known: " + scripts.getLanguages());
		final Map<String, Object> inputs = new LinkedHashMap<>();
		for (final String kv : args.subList(1, args.size())) {
			final int eq = kv.indexOf('=');
			if (eq <= 0) throw new IllegalArgumentException("script inputs are name=value, not '" + kv + "'");
			inputs.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
		}
		final ScriptInfo info = new ScriptInfo(context, file);
		final RecordingScriptLanguage language = new RecordingScriptLanguage(scripts.getLanguageByExtension(extension(file)));
		info.setLanguage(language);
		for (final String name : inputs.keySet())
			if (info.getInput(name) == null) throw new IllegalArgumentException("script " + file.getName() +
				" has no input '" + name + "'; inputs: " + names(info.inputs()));
		final ScriptModule module = info.createModule();
		module.setContext(context);
		final boolean verbose = log.isInfo();
		try {
			modules.run(module, true, inputs).get();
		}
		catch (final ExecutionException e) {
			throw ScriptFailure.of(file, e.getCause() == null ? e : e.getCause(), verbose);
		}
		if (language.failure() != null) throw ScriptFailure.of(file, language.failure(), verbose);
		for (final ModuleItem<?> item : info.outputs()) {
			final Object value = module.getOutput(item.getName());
			if (value != null) out.println(item.getName() + " = " + value);
		}
		return 0;
	}

	private static String extension(final File file) {
		final String n = file.getName();
		return n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
	}

	private static String names(final Iterable<ModuleItem<?>> items) {
		final StringBuilder sb = new StringBuilder();
		for (final ModuleItem<?> item : items)
			sb.append(sb.length() == 0 ? "" : ", ").append(item.getName());
		return sb.toString();
	}

}
