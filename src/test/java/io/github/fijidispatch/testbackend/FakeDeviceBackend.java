package io.github.fijidispatch.testbackend;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.backend.AbstractOpImplementation;
import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.DeviceKind;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.OpCall;
import io.github.fijidispatch.backend.OpImplementation;
import io.github.fijidispatch.backend.imglib2.Imglib2Backend;
import io.github.fijidispatch.backend.imglib2.Imglib2Gauss;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.PixelKind;
import io.github.fijidispatch.op.filter.GaussOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Util;
import net.imglib2.view.Views;

import org.scijava.Priority;
import org.scijava.plugin.Plugin;

/**
 * {@code test-device}: a backend whose native images live "on a device"
 * ({@link FakeDeviceImage}), with a count of live buffers, for residency,
 * transfer-counting and leak tests.
 */
@Plugin(type = Backend.class, priority = Priority.LOW)
public class FakeDeviceBackend extends AbstractTestBackend {

	public static final String ID = "test-device";

	private final AtomicInteger liveBuffers = new AtomicInteger();

	public FakeDeviceBackend() {
		this(ID);
	}

	/** A fake device with another id, for a variant that misbehaves in one way. */
	protected FakeDeviceBackend(final String id) {
		super(id);
	}

	/** Buffers allocated and not yet released. */
	public int liveBuffers() {
		return liveBuffers.get();
	}

	@Override
	public DeviceKind deviceKind() {
		return DeviceKind.GPU;
	}

	@Override
	public boolean isHostResident() {
		return false;
	}

	@Override
	public boolean isResident(final Object image) {
		return image instanceof FakeDeviceImage && ((FakeDeviceImage) image).owner == this;
	}

	@Override
	public ImageInfo describe(final Object nativeImage) {
		return HostImages.describe(((FakeDeviceImage) nativeImage).data);
	}

	@Override
	public Object upload(final RandomAccessibleInterval<?> host) {
		return wrap(copy(host));
	}

	@Override
	public RandomAccessibleInterval<?> download(final Object nativeImage) {
		return copy(((FakeDeviceImage) nativeImage).data);
	}

	@Override
	public void release(final Object nativeImage) {
		final FakeDeviceImage image = (FakeDeviceImage) nativeImage;
		if (image.released) throw new IllegalStateException("buffer released twice");
		image.released = true;
		liveBuffers.decrementAndGet();
	}

	FakeDeviceImage wrap(final RandomAccessibleInterval<?> data) {
		liveBuffers.incrementAndGet();
		return new FakeDeviceImage(this, data);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RandomAccessibleInterval<?> copy(final RandomAccessibleInterval<?> host) {
		final NativeType type = (NativeType) PixelKind.of(Util.getTypeFromInterval(host)).createType();
		final Img out = Util.getArrayOrCellImgFactory(host, type).create(host);
		copyValues((RandomAccessibleInterval<RealType<?>>) Views.zeroMin(host), (RandomAccessibleInterval<RealType<?>>) out);
		return out;
	}

	private static <A extends RealType<?>, B extends RealType<?>> void copyValues(final RandomAccessibleInterval<A> from,
		final RandomAccessibleInterval<B> to)
	{
		LoopBuilder.setImages(from, to).forEachPixel((a, b) -> b.setReal(a.getRealDouble()));
	}

	/** An image "on the device". */
	public static final class FakeDeviceImage {

		final FakeDeviceBackend owner;
		final RandomAccessibleInterval<?> data;
		boolean released;

		FakeDeviceImage(final FakeDeviceBackend owner, final RandomAccessibleInterval<?> data) {
			this.owner = owner;
			this.data = data;
		}
	}

	/** Gauss on the "device" through the reference code. */
	@Plugin(type = OpImplementation.class)
	public static class Gauss extends AbstractOpImplementation<FakeDeviceBackend> {

		private final Imglib2Gauss reference = new Imglib2Gauss();
		private final Imglib2Backend referenceBackend = new Imglib2Backend();

		public Gauss() {
			this(ID);
		}

		/** The Gaussian of a variant with another id. */
		protected Gauss(final String backendId) {
			super(GaussOp.ID, backendId, FakeDeviceBackend.class);
		}

		@Override
		protected Object compute(final OpCall call, final FakeDeviceBackend backend) throws Exception {
			final OpCall onHost = call.withInputs(java.util.Collections.singletonList(((FakeDeviceImage) call.input(0)).data));
			return backend.wrap((RandomAccessibleInterval<?>) reference.run(onHost, referenceBackend));
		}
	}
}
