package io.github.fijidispatch.backend.clij2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.op.ImageInfo;
import net.haesleinhuepf.clij.CLIJ;
import net.haesleinhuepf.clij.converters.CLIJConverterService;
import net.haesleinhuepf.clij.clearcl.ClearCLBuffer;
import net.haesleinhuepf.clij.clearcl.ClearCLDevice;
import net.haesleinhuepf.clij2.CLIJ2;
import net.imglib2.RandomAccessibleInterval;

/**
 * The one CLIJ2 instance of a {@link Clij2Backend}: opened on first use on
 * the configured OpenCL device, closed (with every buffer it holds) by
 * {@link #close()}. It is not CLIJ2's static singleton: the backend owns its
 * own OpenCL context, so disposing a SciJava context frees exactly what it
 * allocated and nothing a user's CLIJ2 macro holds.
 * <p>
 * CLIJ2 is not thread-safe: every use goes through {@link #run}, which
 * serialises callers on the session lock.
 * </p>
 * <p>
 * Device choice: the first device whose name contains the system property
 * {@value #DEVICE_PROPERTY} or else the environment variable
 * {@value #DEVICE_ENV}; without either, CLIJ's own default choice (the first
 * GPU, else the first device). A filter that matches no device is an error,
 * not a silent switch to another device.
 * </p>
 */
final class Clij2Session implements AutoCloseable {

	/** System property naming (a substring of) the OpenCL device to use. */
	static final String DEVICE_PROPERTY = "fiji.dispatch.clij2.device";
	/** Environment variable naming (a substring of) the OpenCL device to use. */
	static final String DEVICE_ENV = "FIJI_DISPATCH_CLIJ2_DEVICE";

	private static final Pattern IMAGE_COUNT = Pattern.compile("contains (\\d+) images");

	private final String deviceFilter;
	private final ReentrantLock lock = new ReentrantLock();
	private CLIJ2 clij2;
	// NB: asked on every capability check; querying OpenCL each time costs microseconds.
	private volatile DeviceFacts facts;
	private boolean closed;

	/** @param deviceFilter substring of the device name, or {@code null} for CLIJ's default choice */
	private final Supplier<CLIJConverterService> converters;

	Clij2Session(final String deviceFilter) {
		this(deviceFilter, () -> null);
	}

	/**
	 * @param converters CLIJ's converter service of the context this session serves, or {@code null}. NB: without
	 *          one, CLIJ makes a SciJava context of its own on its first conversion (a second set of services, and
	 *          a plugin-discovery warning on the console).
	 */
	Clij2Session(final String deviceFilter, final Supplier<CLIJConverterService> converters) {
		this.deviceFilter = deviceFilter == null || deviceFilter.trim().isEmpty() ? null : deviceFilter.trim();
		this.converters = converters;
	}

	/** The device filter configured by system property, else environment; {@code null} when neither is set. */
	static String configuredDevice(final Properties properties, final Map<String, String> env) {
		final String property = properties.getProperty(DEVICE_PROPERTY);
		if (property != null && !property.trim().isEmpty()) return property.trim();
		final String fromEnv = env.get(DEVICE_ENV);
		return fromEnv == null || fromEnv.trim().isEmpty() ? null : fromEnv.trim();
	}

	/** The device name filter, or {@code null}. */
	String deviceFilter() {
		return deviceFilter;
	}

	/** Work done on the device while the session lock is held. */
	@FunctionalInterface
	interface DeviceWork<R> {

		R run(CLIJ2 clij2) throws Exception;
	}

	/**
	 * Runs {@code work} on this session's CLIJ2 instance (opening it if
	 * needed) while holding the session lock.
	 *
	 * @throws IllegalStateException when the session is closed or no device can be opened
	 */
	<R> R run(final DeviceWork<R> work) throws Exception {
		lock.lock();
		try {
			return work.run(open());
		}
		finally {
			lock.unlock();
		}
	}

