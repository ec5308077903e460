package io.github.fijidispatch.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;

import io.github.fijidispatch.zarr.ChunkCache;
import io.github.fijidispatch.zarr.ChunkCodecs;
import io.github.fijidispatch.zarr.OmeAxis;
import io.github.fijidispatch.zarr.OmeZarrImage;
import io.github.fijidispatch.zarr.OmeZarrImages;
import io.github.fijidispatch.zarr.ZarrProvenance;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/**
 * OME-Zarr images as ImageJ virtual stacks: every plane equals the array's, in ImageJ's C, Z, T order with the
 * image's calibration, for 3D and 5D images and every pixel kind mapping; chunks come from a bounded cache; the
 * Open OME-Zarr... command opens one and refuses what it cannot open, naming the folder.
 */
class ZarrVirtualStackTest {

	@TempDir
	static Path tmp;

	private static Context context;

	@BeforeAll
	static void setUp() {
		context = new Context(CommandService.class);
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	@Test
	void everyPlaneOfAVolumeIsTheArraysWithItsCalibration() throws Exception {
		final ArrayImg<UnsignedShortType, ?> volume = ArrayImgs.unsignedShorts(30, 22, 12);
		fill(volume, 3);
		final List<OmeAxis> axes = Arrays.asList(new OmeAxis("x", "space", "micrometer", 0.5), new OmeAxis("y", "space",
			"micrometer", 0.5), new OmeAxis("z", "space", "micrometer", 2));
		final Path path = write(volume, "vol.ome.zarr", axes, new int[] { 8, 8, 4 });
		final ImagePlus imp = ZarrVirtualStack.open(OmeZarrImage.open(path), ChunkCache.forThisHeap(), "vol");
		assertTrue(imp.getStack().isVirtual());
		assertEquals(16, imp.getBitDepth());
		assertEquals(Arrays.asList(30, 22, 1, 12, 1), dims(imp));
		assertFalse(imp.isHyperStack());
		for (int z = 0; z < 12; z++)
			assertPlane(volume, imp.getStack().getProcessor(z + 1), z, 0, 0, 2, -1, -1);
		assertEquals(0.5, imp.getCalibration().pixelWidth, 0);
		assertEquals(2, imp.getCalibration().pixelDepth, 0);
		assertEquals("micron", imp.getCalibration().getUnit());
		assertTrue(((String) imp.getProperty("Info")).contains("kind: uint16"), (String) imp.getProperty("Info"));
	}

	@Test
	void aFiveDimensionalImageIsAHyperstackInImageJsOrder() throws Exception {
		final ArrayImg<FloatType, ?> image = ArrayImgs.floats(9, 7, 3, 2, 4);
		fill(image, 5);
		final List<OmeAxis> axes = Arrays.asList(OmeAxis.space("x"), OmeAxis.space("y"), OmeAxis.space("z"),
			new OmeAxis("c", "channel", null, 1), new OmeAxis("t", "time", "second", 1.5));
		final Path path = write(image, "five.ome.zarr", axes, new int[] { 4, 4, 2, 1, 3 });
		final ImagePlus imp = ZarrVirtualStack.open(OmeZarrImage.open(path), new ChunkCache(1 << 10), "five");
		assertEquals(Arrays.asList(9, 7, 2, 3, 4), dims(imp));
		assertTrue(imp.isHyperStack());
		assertEquals(32, imp.getBitDepth());
		for (int t = 0; t < 4; t++)
			for (int z = 0; z < 3; z++)
				for (int c = 0; c < 2; c++)
					assertPlane(image, imp.getStack().getProcessor(imp.getStackIndex(c + 1, z + 1, t + 1)), z, c, t, 2, 3, 4);
		assertEquals(1.5, imp.getCalibration().frameInterval, 0);
		assertEquals("second", imp.getCalibration().getTimeUnit());
	}

	@Test
	void otherKindsShowAsFloatValues() throws Exception {
		final ArrayImg<IntType, ?> labels = ArrayImgs.ints(11, 5, 3);
		final Random r = new Random(2);
		for (final IntType t : labels)
			t.set(r.nextInt(200000) - 1000);
		final ImagePlus imp = ZarrVirtualStack.open(OmeZarrImage.open(write(labels, "labels.ome.zarr", null, new int[] {
			4, 4, 2 })), ChunkCache.forThisHeap(), "labels");
		assertEquals(32, imp.getBitDepth());
		for (int z = 0; z < 3; z++)
			assertPlane(labels, imp.getStack().getProcessor(z + 1), z, 0, 0, 2, -1, -1);
	}

	@Test
	void theCacheKeepsEachChunkOnceAndNeverMoreThanItsLimit() throws Exception {
		final ArrayImg<UnsignedShortType, ?> volume = ArrayImgs.unsignedShorts(32, 16, 8);
		fill(volume, 7);
		final Path path = write(volume, "cached.ome.zarr", null, new int[] { 8, 8, 4 });
		final ChunkCache large = new ChunkCache(1 << 20);
		final ImagePlus imp = ZarrVirtualStack.open(OmeZarrImage.open(path), large, "cached");
		for (int z = 1; z <= 8; z++)
			imp.getStack().getProcessor(z);
		assertEquals(4 * 2 * 2, large.size(), "each chunk kept once");
		assertEquals(16L * 8 * 8 * 4 * 2, large.bytes());
		final long chunkBytes = 8 * 8 * 4 * 2;
		final ChunkCache small = new ChunkCache(3 * chunkBytes);
		final ImagePlus bounded = ZarrVirtualStack.open(OmeZarrImage.open(path), small, "bounded");
		for (int z = 8; z >= 1; z--) {
			assertPlane(volume, bounded.getStack().getProcessor(z), z - 1, 0, 0, 2, -1, -1);
			assertTrue(small.bytes() <= small.maxBytes(), small.bytes() + " bytes held");
		}
		assertEquals(3, small.size());
	}

	@Test
	void theCommandOpensTheImageAndRefusesWhatItCannotOpenNamingTheFolder() throws Exception {
		final ArrayImg<UnsignedShortType, ?> volume = ArrayImgs.unsignedShorts(10, 9, 4);
		fill(volume, 11);
		final Path path = write(volume, "cmd.ome.zarr", null, new int[] { 4, 4, 4 });
		final Module opened = run(false, "input", path.toString());
		final ImagePlus imp = (ImagePlus) opened.getOutput("image");
		assertNotNull(imp);
		assertEquals("cmd.ome.zarr", imp.getTitle());
		assertPlane(volume, imp.getStack().getProcessor(3), 2, 0, 0, 2, -1, -1);

		final String missing = tmp.resolve("none.ome.zarr").toString();
		final ExecutionException thrown = assertThrows(ExecutionException.class, () -> run(false, "input", missing));
		assertTrue(Ij1Command.rootMessage(thrown).contains("none.ome.zarr"), Ij1Command.rootMessage(thrown));
		final Module refused = run(true, "input", missing);
		assertTrue(((Cancelable) refused).isCanceled());
		assertTrue(((Cancelable) refused).getCancelReason().contains("none.ome.zarr") && ((Cancelable) refused)
			.getCancelReason().contains("does not exist"), ((Cancelable) refused).getCancelReason());
		final Module notZarr = run(true, "input", tmp.resolve("plain-folder").toString());
		assertTrue(((Cancelable) notZarr).getCancelReason().contains("ending in .zarr"), ((Cancelable) notZarr)
			.getCancelReason());
	}

	/** As {@link Ij1Command} runs it when {@code asFromTheMenu}: failures cancel; else as a script would. */
	private static Module run(final boolean asFromTheMenu, final Object... inputs) throws Exception {
		final Module module = context.service(CommandService.class).getCommand(ZarrOpenCommand.class).createModule();
		context.inject(module);
		if (asFromTheMenu) ((FailsByCancelling) module.getDelegateObject()).cancelOnFailure();
		return context.service(ModuleService.class).run(module, true, inputs).get();
	}

	private static <T extends NativeType<T> & RealType<T>> Path write(final RandomAccessibleInterval<T> image,
		final String name, final List<OmeAxis> axes, final int[] chunk) throws Exception
	{
		final Path path = tmp.resolve(name);
		OmeZarrImages.write(image, path, axes, chunk, ChunkCodecs.named("zlib:1"), false, new ZarrProvenance("test",
			Collections.<String, Object> emptyMap(), Collections.<String, Long> emptyMap(), "test"));
		return path;
	}

	private static void fill(final RandomAccessibleInterval<? extends RealType<?>> image, final long seed) {
		final Random r = new Random(seed);
		for (final RealType<?> t : net.imglib2.view.Views.flatIterable(image))
			t.setReal(r.nextInt(4000) + (t instanceof FloatType ? r.nextFloat() : 0));
	}

	private static List<Integer> dims(final ImagePlus imp) {
		return Arrays.asList(imp.getWidth(), imp.getHeight(), imp.getNChannels(), imp.getNSlices(), imp.getNFrames());
	}

	/** The plane equals the image at (z, c, t) in its dimensions zAxis, cAxis, tAxis (-1: none). */
	private static void assertPlane(final RandomAccessibleInterval<? extends RealType<?>> image, final ImageProcessor ip,
		final int z, final int c, final int t, final int zAxis, final int cAxis, final int tAxis)
	{
		final RandomAccess<? extends RealType<?>> a = image.randomAccess();
		final long[] p = new long[image.numDimensions()];
		if (zAxis >= 0) p[zAxis] = z;
		if (cAxis >= 0) p[cAxis] = c;
		if (tAxis >= 0) p[tAxis] = t;
		for (int y = 0; y < ip.getHeight(); y++)
			for (int x = 0; x < ip.getWidth(); x++) {
				p[0] = x;
				p[1] = y;
				a.setPosition(p);
				assertEquals(a.get().getRealDouble(), ip.getf(x, y), 0, "pixel " + Arrays.toString(p));
			}
	}
}
