package io.github.fijidispatch.backend;

/** Ids every part of the suite agrees on. */
public final class Backends {

	/** The reference backend: it defines every op's result; mode {@code off} runs only it. */
	public static final String REFERENCE = "imglib2";

	private Backends() {
		// NB: static holder
	}
}
