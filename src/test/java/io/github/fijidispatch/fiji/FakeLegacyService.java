package io.github.fijidispatch.fiji;

import net.imagej.legacy.LegacyService;

import org.scijava.Context;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Pretends imagej-legacy is present (Fiji). Deliberately not annotated: only {@link #context} adds it. */
public class FakeLegacyService extends AbstractService implements LegacyService {

	/** A context with the dispatch front and this fake legacy service. */
	public static Context fijiLikeContext() {
		final PluginIndex index = new PluginIndex();
		index.add(new PluginInfo<>(FakeLegacyService.class, Service.class));
		return new Context(java.util.Arrays.<Class<? extends Service>> asList(FakeLegacyService.class,
			DispatchCommandService.class), index);
	}
}
