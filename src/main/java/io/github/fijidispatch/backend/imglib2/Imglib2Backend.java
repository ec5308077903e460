package io.github.fijidispatch.backend.imglib2;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.backend.DeviceKind;

import org.scijava.plugin.Plugin;

/**
 * The reference backend: every op implemented exactly on ImgLib2 in host
 * memory, multithreaded through ImgLib2's {@code Parallelization} (the
 * calling code can pin the thread count with
 * {@code Parallelization.runWithNumThreads}). Always available.
 */
@Plugin(type = Backend.class, name = Imglib2Backend.ID)
public class Imglib2Backend extends AbstractBackend {

	public static final String ID = Backends.REFERENCE;

	public Imglib2Backend() {
		super(ID);
	}

	@Override
	public DeviceKind deviceKind() {
		return DeviceKind.HOST_CPU;
	}

	@Override
	public Map<String, String> deviceInfo() {
		final Map<String, String> info = new LinkedHashMap<>();
		info.put("device", "host CPU, " + Runtime.getRuntime().availableProcessors() + " cores");
		info.put("type", "CPU");
		info.put("runtime", "Java " + System.getProperty("java.version"));
		info.put("memory", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap");
		return info;
	}
}
