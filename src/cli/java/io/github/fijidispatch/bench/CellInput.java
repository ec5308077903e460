package io.github.fijidispatch.bench;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import io.github.fijidispatch.files.AtomicFile;
import io.github.fijidispatch.op.PixelKind;
import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * The generated input of a {@link BenchCell}: uniform random data of one
 * pixel kind (uint8, uint16 or float32) and size, either as it is
 * ({@code random}: uint8 0..255, uint16 0..65535, float32 in [0, 1)) or as a
 * threshold mask of it at a foreground density ({@code mask=50%}: 1 where a
 * uniform random number in [0, 1) is below the density, else 0, in the same
 * pixel kind; 50% is "pixel ≥ mean" of uniform data). Seeded: the same text
 * always gives the same pixels, so a peer reading {@link #writeRaw} sees
 * exactly what the project's call saw.
 */
public final class CellInput {

	/** The pixel kinds a cell can generate. */
	static final PixelKind[] KINDS = { PixelKind.UINT8, PixelKind.UINT16, PixelKind.FLOAT32 };

	private static final long SEED = 14L;

	private final PixelKind kind;
	private final BenchSize size;
	/** Foreground fraction in (0, 1) for a mask; {@code NaN} for plain random data. */
	private final double density;

	public CellInput(final PixelKind kind, final BenchSize size, final double density) {
		if (!Arrays.asList(KINDS).contains(kind)) throw new IllegalArgumentException("bench cells: pixel kind '" + kind +
			"' cannot be generated; allowed: uint8, uint16, float32");
		if (!Double.isNaN(density) && !(density > 0 && density < 1)) throw new IllegalArgumentException(
			"bench cells: mask density " + density + " is outside (0, 1); give a percentage such as mask=5%");
		this.kind = kind;
		this.size = size;
		this.density = density;
	}

	/**
	 * Parses {@code KIND SIZE random} or {@code KIND SIZE mask=P%}, e.g.
	 * {@code uint16 256x256x64 mask=5%} (SIZE as {@link BenchSize#parse}).
	 *
	 * @throws IllegalArgumentException naming the text and what is allowed
	 */
	public static CellInput parse(final String text) {
		final String[] words = text.trim().split("\\s+");
		final String form = "'KIND SIZE random' or 'KIND SIZE mask=P%' (KIND uint8, uint16 or float32; e.g. " +
			"'uint16 256x256x64 mask=5%')";
		if (words.length != 3) throw new IllegalArgumentException("bench cells: input '" + text.trim() + "' is not " + form);
		final PixelKind kind = PixelKind.byId(words[0]);
		if (kind == null || !Arrays.asList(KINDS).contains(kind)) throw new IllegalArgumentException(
			"bench cells: input '" + text.trim() + "' has pixel kind '" + words[0] + "'; allowed: uint8, uint16, float32");
		final BenchSize size = BenchSize.parse(words[1]);
		final String data = words[2].toLowerCase(Locale.ROOT);
		if (data.equals("random")) return new CellInput(kind, size, Double.NaN);
		if (data.startsWith("mask=") && data.endsWith("%")) {
			try {
				return new CellInput(kind, size, Double.parseDouble(data.substring(5, data.length() - 1)) / 100);
			}
			catch (final NumberFormatException e) {
				// NB: reported below
			}
		}
		throw new IllegalArgumentException("bench cells: input '" + text.trim() + "' ends in '" + words[2] + "'; " +
			"allowed: random, or mask=P% with P in (0, 100); the input is " + form);
	}

	public PixelKind kind() {
		return kind;
	}

	public BenchSize size() {
		return size;
	}

	public boolean isMask() {
		return !Double.isNaN(density);
	}

	/** The foreground fraction of a mask, {@code NaN} for random data. */
	public double density() {
		return density;
	}

	/** The image, generated anew (ImgLib2 order x, y[, z]). */
	public Img<? extends RealType<?>> generate() {
		@SuppressWarnings({ "unchecked", "rawtypes" })
		final Img<? extends RealType<?>> img = new ArrayImgFactory((NativeType) kind.createType()).create(size.dims());
		final Random random = new Random(SEED ^ toString().hashCode());
		final Cursor<? extends RealType<?>> c = img.cursor();
		while (c.hasNext())
			c.next().setReal(value(random));
		return img;
	}

	private double value(final Random random) {
		if (isMask()) return random.nextDouble() < density ? 1 : 0;
		switch (kind) {
			case UINT8: return random.nextInt(256);
			case UINT16: return random.nextInt(65536);
			default: return random.nextFloat();
		}
	}

	/**
	 * Writes the pixels of {@code image} (this input's kind and size, in
	 * ImgLib2's flat order: x fastest) to {@code file} as little-endian raw
	 * values, i.e. a C-order array of shape {@link #numpyShape()} and dtype
	 * {@link #numpyType()}.
	 */
	public void writeRaw(final Img<? extends RealType<?>> image, final Path file) throws IOException {
		final int bytes = kind.bytesPerPixel();
		AtomicFile.write(file, out -> {
			final DataOutputStream data = new DataOutputStream(out);
			final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
			for (final RealType<?> t : image) {
				if (buffer.remaining() < bytes) flush(buffer, data);
				if (kind == PixelKind.UINT8) buffer.put((byte) (int) t.getRealDouble());
				else if (kind == PixelKind.UINT16) buffer.putShort((short) (int) t.getRealDouble());
				else buffer.putFloat(t.getRealFloat());
			}
			flush(buffer, data);
			data.flush();
		});
	}

	private static void flush(final ByteBuffer buffer, final DataOutputStream out) throws IOException {
		out.write(buffer.array(), 0, buffer.position());
		buffer.clear();
	}

	/** numpy's name of the pixel kind: uint8, uint16, float32. */
	public String numpyType() {
		return kind.id();
	}

	/** The shape in numpy's order (z, y, x): the size reversed. */
	public long[] numpyShape() {
		final long[] dims = size.dims();
		final long[] shape = new long[dims.length];
		for (int d = 0; d < dims.length; d++)
			shape[d] = dims[dims.length - 1 - d];
		return shape;
	}

	/** {@code uint16 256x256x64 mask=5%} or {@code float32 4096x4096 random}: the text {@link #parse} reads. */
	@Override
	public String toString() {
		return kind.id() + " " + size + " " + (isMask() ? "mask=" + percent(density) + "%" : "random");
	}

	static String percent(final double fraction) {
		final double p = fraction * 100;
		return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof CellInput && o.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}
}
