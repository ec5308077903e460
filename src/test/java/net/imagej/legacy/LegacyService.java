package net.imagej.legacy;

import org.scijava.service.SciJavaService;

/**
 * Test stand-in named like imagej-legacy's service, so that tests can
 * simulate running inside Fiji (see {@code FakeLegacyService}). Not a plugin:
 * only contexts that add it on purpose contain it.
 */
public interface LegacyService extends SciJavaService {
	// NB: the name is all that matters to LegacyDetection.
}
