package io.github.fijidispatch.testbackend;

import java.util.Arrays;
import java.util.List;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.Support;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.plugin.PluginInfo;

/**
 * {@code test-broken-download}: a {@link FakeDeviceBackend} that uploads and
 * computes correctly but whose every download fails, as a device lost
 * mid-transfer would. Its live-buffer count shows whether dispatch freed the
 * result it could not bring back. Deliberately not a {@code @Plugin}: tests
 * add it through {@link #plugins()} and {@link TestContexts}, so that no
 * other test meets it; it is available wherever it is installed.
 */
public class BrokenDownloadBackend extends FakeDeviceBackend {

	public static final String ID = "test-broken-download";

	/** The message of every failed download. */
	public static final String FAULT = "simulated device loss during download (CL_OUT_OF_RESOURCES)";

	public BrokenDownloadBackend() {
		super(ID);
	}

	/** The backend and its Gaussian, to install with {@link TestContexts#dispatch}. */
	public static List<PluginInfo<?>> plugins() {
		return Arrays.<PluginInfo<?>> asList(new PluginInfo<>(BrokenDownloadBackend.class, Backend.class),
			new PluginInfo<>(Gauss.class, OpImplementation.class));
	}

	@Override
	public Support availability() {
		return Support.yes();
	}

	@Override
	public RandomAccessibleInterval<?> download(final Object nativeImage) {
		throw new IllegalStateException(FAULT);
	}

	/** The fake device's Gaussian, on this backend. */
	public static class Gauss extends FakeDeviceBackend.Gauss {

		public Gauss() {
			super(ID);
		}
	}
}
