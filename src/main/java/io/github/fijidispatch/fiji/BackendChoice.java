package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.dispatch.DispatchService;

/**
 * The {@code backend} field of every op command: {@code auto} (dispatch
 * decides) or one installed backend id (used or the call fails).
 */
public final class BackendChoice {

	/** The input name of the field in dialogs and macro options. */
	public static final String NAME = "backend";
	/** Let dispatch decide. */
	public static final String AUTO = "auto";

	private BackendChoice() {
		// NB: constants and functions only
	}

	/** {@code auto} followed by every installed backend id. */
	public static List<String> choices(final DispatchService dispatch) {
		final List<String> choices = new ArrayList<>();
		choices.add(AUTO);
		for (final Backend b : dispatch.backends())
			choices.add(b.id());
		return choices;
	}

	/**
	 * The backend to name on the call: {@code null} for {@code auto} or blank.
	 *
	 * @throws IllegalArgumentException for an unknown backend, listing the choices
	 */
	public static String toBackendId(final DispatchService dispatch, final String opId, final String choice) {
		if (choice == null || choice.trim().isEmpty() || choice.trim().equalsIgnoreCase(AUTO)) return null;
		final String id = choice.trim();
		if (dispatch.backend(id) == null) throw new IllegalArgumentException(opId + ": backend = \"" + choice +
			"\" is not installed; allowed: " + String.join(", ", choices(dispatch)));
		return id;
	}
}
