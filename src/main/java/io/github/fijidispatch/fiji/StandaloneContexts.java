package io.github.fijidispatch.fiji;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scijava.Context;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;

/**
 * SciJava contexts for running outside Fiji: the command line, and plain
 * ImageJ 1 ({@link Ij1Host}). CLIJ's jars declare a plugin whose type lives
 * in imagej-legacy, which only Fiji has; discovery then reports an exception
 * on every start. Such plugins cannot run outside Fiji anyway, so their
 * discovery failures are dropped here; every other discovery failure is
 * still reported.
 */
public final class StandaloneContexts {

	/** Packages of plugin types that exist only inside Fiji. */
	private static final String[] FIJI_ONLY = { "net.imagej.legacy.", "net.imagej.ops.", "net.imagej.display." };

	private StandaloneContexts() {
		// NB: static holder
	}

	/** A context with every service on the thread's class path. */
	public static Context create() {
		return create(null);
	}

	/**
	 * A context with every service that {@code loader} finds (the thread's
	 * context class loader when {@code null}). NB: plain ImageJ 1 loads plugins
	 * through its own class loader, which a plugin thread's context class
	 * loader need not be.
	 */
	public static Context create(final ClassLoader loader) {
		return new Context(pluginIndex(loader));
	}

	/** The plugin index such a context uses, not yet discovered. */
	public static PluginIndex pluginIndex(final ClassLoader loader) {
		final DefaultPluginFinder finder = loader == null ? new DefaultPluginFinder() : new DefaultPluginFinder(loader);
		return new PluginIndex(plugins -> findPlugins(finder, plugins));
	}

	private static Map<String, Throwable> findPlugins(final DefaultPluginFinder finder, final List<PluginInfo<?>> plugins) {
		final Map<String, Throwable> exceptions = new HashMap<>(finder.findPlugins(plugins));
		exceptions.values().removeIf(StandaloneContexts::isFijiOnly);
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
