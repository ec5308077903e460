package io.github.fijidispatch.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the suite writes a file. The content goes to a temporary file
 * in the target's folder ({@code .NAME.RANDOM.fiji-dispatch-tmp}), is
 * flushed and synced to the disk, and only then renamed over the final name
 * in one atomic step. Whatever happens meanwhile (an exception, a full disk,
 * {@code kill -9}, a power cut after the sync) the final name holds either
 * the old file, untouched, or the complete new one: never a partial file.
 * On any failure the temporary file is deleted; only a killed process can
 * leave one behind, under its clearly temporary name.
 * <p>
 * Writing over an input is therefore safe as long as the input has been read
 * completely before {@link #write} is called (the old inode stays readable
 * until the rename).
 * <p>
 * A target that exists but is not a regular file (a folder, a device such as
 * {@code /dev/full}, a pipe) is refused: renaming over it would replace it.
 * A symbolic link is followed: the file it points to is replaced, the link
 * stays.
 */
public final class AtomicFile {

	/** The suffix of every temporary file; a leftover one can be deleted. */
	public static final String TEMPORARY_SUFFIX = ".fiji-dispatch-tmp";

	private static final int BUFFER = 1 << 16;

	private static final int NAME_ATTEMPTS = 16;

	/** What to write; the stream is buffered, and closing it only flushes it. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFile() {
		// NB: static holder
	}

	/**
	 * Writes {@code content} to {@code target} atomically, creating missing
	 * folders.
	 *
	 * @throws IOException naming the target and the reason; the target is then
	 *           as it was before the call
	 */
	public static void write(final Path target, final Content content) throws IOException {
		final Path file = resolve(target);
		final Path dir = folderOf(file);
		if (!Files.isDirectory(dir)) {
			try {
				Files.createDirectories(dir);
			}
			catch (final IOException e) {
				throw new IOException("cannot write '" + target + "': cannot create the folder " + dir + " (" + reason(e) + ")", e);
			}
		}
		final Path tmp = createTemporary(file, target);
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				final OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
				content.writeTo(new FilterOutputStream(out) {

					@Override
					public void write(final byte[] b, final int off, final int len) throws IOException {
						out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						// NB: a body may close what it wraps around the stream; the channel must stay open for the sync.
						out.flush();
					}
				});
				out.flush();
				// NB: the rename must never become visible before the bytes:
				// without the sync a crash could leave the new name on an empty file.
				channel.force(true);
			}
			move(tmp, file);
		}
		catch (final IOException e) {
			discard(tmp, e);
			throw new IOException("cannot write '" + target + "': " + reason(e), e);
		}
		catch (final RuntimeException | Error e) {
			discard(tmp, e);
			throw e;
		}
	}

	/** Deletes a failed write's temporary file; a failure to delete is added to the original failure. */
	private static void discard(final Path tmp, final Throwable failure) {
		try {
			Files.deleteIfExists(tmp);
		}
		catch (final IOException e) {
			failure.addSuppressed(e);
		}
	}

	/** Writes UTF-8 text atomically (see {@link #write(Path, Content)}). */
	public static void writeText(final Path target, final String text) throws IOException {
		write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Copies a stream's bytes to {@code target} atomically; the stream is not closed. */
	public static void copy(final InputStream in, final Path target) throws IOException {
		write(target, out -> {
			final byte[] buffer = new byte[BUFFER];
			for (int n; (n = in.read(buffer)) >= 0;)
				out.write(buffer, 0, n);
		});
	}

	/** Copies a file to {@code target} atomically. */
	public static void copy(final Path source, final Path target) throws IOException {
		try (InputStream in = Files.newInputStream(source)) {
			copy(in, target);
		}
	}

	/**
	 * Checks, without writing anything under the final name and without
	 * creating folders, that {@link #write} could create {@code target}: it is
	 * not an existing folder or special file, its nearest existing ancestor is
	 * a folder, and a temporary file can be created (and is deleted again)
	 * there.
	 *
	 * @return the folder the file would go to (or its nearest existing
	 *         ancestor), e.g. to ask for its free space
	 * @throws IOException naming the target and what is wrong
	 */
	public static Path checkWritable(final Path target) throws IOException {
		final Path file = resolve(target);
		Path dir = folderOf(file);
		while (dir != null && !Files.exists(dir))
			dir = dir.getParent();
		if (dir == null) throw new IOException("cannot write '" + target + "': none of its folders exists");
		if (!Files.isDirectory(dir)) throw new IOException("cannot write '" + target + "': " + dir + " is a file, not a folder");
		final Path probe = createTemporary(dir.resolve(file.getFileName()), target);
		Files.delete(probe);
		return dir;
	}

	/** True for the name of a temporary file this class creates. */
	public static boolean isTemporary(final Path file) {
		final String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
	}

	private static Path resolve(final Path target) throws IOException {
		if (target.getFileName() == null) throw new IOException("cannot write '" + target + "': it names no file");
		Path file = target.toAbsolutePath();
		if (Files.isSymbolicLink(file) && Files.exists(file)) file = file.toRealPath();
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
			throw new IOException("cannot write '" + target + "': it is " + (Files.isDirectory(file) ? "a folder" :
				"a device or pipe") + ", not a regular file");
		return file;
	}

	private static Path folderOf(final Path file) {
		return file.getParent() == null ? file.getFileSystem().getPath("").toAbsolutePath() : file.getParent();
	}

	private static Path createTemporary(final Path file, final Path target) throws IOException {
		final Path dir = folderOf(file);
		IOException last = null;
		for (int i = 0; i < NAME_ATTEMPTS; i++) {
			final Path tmp = dir.resolve("." + file.getFileName() + "." +
				Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMPORARY_SUFFIX);
			try {
				// NB: not Files.createTempFile: its files are private (0600), and
				// the renamed result must get the permissions of any new file.
				Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return tmp;
			}
			catch (final FileAlreadyExistsException e) {
				last = e;
			}
			catch (final IOException e) {
				throw new IOException("cannot write '" + target + "': the folder " + dir + " does not accept new files (" +
					reason(e) + ")", e);
			}
		}
		throw new IOException("cannot write '" + target + "': no free temporary name in " + dir, last);
	}

	private static void move(final Path tmp, final Path file) throws IOException {
		try {
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException e) {
			throw new IOException("the file system of " + file.getParent() + " cannot replace files atomically", e);
		}
	}

	/** The operating system's reason without the path repeated (FileSystemException puts it first). */
	private static String reason(final IOException e) {
		if (e instanceof FileSystemException) {
			final String r = ((FileSystemException) e).getReason();
			if (r != null) return r;
			return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
