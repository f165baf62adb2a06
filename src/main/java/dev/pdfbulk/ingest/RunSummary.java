package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.scan.PassedOver;

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
 * @param passedOver   entries named like a PDF that the scan did not read, by why (a pipe, a broken link)
 */
public record RunSummary(int imported, int skipped, int duplicates, int failed, int notDone,
                         Map<FailureReason, Integer> failures, long transactions, long pages, long bytes,
                         Duration elapsed, String fatalError, Map<PassedOver, Integer> passedOver) {

    public RunSummary {
        failures = Map.copyOf(failures);
        passedOver = Map.copyOf(passedOver);
    }

    /** How many entries named like a PDF the scan did not read. */
    public int passedOverCount() {
        return passedOver.values().stream().mapToInt(Integer::intValue).sum();
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
