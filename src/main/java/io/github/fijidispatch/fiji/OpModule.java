package io.github.fijidispatch.fiji;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ParameterSpec;
import ij.ImagePlus;

import org.scijava.Cancelable;
import org.scijava.module.AbstractModule;

/**
 * One run of an op command: reads the inputs of its {@link OpModuleInfo},
 * dispatches through {@link ImagePlusCall}, sets the output and says on the
 * status bar which backend ran and how long it took. Headless-safe. A
 * failed call throws, or when the ImageJ 1 menu path runs it
 * ({@link FailsByCancelling}), cancels with the failure's message.
 */
public class OpModule extends AbstractModule implements Cancelable, FailsByCancelling {

	private final OpModuleInfo info;
	private volatile boolean cancelOnFailure;
	private volatile String cancelReason;

	public OpModule(final OpModuleInfo info) {
		this.info = info;
	}

	@Override
	public OpModuleInfo getInfo() {
		return info;
	}

	@Override
	public void cancelOnFailure() {
		cancelOnFailure = true;
	}

	@Override
	public boolean isCanceled() {
		return cancelReason != null;
	}

	@Override
	public void cancel(final String reason) {
		cancelReason = reason == null ? "" : reason;
	}

	@Override
	public String getCancelReason() {
		return cancelReason;
	}

	@Override
	public void run() {
		FailsByCancelling.run(cancelOnFailure, this::cancel, this::runCall);
	}

	private void runCall() {
		final Op op = info.op();
		final List<ImagePlus> images = new ArrayList<>();
		for (final String name : op.inputNames())
			images.add((ImagePlus) getInput(name));
		final Map<String, Object> params = new LinkedHashMap<>();
		for (final ParameterSpec spec : op.parameters()) {
			final Object value = getInput(spec.name());
			// NB: a blank or missing value means "use the declared default".
			if (value != null && !(value instanceof String && ((String) value).trim().isEmpty())) params.put(spec.name(), value);
		}
		final ImagePlusCall.Outcome outcome = info.call().run(op, images, params, (String) getInput(BackendChoice.NAME));
		setOutput(op.outputKind() == OutputKind.TABLE ? OpModuleInfo.TABLE : OpModuleInfo.RESULT, outcome.result());
		info.statuses().show(outcome.status());
	}
}
