package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one {@code ingest} run needs to know.
 *
 * @param pdfDir            folder of statements to import
 * @param outputDir         where CSVs go, mirroring the PDFs' relative paths
 * @param database          the SQLite ledger file, created on first use
 * @param failedDir         quarantine for files that fail
 * @param workers           worker threads, at least 1
 * @param skipExisting      skip files whose content already imported successfully
 * @param retryFailed       also take the PDFs in the failed folder, moving back those that now succeed
 * @param recursive         descend into sub-folders of {@code pdfDir}
 * @param allowUnreconciled import statements whose amounts do not add up instead of failing them
 * @param extraction        passwords and per-file limits
 * @param timeout           longest time one file may take
 * @param maxFileSize       larger files fail without being opened, in bytes
 */
public record IngestOptions(Path pdfDir, Path outputDir, Path database, Path failedDir, int workers,
                            boolean skipExisting, boolean retryFailed, boolean recursive, boolean allowUnreconciled,
                            ExtractionOptions extraction, Duration timeout, long maxFileSize) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;

    public IngestOptions {
        Objects.requireNonNull(pdfDir, "pdfDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(failedDir, "failedDir");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(timeout, "timeout");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (timeout.isNegative() || timeout.isZero() || maxFileSize < 1) {
            throw new IllegalArgumentException("timeout and max file size must be positive");
        }
    }

    /** Defaults for everything but the folders and worker count: database and failed folder beside the output. */
    public static IngestOptions defaults(Path pdfDir, Path outputDir, int workers) {
        return new IngestOptions(pdfDir, outputDir, outputDir.resolve("pdfbulk.db"), outputDir.resolve("failed"),
                workers, false, false, false, false, ExtractionOptions.defaults(), DEFAULT_TIMEOUT,
                DEFAULT_MAX_FILE_SIZE);
    }
}
