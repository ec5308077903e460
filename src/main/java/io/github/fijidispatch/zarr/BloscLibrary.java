package io.github.fijidispatch.zarr;

import org.blosc.IBloscDll;

/**
 * Whether the native {@code libblosc} that jblosc binds through JNA can be
 * loaded, checked once on first use; every blosc call goes through
 * {@link #require()}, so a missing library is a clear error, never a crash or
 * an {@code UnsatisfiedLinkError} deep in a block.
 */
public final class BloscLibrary {

	/** What to install, for messages. */
	public static final String INSTALL = "install the native blosc library (Debian/Ubuntu: apt-get install libblosc1; " +
		"macOS: brew install c-blosc; or put libblosc on jna.library.path)";

	private BloscLibrary() {
		// NB: static holder
	}

	/** NB: a holder class, so that the check runs on first use, not when this class loads. */
	private static final class Check {

		static final String VERSION;
		static final Throwable FAILURE;

		static {
			String version = null;
			Throwable failure = null;
			try {
				version = IBloscDll.blosc_get_version_string();
			}
			catch (final LinkageError e) {
				failure = e;
			}
			VERSION = version;
			FAILURE = failure;
		}
	}

	/** True if blosc chunks can be read and written here. */
	public static boolean isAvailable() {
		return Check.FAILURE == null;
	}

	/** The loaded library's version, e.g. {@code 1.21.3}, or why it cannot be loaded. */
	public static String describe() {
		return isAvailable() ? "libblosc " + Check.VERSION : "libblosc cannot be loaded (" + Check.FAILURE + ")";
	}

	/**
	 * @throws IllegalStateException saying what to install when the library cannot be loaded
	 */
	static void require() {
		if (!isAvailable()) throw new IllegalStateException("blosc-compressed Zarr chunks need the native library " +
			"libblosc, which cannot be loaded (" + Check.FAILURE.getMessage() + "): " + INSTALL);
	}
}
