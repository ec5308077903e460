package net.imagej;

import org.scijava.service.SciJavaService;

/**
 * Headless stand-in for the marker interface of the same name in
 * imagej-common, which is not on Maven Central. CLIJ's converter service
 * implements it. Fiji ships the real one; this copy lives only in the
 * {@code headless} classifier jar, used by the tests and the command line.
 */
public interface ImageJService extends SciJavaService {
	// NB: a marker interface, exactly as the real one.
}
