package io.github.fijidispatch.dispatch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The open {@link DispatchScope}s of each thread, innermost on top; one per
 * dispatch service, so that two contexts never see each other's scopes.
 */
final class ScopeStack {

	private final ThreadLocal<Deque<DispatchScope>> scopes = ThreadLocal.withInitial(ArrayDeque::new);

	DispatchScope open(final boolean only, final List<String> backendIds) {
		final DispatchScope scope = new DispatchScope(this, only, backendIds);
		scopes.get().push(scope);
		return scope;
	}

	/** The innermost open scope of the calling thread, or {@code null}. */
	DispatchScope current() {
		return scopes.get().peek();
	}

	void remove(final DispatchScope scope) {
		// NB: closing an outer scope first also ends the scopes nested in it,
		// as a try-with-resources would have.
		final Deque<DispatchScope> deque = scopes.get();
		if (!deque.contains(scope)) return;
		while (!deque.isEmpty()) {
			final DispatchScope top = deque.pop();
			if (top == scope) break;
		}
		if (deque.isEmpty()) scopes.remove();
	}
}
