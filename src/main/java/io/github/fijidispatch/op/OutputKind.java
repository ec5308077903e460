package io.github.fijidispatch.op;

/** What an op returns. */
public enum OutputKind {
	/** An image of the input's kind (host in, host out; device in, device out). */
	IMAGE,
	/** A {@link ResultTable}, always on the host. */
	TABLE
}
