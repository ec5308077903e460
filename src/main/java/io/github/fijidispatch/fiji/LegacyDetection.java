package io.github.fijidispatch.fiji;

import org.scijava.Context;
import org.scijava.service.Service;

/**
 * Whether imagej-legacy (Fiji's ImageJ 1 integration) serves this context: a
 * service in the context is a {@value #LEGACY_SERVICE}. Then Fiji turns our
 * SciJava commands into ImageJ 1 commands itself, and registering them again
 * would show every command twice. NB: checked by name; imagej-legacy is not
 * a dependency (it is not on Maven Central).
 */
public final class LegacyDetection {

	public static final String LEGACY_SERVICE = "net.imagej.legacy.LegacyService";

	private LegacyDetection() {
		// NB: functions only
	}

	public static boolean isLegacyActive(final Context context) {
		for (final Service s : context.getServiceIndex().getAll())
			if (isA(s.getClass(), LEGACY_SERVICE)) return true;
		return false;
	}

	private static boolean isA(final Class<?> type, final String name) {
		if (type == null) return false;
		if (type.getName().equals(name)) return true;
		for (final Class<?> i : type.getInterfaces())
			if (isA(i, name)) return true;
		return isA(type.getSuperclass(), name);
	}
}
