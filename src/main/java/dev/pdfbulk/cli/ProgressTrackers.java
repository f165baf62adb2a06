package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.WorkPlan;
import dev.pdfbulk.progress.ProgressTracker;

/** Builds the progress package's tracker from the ingest package's plan (the two leaves do not meet). */
final class ProgressTrackers {

    private ProgressTrackers() {
    }

    static ProgressTracker of(WorkPlan plan, long startNanos) {
        return new ProgressTracker(plan.files(), plan.bytes(), plan.workers(), plan.largest().stream()
                .map(f -> new ProgressTracker.QueuedFile(f.position(), f.bytesBefore(), f.bytes())).toList(), startNanos);
    }
}
