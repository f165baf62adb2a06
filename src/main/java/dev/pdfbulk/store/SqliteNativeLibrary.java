package dev.pdfbulk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Keeps sqlite-jdbc's native library in a per-user cache instead of letting the driver unpack it into
 * the temporary folder on every start (about 0.1 s of a run's start-up, measured): the first run unpacks
 * it once to {@code $XDG_CACHE_HOME/pdfbulk} (or {@code ~/.cache/pdfbulk}) under a name that holds the
 * driver version, the system and the architecture; later runs point the driver at that copy through its
 * documented {@code org.sqlite.lib.path}, {@code org.sqlite.lib.name} and {@code org.sqlite.tmpdir}
 * properties. Anything unusual (the properties already set, no writable cache folder, a copy that fails)
 * leaves the driver's own behaviour, which a broken cached copy also falls back to.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static final String TMPDIR = "org.sqlite.tmpdir";

    private static boolean done;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached library, unpacking it first if needed. Idempotent; never throws. */
    static synchronized void useCache() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        try {
            Path dir = cacheDir();
            if (dir == null) {
                return;
            }
            Path library = unpackedIn(dir);
            if (library == null) {
                return;
            }
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, library.getFileName().toString());
            // The driver lists its temporary folder on start for stale copies; a small folder lists fast.
            if (System.getProperty(TMPDIR) == null) {
                System.setProperty(TMPDIR, dir.toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("sqlite native library not cached, the driver unpacks it: {}", e.toString());
        }
    }

    /**
     * The driver's native library for this system in {@code dir}, unpacked there unless a copy for this
     * driver version, system and architecture already is.
     *
     * @return the library file, or null when the driver has none for this system (it then uses its own ways)
     * @throws IOException when it cannot be written
     */
    static Path unpackedIn(Path dir) throws IOException {
        String name = String.format(Locale.ROOT, "sqlitejdbc-%s-%s-%s-%s", SQLiteJDBCLoader.getVersion(),
                System.getProperty("os.name"), System.getProperty("os.arch"), LibraryLoaderUtil.getNativeLibName())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        Path library = dir.resolve(name);
        return Files.isRegularFile(library) || unpack(library) ? library : null;
    }

    private static Path cacheDir() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else if (home != null && !home.isBlank() && !"?".equals(home)) {
            base = Path.of(home, ".cache");
        } else {
            return null;
        }
        Path dir = base.resolve("pdfbulk");
        Files.createDirectories(dir);
        return Files.isWritable(dir) ? dir : null;
    }

    private static boolean unpack(Path library) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            // Another run may unpack the same file at the same time: each writes its own temporary copy.
            Path temp = Files.createTempFile(library.getParent(), ".unpack-", ".tmp");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                // On disk before the rename: a copy that is there at all is whole, even after a power cut.
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, library, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, library, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        }
    }
}
