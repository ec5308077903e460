package io.github.fijidispatch.fiji;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import ij.IJ;

import org.scijava.Context;

/**
 * The one SciJava context that serves our ImageJ 1 commands, whichever host
 * runs them. No code of ours needs to have run before the first command.
 * <ol>
 * <li><b>Fiji.</b> imagej-legacy patches ImageJ 1 (the static
 * {@code ij.IJ._hooks} field of ij1-patcher's {@code LegacyInjector}) and
 * answers {@code IJ.runPlugIn("org.scijava.Context", "")} with Fiji's own
 * context ({@code DefaultLegacyHooks.interceptRunPlugIn}). That context is
 * used; a second one would open a second CLIJ2/OpenCL session and duplicate
 * every service.</li>
 * <li><b>A context that serves already</b> ({@link Ij1Link}): the command
 * line's {@code macro} harness, a test, or the context this class made.</li>
 * <li><b>Plain ImageJ 1.</b> One context is made on first use from the class
 * loader that loaded the plugin (ImageJ's plugin class loader), shared by all
 * commands, and disposed when the JVM ends (ImageJ's Quit and {@code -batch}
 * end with {@code System.exit}).</li>
 * </ol>
 * NB: in unpatched ImageJ 1, {@code IJ.runPlugIn("org.scijava.Context", "")}
 * would instantiate a new context by reflection, so it is called only when
 * the legacy hooks say that a context is there.
 */
public final class Ij1Host {

	private static final String CONTEXT_CLASS = Context.class.getName();
	private static Context standalone;

	private Ij1Host() {
		// NB: static entry point for ImageJ 1 plugins, which ImageJ creates reflectively
	}

	/**
	 * The command service of the serving context.
	 *
	 * @throws IllegalStateException when Fiji's context lacks the suite (the jar is not on its plugin index)
	 */
	public static DispatchCommandService service() {
		final Context fiji = fijiContext();
		if (fiji != null) {
			final DispatchCommandService s = fiji.getService(DispatchCommandService.class);
			if (s == null) throw new IllegalStateException("Fiji's context has no Fiji Dispatch service: " +
				"the Fiji_Dispatch jar is not on Fiji's class path; reinstall it from the update site");
			return s;
		}
		final DispatchCommandService serving = Ij1Link.serving();
		return serving != null ? serving : standaloneContext().service(DispatchCommandService.class);
	}

	/** Fiji's context, or {@code null} when ImageJ 1 runs without imagej-legacy. */
	static Context fijiContext() {
		final Object hooks = legacyHooks();
		if (hooks == null || contextOf(hooks) == null) return null;
		final Object context = IJ.runPlugIn(CONTEXT_CLASS, "");
		return context instanceof Context ? (Context) context : null;
	}

	private static Object legacyHooks() {
		try {
			final Field field = IJ.class.getField("_hooks");
			return field.get(null);
		}
		catch (final NoSuchFieldException e) {
			return null; // NB: unpatched ImageJ 1
		}
		catch (final IllegalAccessException e) {
			throw new IllegalStateException("cannot read ImageJ's legacy hooks: " + e.getMessage(), e);
		}
	}

	private static Object contextOf(final Object hooks) {
		try {
			final Method getContext = hooks.getClass().getMethod("getContext");
			return getContext.invoke(hooks);
		}
		catch (final ReflectiveOperationException e) {
			return null; // NB: hooks of an ij1-patcher without a legacy service: no context to share
		}
	}

	private static synchronized Context standaloneContext() {
		if (standalone != null) return standalone;
		final ClassLoader loader = Ij1Host.class.getClassLoader();
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		// NB: services that look up classes or resources through the thread's loader must see the plugins' jars.
		thread.setContextClassLoader(loader);
		try {
			standalone = StandaloneContexts.create(loader);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		final Context made = standalone;
		// NB: dispose is idempotent; the hook releases the backends (the OpenCL session) when ImageJ quits.
		Runtime.getRuntime().addShutdownHook(new Thread(made::dispose, "fiji-dispatch-dispose"));
		return standalone;
	}
}
