package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;

import java.time.Duration;
import java.util.Map;

/**
 * Totals of one run.
 *
 * @param imported     files imported
 * @param skipped      files skipped as already imported
 * @param duplicates   files whose content another file of this run already had
 * @param failed       files moved to the failed folder
 * @param notDone      files left untouched because the run stopped early
 * @param failures     failed files by reason
 * @param transactions transactions imported
 * @param pages        pages read
 * @param bytes        bytes of the files processed
 * @param elapsed      wall time of the run
 * @param fatalError   why the run stopped early, null when it ran to the end
 */
public record RunSummary(int imported, int skipped, int duplicates, int failed, int notDone,
                         Map<FailureReason, Integer> failures, long transactions, long pages, long bytes,
                         Duration elapsed, String fatalError) {

    public RunSummary {
        failures = Map.copyOf(failures);
    }

    public int files() {
        return imported + skipped + duplicates + failed + notDone;
    }

    public boolean stoppedEarly() {
        return fatalError != null;
    }

    /** Files per second over the whole run. */
    public double filesPerSecond() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return files() / seconds;
    }
}
