package io.github.fijidispatch.backend.clij2;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.fijidispatch.backend.AbstractBackend;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.op.ImageInfo;
import net.haesleinhuepf.clij.converters.CLIJConverterService;
import net.imglib2.RandomAccessibleInterval;

import org.scijava.plugin.Plugin;

/**
 * The CLIJ2 OpenCL backend: ops run on an OpenCL device (a GPU, or a CPU
 * device such as PoCL) through one CLIJ2 instance owned by this backend
 * ({@link Clij2Session}) and closed with it. Its native images are CLIJ
 * {@code ClearCLBuffer}s of that session (uint8, uint16 or float32); host
 * images are uploaded for a call and results downloaded, unless the caller
 * already works on device buffers ({@link #upload}, {@link #download}).
 * <p>
 * NB: this class touches no CLIJ type directly, so that a Fiji without the
 * CLIJ update sites still loads it and learns from {@link #availability()}
 * what to install.
 * </p>
 */
@Plugin(type = Backend.class, name = Clij2Backend.ID)
public class Clij2Backend extends AbstractBackend {

	public static final String ID = "clij2";

	static final String NOT_INSTALLED = "CLIJ2 not installed: enable the clij and clij2 update sites";
	static final String NO_RUNTIME = "no OpenCL runtime: install an OpenCL driver, e.g. Debian's pocl-opencl-icd and ocl-icd-opencl-dev";
	static final String NO_DEVICE = "no OpenCL device";

	private final Clij2Session session;
	private final AtomicLong uploads = new AtomicLong();
	private final AtomicLong downloads = new AtomicLong();
	private volatile Support availability;

	public Clij2Backend() {
		this(Clij2Session.configuredDevice(System.getProperties(), System.getenv()));
	}

	/** A backend on the first device whose name contains {@code deviceFilter} ({@code null}: CLIJ's choice). */
	Clij2Backend(final String deviceFilter) {
		super(ID);
		session = new Clij2Session(deviceFilter, this::converterService);
	}

	/** CLIJ's converter service of this backend's context, or {@code null} (no context, or its class cannot load). */
	private CLIJConverterService converterService() {
		try {
			// NB: looked up by name: its interface net.imagej.ImageJService is not on the compile class path.
			final Object service = getContext() == null ? null : getContext().getService(CLIJConverterService.class.getName());
			return service instanceof CLIJConverterService ? (CLIJConverterService) service : null;
		}
		catch (final LinkageError e) {
			// NB: outside Fiji its interface (net.imagej.ImageJService) exists only with the headless stand-ins.
			return null;
		}
	}

	/** The session; for this package's implementations. */
	Clij2Session session() {
		return session;
	}

	/** Host→device copies this backend made (by dispatch or a caller), since it was created. */
	public long uploadCount() {
		return uploads.get();
	}

	/** Device→host copies this backend made, since it was created. */
	public long downloadCount() {
		return downloads.get();
	}

	/** Buffers and images CLIJ currently holds on this backend's context (its memory report); 0 before first use. */
	public int allocatedImageCount() {
		return isAvailable() ? session.allocatedImageCount() : 0;
	}

	// -- Backend methods --

	@Override
	public Support availability() {
		Support s = availability;
		if (s == null) {
			s = probe();
			availability = s;
		}
		return s;
	}

	@Override
	public DeviceKind deviceKind() {
		return isAvailable() ? session.deviceKind() : DeviceKind.OTHER;
	}

	@Override
	public Map<String, String> deviceInfo() {
		return isAvailable() ? session.deviceFacts() : Collections.<String, String> emptyMap();
	}

	@Override
	public boolean isHostResident() {
		return false;
	}

	@Override
	public boolean isResident(final Object image) {
		return isAvailable() && session.owns(image);
	}

	@Override
	public ImageInfo describe(final Object nativeImage) {
		if (!isResident(nativeImage)) throw new IllegalArgumentException("clij2: cannot describe " +
			(nativeImage == null ? "null" : "a " + nativeImage.getClass().getName()) + "; not a buffer of this backend");
		return session.describe(nativeImage);
	}

	@Override
	public Object upload(final RandomAccessibleInterval<?> host) {
		requireAvailable("upload");
		final Object buffer = session.push(host);
		uploads.incrementAndGet();
		return buffer;
	}

	@Override
	public RandomAccessibleInterval<?> download(final Object nativeImage) {
		requireAvailable("download");
		final RandomAccessibleInterval<?> host = session.pull(nativeImage);
		downloads.incrementAndGet();
		return host;
	}

	/** On the device: a CLIJ2 {@code copy} from buffer to buffer, nothing downloaded. */
	@Override
	public void copy(final Object source, final Object target) {
		requireAvailable("copy");
		session.copy(source, target);
	}

	@Override
	public void release(final Object nativeImage) {
		requireAvailable("release");
		session.release(nativeImage);
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		if (availability != null && availability.isYes()) session.close();
	}

	// -- Helper methods --

	private boolean isAvailable() {
		return availability().isYes();
	}

	private void requireAvailable(final String what) {
		final Support s = availability();
		if (!s.isYes()) throw new IllegalStateException("clij2 cannot " + what + ": " + s.reason());
	}

	private Support probe() {
		try {
			session.deviceName();
			return Support.yes();
		}
		catch (final Throwable t) { // NB: class loading and native linking fail with Errors, not Exceptions.
			if (t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError)) throw (VirtualMachineError) t;
			return unavailable(t);
		}
	}

	/** Turns what went wrong while opening the device into a reason a user can act on. */
	static Support unavailable(final Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
				final String name = String.valueOf(t.getMessage());
				if (name.contains("haesleinhuepf") || name.contains("jocl")) return Support.no(NOT_INSTALLED + " (missing " + name + ")");
			}
			if (t instanceof UnsatisfiedLinkError || String.valueOf(t.getMessage()).contains("libOpenCL"))
				return Support.no(NO_RUNTIME + " (" + t.getMessage() + ")");
		}
		final String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return Support.no(NO_DEVICE + ": " + message + "; check the driver with clinfo, or choose a device with -D" +
			Clij2Session.DEVICE_PROPERTY + "=<part of its name>");
	}
}
