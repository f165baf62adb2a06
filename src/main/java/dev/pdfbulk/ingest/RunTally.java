package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.scan.PassedOver;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Counts outcomes as workers report them. Thread-safe. */
final class RunTally {

    private final Map<FileStatus, Integer> byStatus = new EnumMap<>(FileStatus.class);
    private final Map<FailureReason, Integer> byReason = new EnumMap<>(FailureReason.class);
    private final Map<PassedOver, Integer> passedOver = new EnumMap<>(PassedOver.class);
    private long transactions;
    private long pages;
    private long bytes;

    synchronized void add(FileOutcome o) {
        byStatus.merge(o.status(), 1, Integer::sum);
        if (o.status() == FileStatus.FAILED && o.reason() != null) {
            byReason.merge(o.reason(), 1, Integer::sum);
        }
        transactions += o.transactions();
        pages += o.pages();
        bytes += o.bytes();
    }

    synchronized void passedOver(PassedOver why) {
        passedOver.merge(why, 1, Integer::sum);
    }

    synchronized RunSummary summary(Duration elapsed, String fatalError) {
        return new RunSummary(count(FileStatus.IMPORTED), count(FileStatus.SKIPPED), count(FileStatus.DUPLICATE),
                count(FileStatus.FAILED), count(FileStatus.NOT_DONE), byReason, transactions, pages, bytes, elapsed,
                fatalError, passedOver);
    }

    private int count(FileStatus s) {
        return byStatus.getOrDefault(s, 0);
    }
}
