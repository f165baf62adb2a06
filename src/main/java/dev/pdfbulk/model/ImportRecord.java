package dev.pdfbulk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One file's entry in the import log: what happened the last time it was imported.
 *
 * @param fileHash         SHA-256 of the file's bytes, 64 lower-case hex digits; the key
 * @param fileName         the file's name, without directories
 * @param sourcePath       where the file was read from
 * @param status           the outcome
 * @param reason           why it failed, null unless {@code status} is {@link ImportStatus#FAILED}
 * @param transactionCount transactions imported, 0 when none
 * @param pageCount        pages read, 0 when unknown
 * @param reconciliation   the arithmetic check's verdict, null when the statement was never read that far
 * @param startedAt        when the import started
 * @param finishedAt       when it ended, null while in progress
 * @param durationMs       wall-clock milliseconds the import took, 0 while in progress
 * @param csvPath          the CSV written, null when none
 * @param error            one line saying what went wrong, null on success
 * @param metadata         what the statement says about itself, null when nothing is known
 */
public record ImportRecord(String fileHash, String fileName, String sourcePath, ImportStatus status,
                           FailureReason reason, int transactionCount, int pageCount,
                           ReconciliationStatus reconciliation, Instant startedAt, Instant finishedAt,
                           long durationMs, String csvPath, String error, StatementMetadata metadata) {
    public ImportRecord {
        Objects.requireNonNull(fileHash, "fileHash");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if (transactionCount < 0 || pageCount < 0 || durationMs < 0) {
            throw new IllegalArgumentException("negative count or duration");
        }
    }
}
