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

	/**
	 * As {@link #execute}, for {@link OpImplementation#runInto}: the call's
	 * result written into {@code output}, one of this backend's native images.
	 *
	 * @return whether the implementation wrote the result; {@code false} when it cannot for this output and wrote nothing
	 */
	default boolean executeInto(final OpImplementation implementation, final OpCall call, final Object output)
		throws Exception
	{
		return implementation.runInto(call, this, output);
	}

	/**
	 * Copies the pixel values of one of this backend's native images into
	 * another of the same size and pixel kind (which the caller has checked);
	 * on a device, without leaving it. This is how dispatch puts a result
	 * into an output the caller gave ({@code into}, {@code inPlace}) when the
	 * implementation cannot write there itself. The default copies host
	 * images ({@link HostImages#copy}); a device backend that does not
	 * override it cannot take outputs on its device.
	 *
	 * @throws UnsupportedOperationException from a device backend that cannot write into its native images
	 */
	default void copy(final Object source, final Object target) {
		if (!isHostResident()) throw new UnsupportedOperationException(id() +
			" cannot write into an existing device image; give a host image as the output");
		HostImages.copy((RandomAccessibleInterval<?>) source, (RandomAccessibleInterval<?>) target);
	}
}
