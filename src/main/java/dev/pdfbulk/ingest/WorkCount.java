package dev.pdfbulk.ingest;

import dev.pdfbulk.scan.PdfScanner;
import dev.pdfbulk.scan.ScanOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The quick pre-count of a run's work: files and their bytes, so progress can show a total and an ETA
 * from bytes done. Walks names and sizes only.
 *
 * @param files number of PDFs
 * @param bytes their total size
 */
record WorkCount(long files, long bytes) {

    static WorkCount of(IngestOptions options, ScanOptions scan) throws IOException {
        WorkCount input = count(options.pdfDir(), scan);
        if (options.retryFailed() && Files.isDirectory(options.failedDir())) {
            WorkCount failed = count(options.failedDir(), ScanOptions.wholeTree());
            return new WorkCount(input.files + failed.files, input.bytes + failed.bytes);
        }
        return input;
    }

    private static WorkCount count(Path root, ScanOptions scan) throws IOException {
        long files = 0;
        long bytes = 0;
        try (Stream<Path> stream = new PdfScanner(scan).scan(root)) {
            Iterator<Path> it = stream.iterator();
            while (it.hasNext()) {
                Path p = it.next();
                files++;
                try {
                    bytes += Files.size(p);
                } catch (IOException e) {
                    // Vanished between listing and sizing: it counts as a file of no size.
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new WorkCount(files, bytes);
    }
}
