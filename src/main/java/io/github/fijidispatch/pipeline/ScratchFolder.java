package io.github.fijidispatch.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.fijidispatch.files.FileTrees;
import io.github.fijidispatch.files.ScratchClaim;

/**
 * The folder a pipeline keeps its intermediate results in: a new hidden folder next to the output
 * ({@code .OUT.pipeline-scratch-RANDOM}), so intermediates are on the output's disk and never share a name with it.
 * {@link #close} deletes it with everything in it; so does a shutdown hook if the JVM ends first (an exit or a
 * {@code SIGTERM}/{@code SIGINT}). A {@code kill -9} leaves the folder, {@linkplain ScratchClaim claimed} by the dead
 * process, so the next {@code run} or {@code pipeline} beside it removes it
 * ({@link io.github.fijidispatch.files.StaleScratch}).
 */
public final class ScratchFolder implements AutoCloseable {

	/** The part of a scratch folder's name after the output's name. */
	public static final String MARK = ".pipeline-scratch-";

	private final Path path;
	private final ScratchClaim claim;
	private final Thread hook;

	private ScratchFolder(final Path path) throws IOException {
		this.path = path;
		this.claim = ScratchClaim.claim(path);
		this.hook = new Thread(this::deleteQuietly, "pipeline scratch cleanup");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	/** Creates the scratch folder of the output {@code output} (a file or folder that may not exist yet). */
	public static ScratchFolder beside(final Path output) throws IOException {
		final Path absolute = output.toAbsolutePath().normalize();
		final Path parent = absolute.getParent();
		Files.createDirectories(parent);
		return new ScratchFolder(Files.createTempDirectory(parent, "." + absolute.getFileName() + MARK));
	}

	public Path path() {
		return path;
	}

	/** The path of an intermediate result inside: {@code NN-NAME.ome.zarr}. */
	public Path intermediate(final int step, final String name) {
		return path.resolve(String.format("%02d-%s.ome.zarr", step, name));
	}

	/** Deletes one intermediate that no later step reads, to free its disk space early. */
	public void delete(final Path intermediate) throws IOException {
		if (!intermediate.startsWith(path)) throw new IllegalArgumentException(intermediate + " is not in " + path);
		FileTrees.deleteConcurrently(intermediate);
	}

	/** Deletes the folder and everything in it. */
	@Override
	public void close() throws IOException {
		claim.close();
		FileTrees.deleteConcurrently(path);
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (final IllegalStateException e) {
			// NB: the JVM is shutting down already; the hook runs and finds nothing left
		}
	}

	/** NB: the run may still be writing into the folder while the JVM shuts down; a few tries outlast its last chunk. */
	private void deleteQuietly() {
		for (int attempt = 1;; attempt++) {
			try {
				FileTrees.deleteConcurrently(path);
				return;
			}
			catch (final IOException e) {
				if (attempt == 5) {
					System.err.println("could not delete the pipeline's scratch folder " + path + ": " + e.getMessage());
					return;
				}
			}
			try {
				Thread.sleep(100);
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
