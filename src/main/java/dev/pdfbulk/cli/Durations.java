package dev.pdfbulk.cli;

import java.time.Duration;
import java.util.Locale;

/** Formats durations the way the progress and summary lines show them: m:ss or h:mm:ss. */
final class Durations {

    private Durations() {
    }

    static String clock(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
