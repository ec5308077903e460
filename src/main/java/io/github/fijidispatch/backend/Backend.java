package io.github.fijidispatch.backend;

import java.util.Map;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.Disposable;
import org.scijava.plugin.RichPlugin;

/**
 * A place where ops run: the CPU through ImgLib2, an OpenCL device through
 * CLIJ2, or whatever a third-party jar brings. A backend is a SciJava plugin
 * ({@code @Plugin(type = Backend.class)}); the dispatch service creates one
 * instance per context, asks it whether it is available, converts images to
 * and from its native kind, and disposes of it with the context.
 * <p>
 * Host images are ImgLib2 {@link RandomAccessibleInterval}s of real pixels.
 * A backend whose native kind is something else (e.g. a device buffer)
 * converts in {@link #upload} and {@link #download}; dispatch counts and times
 * those transfers.
 * </p>
 */
public interface Backend extends RichPlugin, Disposable {

	/** Stable lowercase id, e.g. {@code imglib2}, {@code clij2}. */
	String id();

	/** Whether the backend can run anything here; a no says why and what would help. */
	Support availability();

	/** Where it computes. */
	DeviceKind deviceKind();

	/**
	 * Human-readable facts about the device (name, type, memory, OpenCL
	 * version...), in display order; empty when unavailable.
	 */
	Map<String, String> deviceInfo();

	/**
	 * Whether host images are this backend's native kind (no transfer is
	 * needed to run on host data).
	 */
	boolean isHostResident();

	/** Whether {@code image} is a native image of this backend (e.g. one of its device buffers). */
	boolean isResident(Object image);

	/** Describes one of this backend's native images. */
	ImageInfo describe(Object nativeImage);

	/** Converts a host image to the native kind; identity for host backends. */
	Object upload(RandomAccessibleInterval<?> host);

	/** Converts a native image to a new host image; identity for host backends. */
	RandomAccessibleInterval<?> download(Object nativeImage);

	/** Frees a native image this backend made (a temporary or an unwanted result); no-op for host backends. */
	void release(Object nativeImage);

	/**
	 * Runs one of this backend's implementations on a call, as the dispatch
	 * service does for every call routed here; exceptions pass through
	 * unchanged. The default runs it on the calling thread; a backend may wrap
	 * it (e.g. in its own thread pool or device context).
	 */
	default Object execute(final OpImplementation implementation, final OpCall call) throws Exception {
		return implementation.run(call, this);
	}
}
