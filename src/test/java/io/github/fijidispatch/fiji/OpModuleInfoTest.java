package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.ij.ImagePlusImages;
import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OutputKind;
import io.github.fijidispatch.op.ParameterSpec;
import io.github.fijidispatch.op.ResultTable;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

class OpModuleInfoTest {

	private static Context context;
	private static DispatchService dispatch;
	private static DispatchCommandService commands;
	private static ModuleService modules;

	@BeforeAll
	static void start() {
		context = new Context(DispatchCommandService.class);
		dispatch = context.service(DispatchService.class);
		commands = context.service(DispatchCommandService.class);
		modules = context.service(ModuleService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void everyOpHasACommandDerivedFromItsDeclaration() {
		assertEquals(dispatch.ops().size(), commands.opCommands().size());
		for (final Op op : dispatch.ops()) {
			final ModuleInfo info = modules.getModuleById(DispatchMenus.identifier(op.id()));
			assertNotNull(info, op.id());
			assertEquals("Plugins>Dispatch>" + op.category() + ">" + op.label() + " (Dispatch)",
				info.getMenuPath().stream().map(org.scijava.MenuEntry::getName).collect(java.util.stream.Collectors.joining(">")));
			for (final String input : op.inputNames())
				assertEquals(ImagePlus.class, info.getInput(input).getType(), op.id() + " input " + input);
			for (final ParameterSpec spec : op.parameters()) {
				final ModuleItem<?> item = info.getInput(spec.name());
				assertNotNull(item, op.id() + " parameter " + spec.name());
				if (spec.defaultValue() != null) assertEquals(ParameterSpec.toText(spec.defaultValue()),
					ParameterSpec.toText(item.getDefaultValue()), op.id() + " default of " + spec.name());
				if (spec.kind() == ParameterSpec.Kind.CHOICE) assertEquals(spec.choices(), item.getChoices());
			}
			assertEquals(BackendChoice.choices(dispatch), info.getInput(BackendChoice.NAME).getChoices());
			assertNotNull(info.getOutput(op.outputKind() == OutputKind.TABLE ? OpModuleInfo.TABLE : OpModuleInfo.RESULT));
		}
	}

	@Test
	void gaussCommandHasTheDeclaredRangeAndLabel() {
		final OpModuleInfo info = commands.opCommand("filter.gauss");
		assertEquals("Gaussian Blur (Dispatch)", info.getLabel());
		final ModuleItem<?> sigma = info.getInput("sigma");
		assertEquals(String.class, sigma.getType(), "per-axis values are text like 2,2,1");
		assertTrue(sigma.getDescription().contains("[0, 1000] px"), sigma.getDescription());
		assertTrue(info.getInput(BackendChoice.NAME).getChoices().contains("imglib2"));
	}

	@Test
	void gaussCommandMatchesDirectDispatchAndKeepsCalibration() throws Exception {
		final ImagePlus imp = TestImages.noise(64, 48);
		final ImagePlus before = imp.duplicate();
		final Module module = modules.run(commands.opCommand("filter.gauss"), true, "image", imp, "sigma", "2",
			"backend", "imglib2").get();
		final ImagePlus result = (ImagePlus) module.getOutput(OpModuleInfo.RESULT);
		final RandomAccessibleInterval<? extends RealType<?>> direct = dispatch.op("filter.gauss")
			.input(ImagePlusImages.wrap(imp)).set("sigma", 2).on("imglib2").run();
		assertEquals(0, TestImages.maxDifference(ImagePlusImages.toImagePlus(direct, "direct"), result));
		assertEquals("cell-gauss-sigma2", result.getTitle());
		assertEquals(0.107, result.getCalibration().pixelWidth, 1e-12);
		assertEquals("µm", result.getCalibration().getUnit());
		assertEquals(0, TestImages.maxDifference(before, imp), "input unchanged");
		assertEquals("imglib2", dispatch.trace().last().backendId());
	}

	/** Every op with defaults for all parameters runs from its command like a direct call (ops added later included). */
	@Test
	void everyOpCommandAgreesWithDirectDispatch() throws Exception {
		int checked = 0;
		for (final Op op : dispatch.ops()) {
			if (op.parameters().stream().anyMatch(ParameterSpec::isRequired)) continue;
			final ImagePlus imp = TestImages.noise(40, 30);
			final Map<String, Object> inputs = new HashMap<>();
			final Object[] direct = new Object[op.inputNames().size()];
			for (int i = 0; i < direct.length; i++) {
				inputs.put(op.inputNames().get(i), imp);
				direct[i] = ImagePlusImages.wrap(imp);
			}
			inputs.put(BackendChoice.NAME, "imglib2");
			if (dispatch.implementation(op.id(), "imglib2") == null) continue;
			final Object expected;
			try {
				expected = dispatch.op(op.id()).inputs(direct).on("imglib2").run();
			}
			catch (final IllegalArgumentException invalid) {
				// NB: defaults that do not fit a 2D image (e.g. axis=z) must fail the same way from the command.
				final ExecutionException e = assertThrows(ExecutionException.class,
					() -> modules.run(commands.opCommand(op.id()), true, inputs).get());
				assertEquals(invalid.getMessage(), Ij1Command.rootMessage(e), op.id());
				continue;
			}
			final Module module = modules.run(commands.opCommand(op.id()), true, inputs).get();
			if (op.outputKind() == OutputKind.TABLE) {
				final ResultsTable table = (ResultsTable) module.getOutput(OpModuleInfo.TABLE);
				final ResultTable e = (ResultTable) expected;
				assertEquals(e.rowCount(), table.size(), op.id());
				for (int r = 0; r < e.rowCount(); r++)
					for (final String c : e.columns())
						assertEquals(e.get(r, c), table.getValue(c, r), 1e-9, op.id() + " " + c + " row " + r);
			}
			else {
				@SuppressWarnings("unchecked")
				final ImagePlus e = ImagePlusImages.toImagePlus((RandomAccessibleInterval<? extends RealType<?>>) expected, "e");
				assertEquals(0, TestImages.maxDifference(e, (ImagePlus) module.getOutput(OpModuleInfo.RESULT)), op.id());
			}
			checked++;
		}
		assertTrue(checked >= 1, "at least filter.gauss was checked");
	}

	@Test
	void badParameterFailsNamingOpParameterAndValue() {
		final ImagePlus imp = TestImages.noise(16, 16);
		final ExecutionException e = assertThrows(ExecutionException.class, () -> modules.run(commands.opCommand(
			"filter.gauss"), true, "image", imp, "sigma", "-1").get());
		final String message = Ij1Command.rootMessage(e);
		assertTrue(message.contains("filter.gauss") && message.contains("sigma") && message.contains("-1") &&
			message.contains("[0, 1000]"), message);
	}

	@Test
	void unknownBackendFailsListingTheChoices() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.imagePlusCall().run(
			dispatch.opDefinition("filter.gauss"), java.util.Collections.singletonList(TestImages.noise(8, 8)),
			new LinkedHashMap<String, Object>(), "cuda"));
		assertTrue(e.getMessage().contains("cuda") && e.getMessage().contains("imglib2"), e.getMessage());
	}

