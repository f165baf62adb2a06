package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.FileOutcome;
import dev.pdfbulk.ingest.FileStatus;
import dev.pdfbulk.ingest.IngestListener;
import dev.pdfbulk.ingest.RunSummary;
import dev.pdfbulk.ingest.WorkPlan;
import dev.pdfbulk.progress.ProgressTracker;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.Locale;

/** The terminal progress bar (me.tongfei:progressbar) on stderr: files done, failures, speed, byte-based ETA. */
final class ProgressBarListener implements IngestListener {

    private ProgressBar bar;
    private ProgressTracker tracker;

    @Override
    public synchronized void started(WorkPlan plan) {
        long files = plan.files();
        tracker = ProgressTrackers.of(plan, System.nanoTime());
        ProgressTracker t = tracker;
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setEtaFunction(state -> t.snapshot(System.nanoTime()).eta())
                .build();
    }

    @Override
    public synchronized void fileStarted(long position, long bytes) {
        tracker.fileStarted(position, bytes);
    }

    @Override
    public synchronized void workDone(long position, long bytes) {
        tracker.workDone(position, bytes);
    }

    @Override
    public synchronized void fileDone(FileOutcome outcome) {
        tracker.fileDone(outcome.status() == FileStatus.FAILED);
        ProgressTracker.Snapshot s = tracker.snapshot(System.nanoTime());
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, "%d failed, %.1f files/s", s.failed(), s.filesPerSecond()));
    }

    @Override
    public synchronized void finished(RunSummary summary) {
        if (bar != null) {
            bar.close();
        }
    }
}