	/** As {@link #run}, for work that throws no checked exception. */
	<R> R call(final DeviceWork<R> work) {
		try {
			return run(work);
		}
		catch (final RuntimeException e) {
			throw e;
		}
		catch (final Exception e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The device's facts, read once when the session opens (opens the session). */
	private DeviceFacts facts() {
		final DeviceFacts known = facts;
		return known != null ? known : call(c -> facts);
	}

	/** The device's name (opens the session). */
	String deviceName() {
		return facts().name;
	}

	/** GPU or OpenCL CPU, from the device's CL_DEVICE_TYPE (opens the session). */
	DeviceKind deviceKind() {
		return facts().kind;
	}

	/** The device's facts for {@code deviceInfo()}, in display order (opens the session). */
	Map<String, String> deviceFacts() {
		return new LinkedHashMap<>(facts().display);
	}

	/** The largest single buffer the device allows, in bytes (opens the session). */
	long maxAllocationBytes() {
		return facts().maxAllocation;
	}

	/** The device's global memory in bytes (opens the session). */
	long globalMemoryBytes() {
		return facts().globalMemory;
	}

	/** Whether {@code image} is a buffer of this session's OpenCL context; never opens the session. */
	boolean owns(final Object image) {
		if (!(image instanceof ClearCLBuffer)) return false;
		lock.lock();
		try {
			return clij2 != null && ((ClearCLBuffer) image).getContext() == clij2.getCLIJ().getClearCLContext();
		}
		finally {
			lock.unlock();
		}
	}

	/** Size and pixel kind of one of this session's buffers; the kind is {@code null} for types the backend does not use. */
	ImageInfo describe(final Object image) {
		final ClearCLBuffer buffer = (ClearCLBuffer) image;
		return new ImageInfo(buffer.getDimensions(), Clij2PixelKinds.kindOf(buffer.getNativeType()));
	}

	/** Uploads a host image into a new buffer of this session. */
	Object push(final RandomAccessibleInterval<?> host) {
		return call(c -> Clij2Transfers.push(c, host));
	}

	/** Downloads one of this session's buffers into a new host image. */
	RandomAccessibleInterval<?> pull(final Object image) {
		requireOwned(image, "download");
		return call(c -> Clij2Transfers.pull((ClearCLBuffer) image));
	}

	/** Copies one of this session's buffers into another of the same size and type, on the device. */
	void copy(final Object source, final Object target) {
		requireOwned(source, "copy from");
		requireOwned(target, "copy into");
		call(c -> c.copy((ClearCLBuffer) source, (ClearCLBuffer) target));
	}

	/** Frees one of this session's buffers. */
	void release(final Object image) {
		requireOwned(image, "release");
		call(c -> {
			((ClearCLBuffer) image).close();
			return null;
		});
	}

	/** Whether the session is open, i.e. has a CLIJ2 instance. */
	boolean isOpen() {
		lock.lock();
		try {
			return clij2 != null;
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * How many buffers and images CLIJ's context currently holds, from its
	 * memory report ({@code CLIJ2.reportMemory()}); 0 when the session is not open.
	 */
	int allocatedImageCount() {
		lock.lock();
		try {
			if (clij2 == null) return 0;
			final String report = clij2.reportMemory();
			final Matcher m = IMAGE_COUNT.matcher(report);
			if (!m.find()) throw new IllegalStateException("CLIJ's memory report has no image count: " + report);
			return Integer.parseInt(m.group(1));
		}
		finally {
			lock.unlock();
		}
	}

	/** Releases every buffer of the session and its OpenCL context; later use fails. */
	@Override
	public void close() {
		lock.lock();
		try {
			closed = true;
			if (clij2 != null) clij2.close();
			clij2 = null;
			facts = null;
		}
		finally {
			lock.unlock();
		}
	}

	// -- Helper methods --

	private void requireOwned(final Object image, final String what) {
		if (!owns(image)) throw new IllegalArgumentException("clij2: cannot " + what + " " +
			(image == null ? "null" : "a " + image.getClass().getName()) + "; expected a ClearCLBuffer of this backend's session");
	}

	private static String mebibytes(final long bytes) {
		return bytes / (1024 * 1024) + " MiB";
	}

	private CLIJ2 open() {
		if (closed) throw new IllegalStateException("the clij2 session was closed with its backend");
		if (clij2 != null) return clij2;
		final List<String> names = new ArrayList<>(CLIJ.getAvailableDeviceNames());
		if (names.isEmpty()) throw new IllegalStateException("no OpenCL device found");
		if (deviceFilter != null && names.stream().noneMatch(n -> n.contains(deviceFilter)))
			throw new IllegalStateException("no OpenCL device name contains '" + deviceFilter + "' (set by " +
				DEVICE_PROPERTY + " or " + DEVICE_ENV + "); available devices: " + String.join(", ", names));
		final CLIJ clij = new CLIJ(deviceFilter);
		if (clij.getClearCLContext() == null) {
			clij.close();
			throw new IllegalStateException("CLIJ could not open an OpenCL context on " + names);
		}
		final CLIJConverterService service = converters.get();
		if (service != null) clij.setConverterService(service);
		clij2 = new CLIJ2(clij);
		facts = new DeviceFacts(clij.getClearCLContext().getDevice());
		return clij2;
	}

	/** What the dispatch checks need to know of the device, read once. */
	private static final class DeviceFacts {

		final String name;
		final DeviceKind kind;
		final long maxAllocation;
		final long globalMemory;
		final Map<String, String> display = new LinkedHashMap<>();

		DeviceFacts(final ClearCLDevice d) {
			name = d.getName();
			kind = d.getType().isGPU() ? DeviceKind.GPU : d.getType().isCPU() ? DeviceKind.OPENCL_CPU : DeviceKind.OTHER;
			maxAllocation = d.getMaxMemoryAllocationSizeInBytes();
			globalMemory = d.getGlobalMemorySizeInBytes();
			display.put("device", name);
			display.put("type", String.valueOf(d.getType()));
			display.put("OpenCL version", String.valueOf(d.getVersion()));
			display.put("global memory", mebibytes(globalMemory));
			display.put("max allocation", mebibytes(maxAllocation));
			display.put("compute units", String.valueOf(d.getNumberOfComputeUnits()));
		}
	}
}
