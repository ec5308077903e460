package io.github.fijidispatch.dispatch;

/** One backend's try at a call: success, or the failure that made dispatch move on. */
public final class Attempt {

	private final String backendId;
	private final String failure;

	public Attempt(final String backendId, final String failure) {
		this.backendId = backendId;
		this.failure = failure;
	}

	public String backendId() {
		return backendId;
	}

	public boolean succeeded() {
		return failure == null;
	}

	/** What went wrong, or {@code null} on success. */
	public String failure() {
		return failure;
	}

	@Override
	public String toString() {
		return backendId + (failure == null ? ": ok" : ": failed — " + failure);
	}
}
