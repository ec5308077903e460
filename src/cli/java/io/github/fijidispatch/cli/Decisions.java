package io.github.fijidispatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.fijidispatch.dispatch.Candidate;
import io.github.fijidispatch.dispatch.Decision;

/** Dispatch decisions as JSON-ready maps. */
final class Decisions {

	private Decisions() {
		// NB: static holder
	}

	static Map<String, Object> toMap(final Decision d) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("op", d.opId());
		m.put("call", d.call());
		m.put("mode", d.mode().id());
		m.put("chosen", d.chosen());
		m.put("rationale", d.rationale());
		m.put("plan", d.plan());
		if (d.tiles() > 0) m.put("tiles", d.tiles());
		final List<Object> candidates = new ArrayList<>();
		for (final Candidate c : d.candidates()) {
			final Map<String, Object> cm = new LinkedHashMap<>();
			cm.put("backend", c.backendId());
			cm.put("status", c.status().name().toLowerCase());
			cm.put("reason", c.reason());
			cm.put("predictedMillis", Double.isNaN(c.predictedMillis()) ? null : c.predictedMillis());
			if (c.tiling() != null) {
				cm.put("tiles", c.tiles());
				final List<Long> size = new ArrayList<>();
				for (final long v : c.tiling().blockSize())
					size.add(v);
				cm.put("tileSize", size);
			}
			candidates.add(cm);
		}
		m.put("candidates", candidates);
		return m;
	}
}
