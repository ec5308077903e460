package io.github.fijidispatch.block;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.fijidispatch.op.ImageInfo;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * A source whose disk goes away part-way: it reads as {@code good} does for
 * the first {@code reads} reads, then every read throws an
 * {@link UncheckedIOException} saying "the disk went away".
 */
final class FailingSource implements BlockSource {

	private final BlockSource good;
	private final int reads;
	private final AtomicInteger done = new AtomicInteger();

	FailingSource(final BlockSource good, final int reads) {
		this.good = good;
		this.reads = reads;
	}

	@Override
	public ImageInfo info() {
		return good.info();
	}

	@Override
	public RandomAccessibleInterval<? extends RealType<?>> read(final Interval box) {
		if (done.incrementAndGet() > reads) throw new UncheckedIOException(new IOException("the disk went away"));
		return good.read(box);
	}
}
