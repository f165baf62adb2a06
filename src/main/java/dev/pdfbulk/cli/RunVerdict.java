package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.RunSummary;

/** Maps a run's totals to its exit code, in one place. */
final class RunVerdict {

    private RunVerdict() {
    }

    static ExitCode exitCode(RunSummary summary) {
        if (summary.stoppedEarly()) {
            return ExitCode.FATAL;
        }
        if (summary.failed() > 0) {
            return ExitCode.SOME_FAILED;
        }
        return ExitCode.OK;
    }
}
