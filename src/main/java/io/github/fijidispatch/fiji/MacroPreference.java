package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.dispatch.DispatchScope;
import io.github.fijidispatch.dispatch.DispatchService;

/**
 * A backend preference set from a macro ({@code call("...MacroFunctions.prefer", "clij2")})
 * that applies to every later op command until cleared. NB: unlike a
 * {@link DispatchScope} it is not bound to a thread, because ImageJ runs a
 * command on another thread than the macro that called it. Thread-safe.
 */
public final class MacroPreference {

	private volatile boolean only;
	private volatile List<String> backendIds = Collections.emptyList();

	/** Prefers these backends, in this order, for later commands. */
	public void prefer(final List<String> ids) {
		set(false, ids);
	}

	/** Restricts later commands to these backends. */
	public void only(final List<String> ids) {
		set(true, ids);
	}

	public void clear() {
		set(false, Collections.<String> emptyList());
	}

	public synchronized boolean isOnly() {
		return only;
	}

	public synchronized List<String> backendIds() {
		return backendIds;
	}

	/**
	 * Opens the matching scope on the current thread, or returns {@code null}
	 * when nothing is set; the caller closes it.
	 */
	public synchronized DispatchScope open(final DispatchService dispatch) {
		if (backendIds.isEmpty()) return null;
		final String[] ids = backendIds.toArray(new String[0]);
		return only ? dispatch.only(ids) : dispatch.prefer(ids);
	}

	private synchronized void set(final boolean restrict, final List<String> ids) {
		this.only = restrict;
		this.backendIds = Collections.unmodifiableList(new ArrayList<>(ids));
	}

	@Override
	public synchronized String toString() {
		return backendIds.isEmpty() ? "none" : (only ? "only " : "prefer ") + String.join(",", backendIds);
	}
}
