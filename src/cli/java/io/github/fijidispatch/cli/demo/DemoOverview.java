package io.github.fijidispatch.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.fijidispatch.backend.Backends;
import io.github.fijidispatch.dispatch.DispatchService;
import io.github.fijidispatch.op.project.MaxProjectionOp;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.view.Views;

/**
 * What the overview shows of each pipeline: the input, the filled mask and
 * the coloured labels (the middle plane of a 3D image, plus the labels'
 * maximum projection along Z, made by {@code project.max} on the reference
 * backend), a caption, the object count and each run's warm total with its
 * warm-up apart.
 */
final class DemoOverview {

	private DemoOverview() {
		// NB: static holder
	}

	static List<OverviewImage.Row> rows(final DispatchService dispatch, final List<PipelineReport> reports) {
		final List<OverviewImage.Row> rows = new ArrayList<>();
		for (final PipelineReport r : reports)
			rows.add(row(dispatch, r));
		return rows;
	}

	private static OverviewImage.Row row(final DispatchService dispatch, final PipelineReport r) {
		final RandomAccessibleInterval<?> input = (RandomAccessibleInterval<?>) r.reference.result(PipelineStep.INPUT);
		final RandomAccessibleInterval<?> mask = (RandomAccessibleInterval<?>) r.reference.result(SegmentationPipeline.FILLED);
		final RandomAccessibleInterval<?> labels = (RandomAccessibleInterval<?>) r.reference.result(SegmentationPipeline.LABELS);
		final List<OverviewImage.Panel> panels = new ArrayList<>();
		if (input.numDimensions() == 2) {
			panels.add(OverviewImage.Panel.grey("input", input));
			panels.add(OverviewImage.Panel.grey("mask (filled)", mask));
			panels.add(OverviewImage.Panel.labels("labels", labels));
		}
		else {
			final long z = input.min(2) + input.dimension(2) / 2;
			panels.add(OverviewImage.Panel.grey("input, plane z=" + z, Views.hyperSlice(input, 2, z)));
			panels.add(OverviewImage.Panel.grey("mask (filled), z=" + z, Views.hyperSlice(mask, 2, z)));
			panels.add(OverviewImage.Panel.labels("labels, z=" + z, Views.hyperSlice(labels, 2, z)));
			final Object projection = dispatch.op(MaxProjectionOp.ID).input(labels).on(Backends.REFERENCE).run();
			panels.add(OverviewImage.Panel.labels("labels, max projection", (RandomAccessibleInterval<?>) projection));
		}
		final String caption = String.format(Locale.ROOT, "%s (%s): %s", r.sample.name, r.sample.describeImage(),
			PipelineReport.objects(r.objects()));
		final StringBuilder warm = new StringBuilder("warm total:");
		final StringBuilder warmUp = new StringBuilder("warm-up:   ");
		for (final SegmentationPipeline.Run run : r.runs) {
			warm.append(String.format(Locale.ROOT, "  %s %.0f ms", run.name(), run.totalMillis()));
			warmUp.append(String.format(Locale.ROOT, "  %s %.0f ms", run.name(), run.warmUpMillis()));
		}
		final String agreement = r.allAgree() ? "every backend agrees with the reference on every step"
			: "a backend DIFFERS from the reference";
		return new OverviewImage.Row(caption, panels, Arrays.asList(warm.toString(), warmUp.toString(), agreement));
	}
}
