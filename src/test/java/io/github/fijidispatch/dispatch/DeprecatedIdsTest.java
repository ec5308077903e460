package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.fijidispatch.op.Op;
import io.github.fijidispatch.op.OpIds;
import io.github.fijidispatch.op.math.AbsOp;
import io.github.fijidispatch.op.math.AddScalarOp;
import io.github.fijidispatch.op.math.MultiplyScalarOp;
import io.github.fijidispatch.op.morphology.FillHolesOp;
import io.github.fijidispatch.testing.ScijavaContext;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Op ids keep their promise: every id is lowercase snake case, and the ids
 * that were not ({@code math.addScalar}, {@code math.multiplyScalar},
 * {@code morphology.fillHoles}) still name their op through the Java API and
 * in saved cost models, with one deprecation warning per id.
 */
class DeprecatedIdsTest {

	@TempDir
	Path dir;

	@RegisterExtension
	final ScijavaContext context = ScijavaContext.perTest(DispatchService.class);

	@Test
	void everyOpIdIsLowercaseSnakeCase() {
		final Set<String> ids = new HashSet<>();
		for (final Op op : context.dispatch().ops()) {
			assertTrue(OpIds.FORM.matcher(op.id()).matches(), op.id());
			assertTrue(ids.add(op.id()), op.id());
		}
		for (final Op op : context.dispatch().ops())
			for (final String former : op.deprecatedIds())
				assertFalse(ids.contains(former), former + " is both a current and a deprecated id");
		assertTrue(ids.contains("math.add_scalar") && ids.contains("math.multiply_scalar") &&
			ids.contains("morphology.fill_holes"), ids.toString());
	}

	@Test
	void anIdOfAnotherFormIsRefusedNamingTheForm() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> OpIds.requireWellFormed("math.addScalar"));
		assertEquals("op id 'math.addScalar' is not allowed; expected category.name in lowercase words joined by '_', " +
			"e.g. math.add_scalar", e.getMessage());
		for (final String bad : new String[] { "gauss", "filter.", ".gauss", "filter.gauss.x", "filter._gauss", "filter.gauss_",
			"Filter.gauss", "filter.gau ss" })
			assertThrows(IllegalArgumentException.class, () -> OpIds.requireWellFormed(bad), bad);
		assertEquals("transform.rotate90", OpIds.requireWellFormed("transform.rotate90"));
	}

	@Test
	void aDeprecatedIdRunsTheRenamedOpAndWarnsOncePerId() {
		final DispatchService dispatch = context.dispatch();
		final List<String> warnings = context.warnings();
		final ArrayImg<UnsignedByteType, ByteArray> image = ArrayImgs.unsignedBytes(new byte[] { 1, 2, 3, 4, 5, 6 }, 3, 2);
		final Object current = dispatch.op(AddScalarOp.ID).input(image).set("value", 5).run();
		assertTrue(warnings.isEmpty(), warnings.toString());
		final Object viaOld = dispatch.op("math.addScalar").input(image).set("value", 5).run();
		assertEquals(AddScalarOp.ID, dispatch.trace().last().opId(), "the trace names the current id");
		dispatch.op("math.addScalar").input(image).set("value", 7).run();
		assertEquals(pixels(current), pixels(viaOld));
		assertEquals(Collections.singletonList("[dispatch] math.addScalar is deprecated; use math.add_scalar"), warnings);

		assertSame(dispatch.opDefinition(MultiplyScalarOp.ID), dispatch.opDefinition("math.multiplyScalar"));
		assertEquals(FillHolesOp.ID, dispatch.op("morphology.fillHoles").input(image).explain().opId());
		assertTrue(dispatch.implementation("morphology.fillHoles", "imglib2") != null);
		assertEquals(3, warnings.size(), "one per deprecated id: " + warnings);
		assertEquals("[dispatch] morphology.fillHoles is deprecated; use morphology.fill_holes", warnings.get(2));
	}

	@Test
	void deprecatedIdsAreNeverListedAndCaseStillMatters() {
		for (final Op op : context.dispatch().ops())
			assertFalse(op.id().equals("math.addScalar"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> context.dispatch().opDefinition("math.addscalar"));
		assertTrue(e.getMessage().startsWith("unknown op 'math.addscalar'; known ops: "), e.getMessage());
		assertTrue(e.getMessage().contains("math.add_scalar") && !e.getMessage().contains("math.addScalar"), e.getMessage());
		assertTrue(context.warnings().isEmpty(), context.warnings().toString());
	}

	@Test
	void aCostModelSavedUnderADeprecatedIdLoadsUnderTheCurrentOne() throws IOException {
		final Path file = dir.resolve("cost-model.tsv");
		Files.write(file, (CostModelFile.HEADER + "\ncompute\tmath.addScalar\timglib2\t2\t16\t100\t5\n")
			.getBytes(StandardCharsets.UTF_8));
		final List<String> problems = new ArrayList<>();
		final Registry registry = new Registry(context.dispatch().ops(), Collections.emptyList(), Collections.emptyList());
		final DeprecatedIds ids = new DeprecatedIds(registry, problems::add);
		final CalibratedCostModel model = CostModelFile.load(file.toFile(), ids::current, problems::add, m -> {});
		assertTrue(model.isCalibrated(), "the file loaded");
		assertTrue(problems.isEmpty(), "read back silently: " + problems);
		assertEquals(Collections.singleton(new CostKey(AddScalarOp.ID, "imglib2", 2)), model.computeCurves().keySet());
	}

	@Test
	void aDeprecatedIdThatClashesIsAProblemNotAnAlias() {
		final Op claimsAbs = new MultiplyScalarOp() {

			@Override
			public List<String> deprecatedIds() {
				return java.util.Arrays.asList("math.abs", "math.addScalar");
			}
		};
		final Registry registry = new Registry(java.util.Arrays.asList(new AbsOp(), new AddScalarOp(), claimsAbs),
			Collections.emptyList(), Collections.emptyList());
		assertEquals(java.util.Arrays.asList("op 'math.multiply_scalar' gives 'math.abs' as its deprecated id, but that is " +
			"the id of " + AbsOp.class.getName() + "; ignored", "ops 'math.add_scalar' and 'math.multiply_scalar' both " +
			"give 'math.addScalar' as their deprecated id; the first is used"), registry.problems());
		final List<String> warnings = new ArrayList<>();
		assertEquals(AbsOp.ID, new DeprecatedIds(registry, warnings::add).op("math.abs").id());
		assertEquals(AddScalarOp.ID, new DeprecatedIds(registry, warnings::add).op("math.addScalar").id());
		assertEquals(Collections.singletonList("math.addScalar is deprecated; use math.add_scalar"), warnings);
	}

	private static List<Integer> pixels(final Object image) {
		final List<Integer> values = new ArrayList<>();
		for (final Object p : Views.flatIterable((RandomAccessibleInterval<?>) image))
			values.add(((UnsignedByteType) p).get());
		return values;
	}
}
