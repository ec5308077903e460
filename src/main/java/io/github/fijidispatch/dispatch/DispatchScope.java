package io.github.fijidispatch.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A backend preference for the calls made on one thread while it is open:
 * {@code prefer(...)} ranks the named backends first, {@code only(...)}
 * restricts the call to them. Scopes nest; the innermost open scope on the
 * thread applies, and closing restores the one around it. Other threads never
 * see it.
 * <pre>
 * try (DispatchScope s = dispatch.prefer("clij2")) { ... }      // Java
 * dispatch.prefer("clij2").withCloseable { ... }               // Groovy
 * with dispatch.prefer("clij2"): ...                            # Jython
 * </pre>
 */
public final class DispatchScope implements AutoCloseable {

	private final ScopeStack stack;
	private final boolean only;
	private final List<String> backendIds;
	private final Thread owner;
	private final int ruleHash;
	private boolean closed;

	DispatchScope(final ScopeStack stack, final boolean only, final List<String> backendIds) {
		this.stack = stack;
		this.only = only;
		this.backendIds = Collections.unmodifiableList(new ArrayList<>(backendIds));
		this.owner = Thread.currentThread();
		this.ruleHash = this.backendIds.hashCode() * 2 + (only ? 1 : 0);
	}

	/** Whether this scope restricts (only) rather than ranks (prefer). */
	public boolean isOnly() {
		return only;
	}

	public List<String> backendIds() {
		return backendIds;
	}

	/** Whether two scopes (either may be {@code null}) rank and restrict alike: same kind, same backends in the same order. */
	static boolean sameRule(final DispatchScope a, final DispatchScope b) {
		if (a == b) return true;
		if (a == null || b == null) return false;
		return a.only == b.only && a.backendIds.equals(b.backendIds);
	}

	/** A hash consistent with {@link #sameRule}. */
	int ruleHash() {
		return ruleHash;
	}

	public boolean isClosed() {
		return closed;
	}

	/**
	 * Ends the scope and restores the enclosing one. Closing twice does
	 * nothing.
	 *
	 * @throws IllegalStateException when called from another thread than the one that opened it
	 */
	@Override
	public void close() {
		if (closed) return;
		if (Thread.currentThread() != owner) throw new IllegalStateException("scope " + this +
			" was opened on thread '" + owner.getName() + "' and must be closed there, not on '" +
			Thread.currentThread().getName() + "'");
		closed = true;
		stack.remove(this);
	}

	// -- Jython context manager protocol --

	/** {@code with dispatch.prefer("clij2"):} in Jython; returns this scope. */
	public DispatchScope __enter__() {
		return this;
	}

	/** Closes the scope at the end of a Jython {@code with} block; never swallows an exception. */
	public boolean __exit__(final Object type, final Object value, final Object traceback) {
		close();
		return false;
	}

	@Override
	public String toString() {
		return (only ? "only(" : "prefer(") + String.join(", ", backendIds) + ")";
	}
}
