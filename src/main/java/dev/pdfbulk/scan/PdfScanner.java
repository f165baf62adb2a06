package dev.pdfbulk.scan;

import dev.pdfbulk.model.PrintableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds the statement PDFs in an input folder: regular files whose name ends in {@code .pdf} in any
 * letter case. Hidden entries (name starting with {@code .}, which also covers macOS {@code ._x.pdf}
 * resource forks and our own temporary files) and Office lock files ({@code ~$x.pdf}) are skipped.
 *
 * <p>The walk is lazy: one directory is listed at a time, when the stream reaches it. Within a directory
 * files come in name order, before its subdirectories, which follow in name order, depth first; so two
 * scans of an unchanged tree give the same sequence. A subdirectory that cannot be read is logged and
 * skipped; a directory reached twice (a symbolic-link loop, or two links to one place) is walked once.
 *
 * <p>Threading: immutable; a returned stream is for one thread. Streams hold no open handle between
 * elements, so an abandoned stream leaks nothing.
 */
public final class PdfScanner {

    private static final Logger LOG = LoggerFactory.getLogger(PdfScanner.class);
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private final ScanOptions options;
    private final PassedOver.Listener passedOver;

    public PdfScanner(ScanOptions options) {
        this(options, PassedOver.Listener.NONE);
    }

    /** A scanner that tells {@code passedOver} of each entry named like a PDF that it does not yield. */
    public PdfScanner(ScanOptions options, PassedOver.Listener passedOver) {
        this.options = options;
        this.passedOver = passedOver;
    }

    /**
     * The PDFs under {@code root}, lazily.
     *
     * @param root an existing directory, not null
     * @throws NotDirectoryException when {@code root} is not a directory
     * @throws IOException           when {@code root} cannot be read
     */
    public Stream<Path> scan(Path root) throws IOException {
        Walk walk = new Walk(options, passedOver);
        walk.start(root);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * How many PDFs {@link #scan} would yield now, for a progress bar's total.
     *
     * @see #scan(Path)
     */
    public long count(Path root) throws IOException {
        try (Stream<Path> pdfs = scan(root)) {
            return pdfs.count();
        }
    }

    /** Shorthand for {@code new PdfScanner(recursive ? wholeTree() : topLevel()).count(root)}. */
    public static long count(Path root, boolean recursive) throws IOException {
        return new PdfScanner(recursive ? ScanOptions.wholeTree() : ScanOptions.topLevel()).count(root);
    }

    /** Whether {@code name} is that of a statement PDF the scan picks up: {@code .pdf} in any case, not hidden. */
    public static boolean isPdfName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") && name.length() > ".pdf".length()
                && !name.startsWith(".") && !name.startsWith("~$");
    }

    /** Depth-first walk: files of the current directory first, then its subdirectories still to visit. */
    private static final class Walk implements Iterator<Path> {
        private final ScanOptions options;
        private final PassedOver.Listener passedOver;
        private final LinkOption[] links;
        private final Deque<Path> directories = new ArrayDeque<>();
        private final Deque<Path> files = new ArrayDeque<>();
        private final Set<Object> visited = new HashSet<>();

        Walk(ScanOptions options, PassedOver.Listener passedOver) {
            this.options = options;
            this.passedOver = passedOver;
            this.links = options.followSymlinks() ? FOLLOW : NO_FOLLOW;
        }

        void start(Path root) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                throw new NotDirectoryException(root.toString());
            }
            visited.add(key(root, attributes));
            list(root);
        }

        @Override
        public boolean hasNext() {
            while (files.isEmpty() && !directories.isEmpty()) {
                Path next = directories.pop();
                try {
                    list(next);
                } catch (NoSuchFileException gone) {
                    LOG.debug("{} was removed while the scan ran", PrintableName.of(next));
                } catch (IOException e) {
                    LOG.warn("skipping unreadable directory {}: {}", PrintableName.of(next), PrintableName.line(e.toString()));
                }
            }
            return !files.isEmpty();
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return files.pop();
        }

        private void list(Path directory) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                stream.forEach(entries::add);
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            List<Path> subdirectories = new ArrayList<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = attributes(entry, isPdfName(name));
                if (attributes == null) {
                    continue;
                }
                if (attributes.isRegularFile()) {
                    if (isPdfName(name)) {
                        files.add(entry);
                    }
                } else if (attributes.isDirectory()) {
                    if (options.recursive() && enter(entry, attributes)) {
                        subdirectories.add(entry);
                    } else if (!options.recursive() && isPdfName(name)) {
                        passedOver.passedOver(entry, PassedOver.FOLDER);
                    }
                } else if (isPdfName(name) && !attributes.isSymbolicLink()) {
                    passedOver.passedOver(entry, PassedOver.NOT_A_FILE);
                }
            }
            for (int i = subdirectories.size() - 1; i >= 0; i--) {
                directories.push(subdirectories.get(i));
            }
        }

        // Null for an entry to pass over: a broken link, one that vanished, one whose type cannot be read.
        private BasicFileAttributes attributes(Path entry, boolean candidate) {
            try {
                return Files.readAttributes(entry, BasicFileAttributes.class, links);
            } catch (NoSuchFileException | java.nio.file.FileSystemLoopException e) {
                if (candidate && Files.isSymbolicLink(entry)) {
                    passedOver.passedOver(entry, PassedOver.BROKEN_LINK);
                } else {
                    LOG.debug("{} was removed while the scan ran", PrintableName.of(entry));
                }
                return null;
            } catch (IOException e) {
                // A link chain that loops fails as "too many levels of symbolic links", an I/O error.
                if (candidate) {
                    passedOver.passedOver(entry, Files.isSymbolicLink(entry) ? PassedOver.BROKEN_LINK : PassedOver.UNREADABLE);
                }
                return null;
            }
        }

        private boolean enter(Path directory, BasicFileAttributes attributes) {
            if (options.skip().contains(directory.toAbsolutePath().normalize())) {
                return false;
            }
            if (!visited.add(key(directory, attributes))) {
                LOG.debug("not walking {} again (symbolic-link loop or second link)", PrintableName.of(directory));
                return false;
            }
            return true;
        }

        private static Object key(Path directory, BasicFileAttributes attributes) {
            Object key = attributes.fileKey();
            if (key != null) {
                return key;
            }
            try {
                return directory.toRealPath();
            } catch (IOException e) {
                return directory.toAbsolutePath().normalize();
            }
        }
    }
}
