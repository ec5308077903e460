package io.github.fijidispatch.files;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks a scratch folder as the suite's and as owned by this running JVM, so that a later run can tell a folder
 * left behind by a killed process ({@link StaleScratch}) from one still in use. Inside the folder, in this order:
 * a lock file ({@value #LOCK}, empty, created through {@link AtomicFile}) on which this JVM holds an exclusive
 * {@link FileLock} for as long as the claim lasts (the operating system drops it when the process dies, also by
 * {@code SIGKILL}), then a marker ({@value #MARKER}) naming the owner's process id and start time. A folder with the
 * marker therefore always had its lock taken first. {@link #close} deletes the marker before it unlocks.
 */
public final class ScratchClaim implements AutoCloseable {

	/** The marker file's name; its first line is {@value #MAGIC}. */
	public static final String MARKER = ".fiji-dispatch-scratch";

	/** The lock file's name. */
	public static final String LOCK = ".fiji-dispatch-scratch.lock";

	static final String MAGIC = "Fiji Dispatch scratch folder";

	/** The folders this JVM holds a claim on: never probed from here (closing a second channel would drop the lock). */
	private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

	private final Path folder;
	private final FileChannel channel;
	private final FileLock lock;

	private ScratchClaim(final Path folder, final FileChannel channel, final FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Claims {@code folder}, a new empty folder this process just made.
	 *
	 * @throws IOException naming the folder when the lock or the marker cannot be made
	 */
	public static ScratchClaim claim(final Path folder) throws IOException {
		final Path key = key(folder);
		final Path lockFile = folder.resolve(LOCK);
		AtomicFile.write(lockFile, out -> {
			// NB: empty; only its lock matters
		});
		final FileChannel channel = openForLock(lockFile);
		try {
			final FileLock lock = channel.tryLock();
			if (lock == null) throw new IOException("the scratch folder " + folder + " is locked by another process");
			OWNED.add(key);
			final RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
			AtomicFile.writeText(folder.resolve(MARKER), MAGIC + "\nprocess " + jvm.getName() + "\nstarted " + jvm
				.getStartTime() + "\n");
			return new ScratchClaim(folder, channel, lock);
		}
		catch (final IOException | RuntimeException e) {
			OWNED.remove(key);
			channel.close();
			throw e;
		}
	}

	/** Whether this JVM holds a claim on {@code folder}. */
	static boolean ownedHere(final Path folder) {
		return OWNED.contains(key(folder));
	}

	/**
	 * The lock file opened for reading and writing (an exclusive lock needs both); it is never written, and it is
	 * never created here (the claim creates it through {@link AtomicFile}).
	 */
	static FileChannel openForLock(final Path lockFile) throws IOException {
		if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) throw new IOException(lockFile +
			" is not a lock file");
		return FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
	}

	/** Tries the lock of another process's claim: {@code null} while its owner lives (or locks are not supported). */
	static FileLock tryLock(final FileChannel channel) {
		try {
			return channel.tryLock();
		}
		catch (final IOException | OverlappingFileLockException e) {
			return null;
		}
	}

	/** The folder claimed. */
	public Path folder() {
		return folder;
	}

	/** Ends the claim: deletes the marker, then releases the lock (the caller deletes the folder). */
	@Override
	public void close() throws IOException {
		try {
			Files.deleteIfExists(folder.resolve(MARKER));
		}
		finally {
			try {
				if (lock.isValid()) lock.release();
			}
			finally {
				channel.close();
				OWNED.remove(key(folder));
			}
		}
	}

	private static Path key(final Path folder) {
		return folder.toAbsolutePath().normalize();
	}
}
