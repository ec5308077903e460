package io.github.fijidispatch.dispatch;

import java.io.File;
import java.util.Map;
import java.util.Properties;

/**
 * Where this machine's cost-model calibration lives: the system property
 * {@value #PROPERTY}, else the environment variable {@value #ENV}, else
 * {@code cost-model.tsv} in {@code fiji-dispatch} under the user's config
 * directory ({@code $XDG_CONFIG_HOME}, default {@code ~/.config}).
 */
public final class CostModelLocation {

	public static final String PROPERTY = "fiji.dispatch.costmodel";
	public static final String ENV = "FIJI_DISPATCH_COSTMODEL";
	public static final String FILE_NAME = "cost-model.tsv";

	private CostModelLocation() {
		// NB: static holder
	}

	/** The calibration file for these system properties and environment. */
	public static File resolve(final Properties properties, final Map<String, String> env) {
		final String property = properties.getProperty(PROPERTY);
		if (property != null && !property.trim().isEmpty()) return new File(property.trim());
		final String variable = env.get(ENV);
		if (variable != null && !variable.trim().isEmpty()) return new File(variable.trim());
		final String xdg = env.get("XDG_CONFIG_HOME");
		final File config = xdg != null && !xdg.trim().isEmpty() ? new File(xdg.trim())
			: new File(properties.getProperty("user.home", "."), ".config");
		return new File(new File(config, "fiji-dispatch"), FILE_NAME);
	}
}
