package io.github.fijidispatch.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.Backend;
import io.github.fijidispatch.backend.HostImages;
import io.github.fijidispatch.backend.Support;
import io.github.fijidispatch.dispatch.DispatchException;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.dispatch.OpRequest;
import io.github.fijidispatch.op.ImageInfo;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.planar.PlanarImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.scijava.Context;

/**
 * The output modes every backend owes, as one suite each backend subclasses
 * in a few lines: for every op with an image result and its first
 * conformance cases ({@link #CASES_PER_OP}), through dispatch with the backend
 * named on the call,
 * <ul>
 * <li>{@code into(output)} leaves in the output exactly what the function mode
 * returns (a label image: the same partition), for an {@code ArrayImg} and a
 * {@code PlanarImg} output filled beforehand with another value, and on a
 * device backend for one of its device images (and from a device input into
 * a host image); {@code run()} returns the output; the inputs are unmodified
 * (checksums);</li>
 * <li>{@code inPlace()}, for the ops that allow it and the cases whose result
 * fits the first input, leaves that result in the input (a host image, and on
 * a device backend one of its device images) and the other inputs as they
 * were.</li>
 * </ul>
 * A backend that declines a case in function mode is skipped for it, with its
 * reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractOutputModeContractTest {

	/** Cases tried per op: each pixel kind of the first parameter set, within the CPU budget of a shared machine. */
	static final int CASES_PER_OP = 4;

	private Context context;
	private DispatchService dispatch;

	/** The id of the backend under test. */
	protected abstract String backendId();

	/** Fails when the backend is not installed; skips with a notice when it is unavailable. */
	protected void requireAvailable(final DispatchService service) {
		final Backend b = service.backend(backendId());
		if (b == null) fail("backend '" + backendId() + "' is not installed");
		final Support s = b.availability();
		if (!s.isYes()) Assumptions.abort(backendId() + " is not available: " + s.reason());
	}

	@BeforeAll
	void open() {
		context = new Context(DispatchService.class);
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	void close() {
		context.dispose();
	}

	@TestFactory
	Stream<DynamicNode> intoAnOutputLeavesWhatTheFunctionModeReturns() {
		return eachCase(op -> op.outputKind() == OutputKind.IMAGE, this::checkInto);
	}

	@TestFactory
	Stream<DynamicNode> inPlaceLeavesWhatTheFunctionModeReturnsInTheInput() {
		return eachCase(Op::allowsInPlace, c -> {
			Assumptions.assumeTrue(fitsFirstInput(c), "the result's size or kind differs from the first input's");
			checkInPlace(c);
		});
	}

	private interface CaseCheck {

		void check(ConformanceCase c) throws Exception;
	}

	private Stream<DynamicNode> eachCase(final java.util.function.Predicate<Op> which, final CaseCheck check) {
		final List<DynamicNode> ops = new ArrayList<>();
		for (final Op op : dispatch.ops()) {
			if (!which.test(op)) continue;
			final List<DynamicNode> tests = new ArrayList<>();
			final List<ConformanceCase> cases = ConformanceCases.of(op);
			for (final ConformanceCase c : cases.subList(0, Math.min(CASES_PER_OP, cases.size())))
				tests.add(DynamicTest.dynamicTest(c.name(), () -> check.check(c)));
			ops.add(DynamicContainer.dynamicContainer(op.id(), tests));
		}
		return ops.stream();
	}

	private void checkInto(final ConformanceCase c) {
		final Object expected = functionResult(c);
		final long[] before = Checksums.of(c.inputs());
		final ImageInfo info = HostImages.describe((RandomAccessibleInterval<?>) expected);
		for (final RandomAccessibleInterval<?> out : new RandomAccessibleInterval<?>[] { filled(info, false), filled(info, true) }) {
			assertSame(out, request(c).into(out).run(), "into(output).run() returns the output");
			assertSameResult(c, expected, out, "into a " + out.getClass().getSimpleName());
		}
		final Backend backend = dispatch.backend(backendId());
		if (!backend.isHostResident()) {
			final Object buffer = backend.upload(filled(info, false));
			final Object input = backend.upload(c.inputs().get(0));
			try {
				assertSame(buffer, request(c).into(buffer).run(), "into(device image).run() returns it");
				assertSameResult(c, expected, backend.download(buffer), "into a device image");
				final RandomAccessibleInterval<?> host = filled(info, false);
				assertSame(host, request(c, input).into(host).run(), "a device input into a host output");
				assertSameResult(c, expected, host, "from a device input into a host image");
			}
			finally {
				backend.release(buffer);
				backend.release(input);
			}
		}
		assertArrayEquals(before, Checksums.of(c.inputs()), "the inputs are unmodified");
	}

	private void checkInPlace(final ConformanceCase c) {
		final Object expected = functionResult(c);
		final List<RandomAccessibleInterval<? extends RealType<?>>> inputs = c.inputs();
		final long[] others = Checksums.of(inputs.subList(1, inputs.size()));
		final RandomAccessibleInterval<? extends RealType<?>> first = ConformanceImages.copy(inputs.get(0));
		assertSame(first, request(c, first).inPlace().run(), "inPlace().run() returns the input");
		assertSameResult(c, expected, first, "in place over a host image");
		final Backend backend = dispatch.backend(backendId());
		if (!backend.isHostResident()) {
			final Object buffer = backend.upload(inputs.get(0));
			try {
				assertSame(buffer, request(c, buffer).inPlace().run(), "inPlace().run() returns the device input");
				assertSameResult(c, expected, backend.download(buffer), "in place over a device image");
			}
			finally {
				backend.release(buffer);
			}
		}
		assertArrayEquals(others, Checksums.of(inputs.subList(1, inputs.size())), "the other inputs are unmodified");
	}

	/** The function-mode result on the backend; a decline skips the case with its reason. */
	private Object functionResult(final ConformanceCase c) {
		requireAvailable(dispatch);
		try {
			return request(c).run();
		}
		catch (final DispatchException e) {
			Assumptions.abort(backendId() + " declines or fails in function mode: " + e.getMessage());
			return null;
		}
	}

	private OpRequest request(final ConformanceCase c) {
		return dispatch.op(c.opId()).inputs(c.inputArray()).set(c.params()).on(backendId());
	}

	/** The case's call with its first input replaced. */
	private OpRequest request(final ConformanceCase c, final Object first) {
		final Object[] inputs = c.inputArray();
		inputs[0] = first;
		return dispatch.op(c.opId()).inputs(inputs).set(c.params()).on(backendId());
	}

	private static boolean fitsFirstInput(final ConformanceCase c) {
		final List<ImageInfo> infos = new ArrayList<>();
		for (final RandomAccessibleInterval<?> input : c.inputs())
			infos.add(HostImages.describe(input));
		return infos.get(0).equals(c.op().outputInfo(infos, c.op().resolve(c.params())));
	}

	private static void assertSameResult(final ConformanceCase c, final Object expected, final Object actual, final String how) {
		final ResultComparison r = ResultComparison.same(c.op(), expected, actual);
		assertTrue(r.agrees(), c.name() + ": " + how + ", the result differs from the function mode's: " + r);
	}

	/** A new ArrayImg (or PlanarImg) of the info's size and kind, every pixel 3 (no op's result on the conformance inputs is all 3). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Img<?> filled(final ImageInfo info, final boolean planar) {
		final NativeType type = (NativeType) info.kind().createType();
		final Img img = planar ? new PlanarImgFactory(type).create(info.dimensions()) : new ArrayImgFactory(type).create(
			info.dimensions());
		for (final Object t : img)
			((RealType) t).setReal(3);
		return img;
	}
}
