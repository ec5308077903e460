package io.github.fijidispatch.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds and removes the scratch folders that killed runs left in a folder: only folders whose name is a scratch
 * folder's ({@code NAME.scratch-*}, {@code .NAME.pipeline-scratch-*}), that hold the suite's marker
 * ({@link ScratchClaim#MARKER}) and whose lock nobody holds — its owner is dead. A folder of a live run (in this JVM
 * or another), a folder without the marker, a symbolic link and anything else are left alone.
 */
public final class StaleScratch {

	private static final Pattern NAME = Pattern.compile(".+[.-]scratch-[^/]*");

	private StaleScratch() {
		// NB: static utility
	}

	/**
	 * Removes the stale scratch folders directly inside {@code dir} (nothing when it does not exist).
	 *
	 * @return one line per folder removed, naming it and the process that made it; and one per stale folder that could
	 *         not be removed, saying why
	 */
	public static List<String> sweep(final Path dir) {
		final List<String> report = new ArrayList<>();
		if (!Files.isDirectory(dir)) return report;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (final Path folder : entries) {
				final String line = removeIfStale(folder);
				if (line != null) report.add(line);
			}
		}
		catch (final IOException e) {
			report.add("could not look for stale scratch folders in " + dir + ": " + e.getMessage());
		}
		return report;
	}

	/** As {@link #sweep}, in the folder that holds {@code target} (a run's output, which may not exist yet). */
	public static List<String> sweepBeside(final Path target) {
		final Path parent = target.toAbsolutePath().normalize().getParent();
		return parent == null ? new ArrayList<String>() : sweep(parent);
	}

	/** Removes {@code folder} when it is a stale scratch folder; what was done, or {@code null} for nothing. */
	static String removeIfStale(final Path folder) {
		if (folder.getFileName() == null || !NAME.matcher(folder.getFileName().toString()).matches()) return null;
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || ScratchClaim.ownedHere(folder)) return null;
		final Path marker = folder.resolve(ScratchClaim.MARKER);
		final String owner = owner(marker);
		if (owner == null) return null;
		final Path lockFile = folder.resolve(ScratchClaim.LOCK);
		if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) return null;
		try (FileChannel channel = ScratchClaim.openForLock(lockFile)) {
			final FileLock lock = ScratchClaim.tryLock(channel);
			if (lock == null) return null;
			try {
				// NB: the owner may have ended its claim (and be deleting the folder) since the marker was read
				if (owner(marker) == null) return null;
				Files.delete(marker);
				FileTrees.deleteConcurrently(folder);
			}
			finally {
				if (lock.isValid()) lock.release();
			}
		}
		catch (final IOException e) {
			return "could not remove the stale scratch folder " + folder + " (left by " + owner + "): " + e.getMessage();
		}
		return "removed the stale scratch folder " + folder + " left by " + owner;
	}

	/** The owner the marker names ("process PID@HOST, started EPOCH_MS"), or {@code null} for no marker of the suite. */
	private static String owner(final Path marker) {
		if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return null;
		final List<String> lines;
		try {
			lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
		}
		catch (final IOException e) {
			return null;
		}
		if (lines.size() < 3 || !ScratchClaim.MAGIC.equals(lines.get(0))) return null;
		return lines.get(1) + ", " + lines.get(2);
	}
}
