package io.github.fijidispatch.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;

import io.github.fijidispatch.ij.ImageFiles;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.fiji.StandaloneContexts;
import io.github.fijidispatch.op.ResultTable;
import io.github.fijidispatch.op.filter.GaussOp;
import io.github.fijidispatch.op.filter.TopHatOp;
import io.github.fijidispatch.op.label.ComponentsOp;
import io.github.fijidispatch.op.label.MeasureLabelsOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.op.threshold.AutoThresholdOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The demo's pipelines on the reference backend find what is there: the
 * object counts equal an independent flood-fill labelling of the pipeline's
 * mask, the number of coins in the picture, and the number of nuclei the
 * generator placed.
 */
class SegmentationPipelineTest {

	/** The coins in coins.png: 4 rows of 6, none touching (counted by eye, confirmed by the flood fill below). */
	private static final int COINS = 24;

	private static Context context;
	private static DispatchService dispatch;

	@TempDir
	Path tmp;

	@BeforeAll
	static void setUp() {
		context = StandaloneContexts.create();
		dispatch = context.service(DispatchService.class);
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> image(final SegmentationPipeline.Run run,
		final String step)
	{
		return (RandomAccessibleInterval<? extends RealType<?>>) run.result(step);
	}

	@Test
	void theCoinsComeOutAsTwentyFourSeparateObjects() throws Exception {
		final DemoSample coins = DemoSample.coins(tmp.toFile());
		assertEquals("384×303 uint8", coins.describeImage());
		final SegmentationPipeline.Run run = new SegmentationPipeline(dispatch, coins.image, coins.steps).runReference();
		final ResultTable table = (ResultTable) run.result(SegmentationPipeline.MEASUREMENTS);
		assertEquals(COINS, FloodFillCount.components(image(run, SegmentationPipeline.FILLED)));
		assertEquals(COINS, table.rowCount());
		// NB: no specks and no merged pairs: the smallest coin covers about 1100 px, the largest about 3200.
		for (final double area : table.column("area"))
			assertTrue(area > 500 && area < 4000, "a coin-sized object: " + area + " px");
	}

	@Test
	void theNucleiComeOutAsTheGeneratorPlacedThem() {
		final SyntheticNuclei nuclei = SyntheticNuclei.demo();
		final SegmentationPipeline.Run run = new SegmentationPipeline(dispatch, nuclei.image(), DemoSample.STEPS_3D)
			.runReference();
		final ResultTable table = (ResultTable) run.result(SegmentationPipeline.MEASUREMENTS);
		assertEquals(SyntheticNuclei.DEMO_COUNT, nuclei.count());
		assertEquals(nuclei.count(), FloodFillCount.components(image(run, SegmentationPipeline.FILLED)));
		assertEquals(nuclei.count(), table.rowCount());
	}

	@Test
	void aUsersImageGetsTheStepsOfItsDimensionality() throws Exception {
		final File stack = tmp.resolve("stack.tif").toFile();
		ImageFiles.write(SyntheticNuclei.place(3, new int[] { 64, 64, 24 }, 2).image(), stack.getPath());
		final DemoSample sample = DemoSample.of(stack.getPath());
		assertEquals("stack", sample.name);
		assertEquals(DemoSample.STEPS_3D, sample.steps);
		assertEquals(DemoSample.STEPS_2D, DemoSample.of(DemoSample.coins(tmp.toFile()).path).steps);
	}

	@Test
	void theDescriptionNamesEveryStepAndItsParameters() {
		assertEquals("blur (" + GaussOp.ID + " sigma=2) → background (" + TopHatOp.ID + " radius=30,30 shape=box) → " +
			"mask (" + AutoThresholdOp.ID + " method=Otsu) → filled (" + FillHolesOp.ID + ") → " +
			"labels (" + ComponentsOp.ID + " connectivity=full) → measurements (" + MeasureLabelsOp.ID + ")",
			new SegmentationPipeline(dispatch, null, DemoSample.STEPS_2D).describe());
	}
}
