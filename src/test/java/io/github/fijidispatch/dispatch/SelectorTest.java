package io.github.fijidispatch.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.fijidispatch.backend.Support;

import org.junit.jupiter.api.Test;

/**
 * The precedence rules of the dispatch contract on synthetic options:
 * named &gt; resident &gt; scope &gt; settings &gt; plugin priority, cost in auto.
 */
class SelectorTest {

	// Three backends that can all run the call; "c" has the highest plugin
	// priority, "a" the lowest predicted cost, "b" the reference-like middle.
	private static final List<Selector.Option> ALL = Arrays.asList(
		option("c", 100, 50.0), option("b", 0, 20.0), option("a", -100, 5.0), option("imglib2", 0, 30.0));

	private static Selector.Option option(final String id, final double priority, final double cost) {
		return new Selector.Option(id, Support.yes(), true, Support.yes(), cost, priority);
	}

	private static DispatchSettings.Snapshot settings(final DispatchMode mode, final boolean fallback, final String... priority) {
		return new DispatchSettings.Snapshot(Arrays.asList(priority), mode, fallback);
	}

	private static DispatchScope scope(final boolean only, final String... ids) {
		return new ScopeStack().open(only, Arrays.asList(ids));
	}

	private static Decision select(final String named, final DispatchScope scope, final DispatchSettings.Snapshot s,
		final String resident)
	{
		return Selector.select("op.x", "op.x(call)", ALL, new Selector.Policy(named, scope, s, resident));
	}

	@Test
	void pluginPriorityDecidesWhenNothingElseDoes() {
		final Decision d = select(null, null, settings(DispatchMode.PRIORITY, true), null);
		assertEquals(Arrays.asList("c", "b", "imglib2", "a"), d.plan());
		assertEquals("plugin priority", d.rationale());
	}

	@Test
	void settingsPriorityBeatsPluginPriority() {
		final Decision d = select(null, null, settings(DispatchMode.PRIORITY, true, "a", "b"), null);
		assertEquals(Arrays.asList("a", "b", "c", "imglib2"), d.plan());
	}

	@Test
	void scopeBeatsSettings() {
		final Decision d = select(null, scope(false, "b"), settings(DispatchMode.PRIORITY, true, "a"), null);
		assertEquals("b", d.chosen());
		assertEquals("a", d.plan().get(1), "settings still order the fallbacks");
	}

	@Test
	void namedBeatsScopeSettingsAndResidency() {
		final Decision d = select("imglib2", scope(false, "b"), settings(DispatchMode.PRIORITY, true, "a"), "c");
		assertEquals(Collections.singletonList("imglib2"), d.plan(), "a named backend has no fallbacks");
		assertEquals(CandidateStatus.NOT_TRIED, d.candidate("a").status());
	}

	@Test
	void residentInputsBeatScopeAndSettings() {
		final Decision d = select(null, scope(false, "b"), settings(DispatchMode.PRIORITY, true, "a"), "c");
		assertEquals("c", d.chosen());
		assertTrue(d.rationale().contains("live on c"), d.rationale());
	}

	@Test
	void autoModePicksLowestPredictedCostUnlessScopePrefers() {
		assertEquals("a", select(null, null, settings(DispatchMode.AUTO, true, "c"), null).chosen());
		assertEquals("lowest predicted cost", select(null, null, settings(DispatchMode.AUTO, true), null).rationale());
		assertEquals("b", select(null, scope(false, "b"), settings(DispatchMode.AUTO, true), null).chosen());
	}

	@Test
	void onlyScopeExcludesOthersWithReason() {
		final Decision d = select(null, scope(true, "b", "c"), settings(DispatchMode.AUTO, true), null);
		assertEquals(Arrays.asList("b", "c"), d.plan());
		assertEquals(CandidateStatus.EXCLUDED, d.candidate("a").status());
		assertTrue(d.candidate("a").reason().contains("only(b, c)"), d.candidate("a").reason());
	}

	@Test
	void modeOffRunsOnlyTheReference() {
		final Decision d = select(null, scope(false, "c"), settings(DispatchMode.OFF, true, "a"), null);
		assertEquals(Collections.singletonList("imglib2"), d.plan());
		assertEquals(CandidateStatus.EXCLUDED, d.candidate("c").status());
	}

	@Test
	void fallbackOffKeepsOnlyTheChosen() {
		final Decision d = select(null, null, settings(DispatchMode.PRIORITY, false), null);
		assertEquals(Collections.singletonList("c"), d.plan());
		assertEquals(CandidateStatus.NOT_TRIED, d.candidate("b").status());
		assertEquals("fallback is off", d.candidate("b").reason());
	}

	@Test
	void everyNoCarriesItsReason() {
		final List<Selector.Option> options = Arrays.asList(
			new Selector.Option("gpu", Support.no("no OpenCL device"), true, null, Double.NaN, 0),
			new Selector.Option("x", Support.yes(), false, null, Double.NaN, 0),
			new Selector.Option("y", Support.yes(), true, Support.no("median neighbourhood of 1331 px exceeds 1000"), Double.NaN, 0));
		final Decision d = Selector.select("filter.median", "call", options,
			new Selector.Policy(null, null, settings(DispatchMode.AUTO, true), null));
		assertFalse(d.isRunnable());
		assertEquals(CandidateStatus.UNAVAILABLE, d.candidate("gpu").status());
		assertEquals("no OpenCL device", d.candidate("gpu").reason());
		assertEquals(CandidateStatus.NOT_IMPLEMENTED, d.candidate("x").status());
		assertEquals(CandidateStatus.DECLINED, d.candidate("y").status());
		assertTrue(d.reasons().contains("1331 px"), d.reasons());
	}

	@Test
	void namedBackendThatDeclinesGivesNoPlanAndItsReason() {
		final List<Selector.Option> options = Arrays.asList(
			new Selector.Option("y", Support.yes(), true, Support.no("uint32 not supported"), Double.NaN, 0),
			option("imglib2", 0, 1));
		final Decision d = Selector.select("op", "call", options,
			new Selector.Policy("y", null, settings(DispatchMode.AUTO, true), null));
		assertTrue(d.plan().isEmpty(), "never silently replaced");
		assertTrue(d.rationale().contains("uint32 not supported"), d.rationale());
	}

	@Test
	void tiesAreBrokenDeterministicallyById() {
		final List<Selector.Option> options = Arrays.asList(option("z", 0, 1), option("m", 0, 1), option("k", 0, 1));
		final Decision d = Selector.select("op", "call", options,
			new Selector.Policy(null, null, settings(DispatchMode.AUTO, true), null));
		assertEquals(Arrays.asList("k", "m", "z"), d.plan());
	}
}
