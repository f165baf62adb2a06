package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;

import java.nio.file.Path;

/**
 * What happened to one file.
 *
 * @param file         the PDF as found
 * @param status       how it ended
 * @param reason       failure class, null unless failed
 * @param message      one line for the user: the failure reason, or what it is a duplicate of; null when none
 * @param transactions transactions imported
 * @param pages        pages read
 * @param bytes        file size
 * @param millis       time spent on it
 */
public record FileOutcome(Path file, FileStatus status, FailureReason reason, String message, int transactions,
                          int pages, long bytes, long millis) {
}