	@Test
	void statusSaysWhichBackendRanAndHowLong() {
		final ImagePlusCall.Outcome outcome = commands.imagePlusCall().run(dispatch.opDefinition("filter.gauss"),
			java.util.Collections.singletonList(TestImages.noise(8, 8)), new LinkedHashMap<String, Object>(), "imglib2");
		assertTrue(outcome.status().matches("Gaussian Blur ran on imglib2 in [0-9.]+ ms"), outcome.status());
	}

	/** What a macro's nResults/getResult read: the NaN count beside the count of the other pixels. */
	@Test
	void imageStatisticsOfAFloatImageWithNanGiveTheNanCountInTheResultsTable() {
		final float[] pixels = { 1, Float.NaN, 3, Float.NaN, 5, 7 };
		final ImagePlus imp = new ImagePlus("nan", new ij.process.FloatProcessor(3, 2, pixels));
		final ImagePlusCall.Outcome outcome = commands.imagePlusCall().run(dispatch.opDefinition("measure.stats"),
			java.util.Collections.singletonList(imp), new LinkedHashMap<String, Object>(), "imglib2");
		final ij.measure.ResultsTable rt = (ij.measure.ResultsTable) outcome.result();
		assertEquals(4, rt.getValue("count", 0));
		assertEquals(2, rt.getValue("nan_count", 0));
		assertEquals(4, rt.getValue("mean", 0));
	}

	@Test
	void macroPreferenceAppliesToCommandsUntilCleared() {
		commands.macroPreference().only(java.util.Collections.singletonList("imglib2"));
		try {
			commands.imagePlusCall().run(dispatch.opDefinition("filter.gauss"),
				java.util.Collections.singletonList(TestImages.noise(8, 8)), new LinkedHashMap<String, Object>(), "auto");
			assertTrue(dispatch.trace().last().decision().describe().contains("imglib2"));
			assertEquals("imglib2", dispatch.trace().last().backendId());
		}
		finally {
			commands.macroPreference().clear();
		}
		assertEquals("none", commands.macroPreference().toString());
	}

	@Test
	void noLegacyHere() {
		assertFalse(commands.isLegacyActive());
	}

	@Test
	void legacyServiceIsDetected() {
		final Context fiji = FakeLegacyService.fijiLikeContext();
		try {
			final DispatchCommandService c = fiji.service(DispatchCommandService.class);
			assertTrue(c.isLegacyActive());
			assertFalse(c.opCommands().isEmpty(), "the SciJava commands are still there for imagej-legacy to show");
		}
		finally {
			fiji.dispose();
		}
	}
}
