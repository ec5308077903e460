package io.github.fijidispatch.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scijava.Context;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;

/**
 * SciJava contexts for running outside Fiji (the command line). CLIJ's jars
 * declare a plugin whose type lives in imagej-legacy, which only Fiji has;
 * discovery then reports an exception on every start. Such plugins cannot
 * run outside Fiji anyway, so their discovery failures are dropped here;
 * every other discovery failure is still reported.
 */
public final class HeadlessContexts {

	/** Packages of plugin types that exist only inside Fiji. */
	private static final String[] FIJI_ONLY = { "net.imagej.legacy.", "net.imagej.ops.", "net.imagej.display." };

	private HeadlessContexts() {
		// NB: static holder
	}

	/** A context with every service on the class path. */
	public static Context create() {
		return new Context(new PluginIndex(HeadlessContexts::findPlugins));
	}

	private static Map<String, Throwable> findPlugins(final List<PluginInfo<?>> plugins) {
		final Map<String, Throwable> exceptions = new HashMap<>(new DefaultPluginFinder().findPlugins(plugins));
		exceptions.values().removeIf(HeadlessContexts::isFijiOnly);
		return exceptions;
	}

	private static boolean isFijiOnly(final Throwable t) {
		for (Throwable cause = t; cause != null; cause = cause.getCause()) {
			final String message = String.valueOf(cause.getMessage());
			if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError)
				for (final String prefix : FIJI_ONLY)
					if (message.startsWith(prefix) || message.startsWith(prefix.replace('.', '/'))) return true;
		}
		return false;
	}
}
