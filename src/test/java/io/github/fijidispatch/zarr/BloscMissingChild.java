package io.github.fijidispatch.zarr;

import java.nio.file.Paths;

/**
 * The child JVM of {@link BloscLibraryTest}, started where JNA cannot find {@code libblosc}: reads a blosc fixture
 * and a zlib one, and prints what happened to each.
 */
public final class BloscMissingChild {

	private BloscMissingChild() {
		// NB: entry point only
	}

	public static void main(final String[] args) throws Exception {
		System.out.println("available " + BloscLibrary.isAvailable());
		try {
			OmeZarrImage.open(Paths.get(args[0])).array().readAll(1 << 20);
			System.out.println("blosc read");
		}
		catch (final IllegalStateException e) {
			System.out.println("blosc refused: " + e.getMessage());
		}
		OmeZarrImage.open(Paths.get(args[1])).array().readAll(1 << 20);
		System.out.println("zlib read");
	}
}
