package io.github.fijidispatch.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The jars a build made, as {@code scripts/fiji-dispatch} names them in
 * system properties: the plugin jar ({@value #PLUGIN}), the headless stand-ins
 * ({@value #HEADLESS}) and the file listing the compile-scope dependencies
 * ({@value #DEPENDENCIES}, a class path).
 */
final class BuiltJars {

	static final String PLUGIN = "fiji.dispatch.jar";
	static final String HEADLESS = "fiji.dispatch.headless.jar";
	static final String DEPENDENCIES = "fiji.dispatch.dependencies";

	private BuiltJars() {
		// NB: functions only
	}

	static File plugin() {
		return existing(PLUGIN);
	}

	static File headless() {
		return existing(HEADLESS);
	}

	/** The compile-scope dependency jars, in class-path order. */
	static List<File> dependencies() throws IOException {
		final File list = existing(DEPENDENCIES);
		final List<File> jars = new ArrayList<>();
		for (final String part : new String(Files.readAllBytes(list.toPath()), StandardCharsets.UTF_8).trim().split(File.pathSeparator))
			if (!part.isEmpty()) jars.add(new File(part));
		for (final File jar : jars)
			if (!jar.isFile()) throw new IllegalStateException("dependency " + jar + " is missing; rebuild with scripts/fiji-dispatch");
		return jars;
	}

	private static File existing(final String property) {
		final String path = System.getProperty(property);
		if (path == null) throw new IllegalStateException("the system property " + property +
			" is not set: run this through scripts/fiji-dispatch, which builds the jars and names them");
		final File f = new File(path);
		if (!f.isFile()) throw new IllegalStateException(property + " = " + f + " does not exist; rebuild with scripts/fiji-dispatch");
		return f;
	}
}
