package dev.pdfbulk.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file so that readers, and a run that restarts after a crash, see either the old content or
 * the complete new content, never a part: the bytes go to a hidden temporary file beside the target,
 * are forced to disk, and the temporary file is then renamed over the target in one step.
 *
 * <p>A temporary file is named {@code .NAME.<16 hex digits>.tmp} for target {@code NAME}. One left behind
 * by a killed process is recognised by {@link #isLeftover(Path)} and removed by {@link #deleteLeftovers(Path)}.
 *
 * <p>Threading: stateless; any number of threads may write at once, to different targets. Two threads
 * writing the same target each finish with a complete file, the last rename winning.
 */
public final class AtomicFileWriter {

    /** Glob that matches every temporary file this class creates (and possibly a few others; use {@link #isLeftover}). */
    public static final String LEFTOVER_GLOB = ".*.tmp";

    private static final String SUFFIX = ".tmp";
    private static final int RANDOM_HEX_DIGITS = 16;
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9a-f]{" + RANDOM_HEX_DIGITS + "}\\.tmp");
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int NAME_TRIES = 10;

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the whole content to {@code out}.
         *
         * @param out buffered, never null; closing it is allowed and does nothing
         * @throws IOException when the content cannot be produced or written; the target is then left untouched
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Replaces {@code target} with what {@code content} writes, creating missing parent directories.
     * On any failure the temporary file is deleted and {@code target} keeps its previous content (or stays absent).
     *
     * @param target  the file to create or replace, not null
     * @param content writes the bytes, not null; runs on the calling thread
     * @throws IOException when writing, forcing or renaming fails, or {@code content} throws
     */
    public static void write(Path target, Content content) throws IOException {
        Path directory = replace(target, content, true);
        forceDirectory(directory);
    }

    /**
     * As {@link #write}, but leaves the file in the page cache: other processes, and a rerun after the
     * process is killed, see the complete file; a power cut may lose it until {@link #force} has run on it.
     * Many files written this way are forced in one call later, off the caller's thread.
     *
     * @throws IOException when writing or renaming fails, or {@code content} throws
     */
    public static void writeUnforced(Path target, Content content) throws IOException {
        replace(target, content, false);
    }

    /**
     * Forces each file's bytes, then each of their directories once (so their renames last), to disk.
     *
     * @param files files written by {@link #writeUnforced}, not null
     * @throws IOException when a file cannot be opened or forced (a missing file included)
     */
    public static void force(Collection<Path> files) throws IOException {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath();
            try (FileChannel channel = FileChannel.open(absolute, StandardOpenOption.READ)) {
                channel.force(true);
            }
            directories.add(absolute.getParent());
        }
        directories.forEach(AtomicFileWriter::forceDirectory);
    }

    /** Writes a temporary file and renames it over {@code target}; returns the target's directory. */
    private static Path replace(Path target, Content content, boolean force) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Temp temp = createTemp(directory, absolute.getFileName().toString());
        try {
            try (FileChannel channel = temp.channel()) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                content.writeTo(new KeepOpen(buffered));
                buffered.flush();
                if (force) {
                    channel.force(true);
                }
            }
            Files.move(temp.path(), absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp.path(), e);
            throw e;
        }
        return directory;
    }

    /**
     * Whether {@code file}'s name is that of a temporary file this class creates, i.e. one left behind when
     * a process was killed mid-write.
     *
     * @param file any path, not null
     */
    public static boolean isLeftover(Path file) {
        Path name = file.getFileName();
        return name != null && LEFTOVER.matcher(name.toString()).matches();
    }

    /**
     * Deletes every leftover temporary file under {@code directory}, at any depth, without following
     * symbolic links. Call it only when no writer is running on that tree.
     *
     * @param directory the tree to clean, not null; a missing directory counts as clean
     * @return how many files were deleted
     * @throws IOException when the tree cannot be walked or a leftover cannot be deleted
     */
    public static int deleteLeftovers(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isLeftover(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** A new temporary file and the channel it was created with, open for writing. */
    private record Temp(Path path, FileChannel channel) {
    }

    /** Creates a temporary file for {@code targetName} in {@code directory}, creating the directory if missing. */
    private static Temp createTemp(Path directory, String targetName) throws IOException {
        HexFormat hex = HexFormat.of();
        boolean directoryMade = false;
        int taken = 0;
        while (true) {
            String random = hex.toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temp = directory.resolve("." + targetName + "." + random + SUFFIX);
            try {
                // CREATE_NEW rather than Files.createTempFile: that would make the CSV owner-only (0600).
                return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (NoSuchFileException missing) {
                // The folder is made when a file finds it missing: a mkdir before every file fails (and throws twice).
                if (directoryMade) {
                    throw missing;
                }
                Files.createDirectories(directory);
                directoryMade = true;
            } catch (FileAlreadyExistsException e) {
                if (++taken == NAME_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void forceDirectory(Path directory) {
        // Makes the rename itself durable on Linux; other systems cannot open a directory, which is harmless.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file is complete and renamed; only its durability across a power cut is less certain
        }
    }

    /** Lets content close its stream (as OpenCSV does) without closing the channel before it is forced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
