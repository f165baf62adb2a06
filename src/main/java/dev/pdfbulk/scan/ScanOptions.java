package dev.pdfbulk.scan;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link PdfScanner} walks.
 *
 * @param recursive      descend into subdirectories (hidden ones excepted)
 * @param followSymlinks take symbolic links to files and directories as what they point to; when false
 *                       they are skipped. Directory loops are never followed twice either way.
 * @param skip           directories not to enter, e.g. the quarantine folder when it lies inside the
 *                       input; compared as absolute normalized paths, never null
 */
public record ScanOptions(boolean recursive, boolean followSymlinks, Set<Path> skip) {
    public ScanOptions {
        skip = skip.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
    }

    /** The top directory only, following symbolic links. */
    public static ScanOptions topLevel() {
        return new ScanOptions(false, true, Set.of());
    }

    /** The whole tree, following symbolic links. */
    public static ScanOptions wholeTree() {
        return new ScanOptions(true, true, Set.of());
    }

    /** The same options with {@code directory} added to those skipped. */
    public ScanOptions skipping(Path directory) {
        Set<Path> more = new HashSet<>(skip);
        more.add(directory);
        return new ScanOptions(recursive, followSymlinks, more);
    }
}
