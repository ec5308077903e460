package io.github.fijidispatch.testbackend;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.fijidispatch.dispatch.DispatchService;

import org.scijava.Context;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.service.Service;

/**
 * Dispatch contexts whose plugins differ from the discovered ones in a
 * declared way: test doubles added (classes deliberately not annotated with
 * {@code @Plugin}, so that no other test meets them) and real plugins left
 * out (the class a double stands in for).
 */
public final class TestContexts {

	private TestContexts() {
		// NB: static holder
	}

	/**
	 * A context with the dispatch service, over the discovered plugins minus
	 * {@code removed}, plus {@code added}. Dispose it after use.
	 *
	 * @throws IllegalStateException when a class to remove is not among the discovered plugins (the double would
	 *           silently meet the real one)
	 */
	public static Context dispatch(final List<PluginInfo<?>> added, final Class<?>... removed) {
		final Set<String> names = new HashSet<>();
		for (final Class<?> c : removed)
			names.add(c.getName());
		final PluginIndex index = new PluginIndex(plugins -> {
			final Map<String, Throwable> problems = new DefaultPluginFinder().findPlugins(plugins);
			final Set<String> found = new HashSet<>();
			for (final PluginInfo<?> info : plugins)
				if (names.contains(info.getClassName())) found.add(info.getClassName());
			plugins.removeIf(info -> names.contains(info.getClassName()));
			if (!found.equals(names)) throw new IllegalStateException("plugins to leave out were not discovered: " + names +
				" (found " + found + ")");
			plugins.addAll(added);
			return problems;
		});
		return new Context(Collections.<Class<? extends Service>> singletonList(DispatchService.class), index);
	}
}
