package io.github.fijidispatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.github.fijidispatch.backend.imglib2.Imglib2Backend;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.ParameterSpec;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;

/**
 * Every op of the catalog runs from {@code fiji-dispatch run} on the
 * reference backend, with its default parameters, on the sample
 * {@code cell.png} and on a synthesized 3D stack, and writes its result.
 */
class EveryOpFromTheCommandLineTest {

	private static final String CELL = new File("src/main/resources/io/github/fijidispatch/samples/cell.png").getPath();

	@TempDir
	static Path tmp;

	private static Context context;
	private static String stack;
	private static String labels2d;
	private static String labels3d;

	@BeforeAll
	static void prepareInputs() {
		context = new Context(DispatchService.class);
		final ImageStack slices = new ImageStack(48, 40);
		for (int z = 0; z < 9; z++) {
			final ByteProcessor bp = new ByteProcessor(48, 40);
			for (int y = 0; y < 40; y++)
				for (int x = 0; x < 48; x++)
					bp.set(x, y, (int) (120 + 100 * Math.sin(x / 5.0) * Math.sin(y / 4.0) * Math.cos(z / 3.0)));
			slices.addSlice(bp);
		}
		stack = tmp.resolve("stack.tif").toString();
		assertTrue(new FileSaver(new ImagePlus("stack", slices)).saveAsTiffStack(stack));
		labels2d = labels(CELL, "labels2d");
		labels3d = labels(stack, "labels3d");
	}

	@AfterAll
	static void disposeContext() {
		context.dispose();
	}

	static Stream<Arguments> opsAndInputs() {
		final List<Arguments> cases = new ArrayList<>();
		for (final Op op : context.service(DispatchService.class).ops())
			for (final boolean threeD : new boolean[] { false, true })
				cases.add(Arguments.of(op.id(), threeD));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} 3D={1}")
	@MethodSource("opsAndInputs")
	void runsWithDefaultsAndWritesItsResult(final String opId, final boolean threeD) throws Exception {
		final Op op = context.service(DispatchService.class).opDefinition(opId);
		final String image = threeD ? stack : CELL;
		final List<String> args = new ArrayList<>(Arrays.asList("run", opId, "--backend", Imglib2Backend.ID));
		for (final String input : op.inputNames()) {
			args.add("-i");
			args.add(input.equals("labels") ? threeD ? labels3d : labels2d : image);
		}
		for (final ParameterSpec p : op.parameters()) {
			// NB: the default axis of a projection is z, which a 2D image has not
			if (p.name().equals("axis") && !threeD) addParam(args, "axis=y");
			else if (p.isRequired()) addParam(args, p.name() + "=" + REQUIRED.get(p.name()));
		}
		final boolean table = op.outputKind() == io.github.fijidispatch.op.OutputKind.TABLE;
		final Path output = tmp.resolve(opId + (threeD ? "-3d" : "-2d") + (table ? ".csv" : ".tif"));
		args.add("-o");
		args.add(output.toString());
		final String[] streams = new String[2];
		assertEquals(0, run(args, streams), String.join(" ", args) + "\n" + streams[1]);
		assertTrue(Files.size(output) > 0, output.toString());
		if (table) assertTrue(Files.readAllLines(output).size() >= 2, "header and a row: " + output);
		else {
			final ImagePlus result = IJ.openImage(output.toString());
			// NB: projections drop z; the crop keeps "size" = 8 slices
			final int depth = !threeD || op.id().startsWith("project.") ? 1 : op.id().equals("transform.crop") ? 8 : 9;
			assertEquals(depth, result.getStackSize(), output.toString());
		}
	}

	private static void addParam(final List<String> args, final String nameValue) {
		args.add("--param");
		args.add(nameValue);
	}

	/** Values for the parameters that have no default, by name: valid for both test images. */
	private static final java.util.Map<String, String> REQUIRED = new java.util.HashMap<>();
	static {
		REQUIRED.put("value", "5");
		REQUIRED.put("origin", "2");
		REQUIRED.put("size", "8");
	}

	/** Labels of the image's Otsu mask, made on the command line too. */
	private static String labels(final String image, final String name) {
		final String mask = tmp.resolve(name + "-mask.tif").toString();
		final String labels = tmp.resolve(name + ".tif").toString();
		final String[] streams = new String[2];
		assertEquals(0, run(Arrays.asList("run", "threshold.auto", "-i", image, "-o", mask, "--param", "method=Otsu"),
			streams), streams[1]);
		assertEquals(0, run(Arrays.asList("run", "label.components", "-i", mask, "-o", labels), streams), streams[1]);
		return labels;
	}

	private static int run(final List<String> args, final String[] streams) {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final ByteArrayOutputStream e = new ByteArrayOutputStream();
		final int code = Main.run(args, new PrintStream(o, true), new PrintStream(e, true));
		streams[0] = new String(o.toByteArray(), StandardCharsets.UTF_8);
		streams[1] = new String(e.toByteArray(), StandardCharsets.UTF_8);
		return code;
	}
}
