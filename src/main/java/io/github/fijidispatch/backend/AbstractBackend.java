package io.github.fijidispatch.backend;

import java.util.Collections;
import java.util.Map;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.plugin.AbstractRichPlugin;

/**
 * Base of backends; by default a host backend (ImgLib2 images are native).
 * Device backends override the residency and conversion methods.
 */
public abstract class AbstractBackend extends AbstractRichPlugin implements Backend {

	private final String id;

	protected AbstractBackend(final String id) {
		this.id = id;
	}

	// -- Backend methods --

	@Override
	public String id() {
		return id;
	}

	@Override
	public Support availability() {
		return Support.yes();
	}

	@Override
	public DeviceKind deviceKind() {
		return DeviceKind.HOST_CPU;
	}

	@Override
	public Map<String, String> deviceInfo() {
		return Collections.emptyMap();
	}

	@Override
	public boolean isHostResident() {
		return true;
	}

	@Override
	public boolean isResident(final Object image) {
		return isHostResident() && HostImages.isHostImage(image);
	}

	@Override
	public ImageInfo describe(final Object nativeImage) {
		return HostImages.describe((RandomAccessibleInterval<?>) nativeImage);
	}

	@Override
	public Object upload(final RandomAccessibleInterval<?> host) {
		return host;
	}

	@Override
	public RandomAccessibleInterval<?> download(final Object nativeImage) {
		return (RandomAccessibleInterval<?>) nativeImage;
	}

	@Override
	public void release(final Object nativeImage) {
		// NB: host images are garbage collected.
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		// NB: nothing to free for a host backend.
	}

	@Override
	public String toString() {
		return id;
	}
}
