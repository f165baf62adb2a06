package dev.pdfbulk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How right the ETA of one ingest run was: from its diagnostic progress lines
 * ({@code --progress-interval-ms}), the ETA shown at a share of the files done against the time the run
 * really took from there to its last line.
 */
final class EtaAccuracy {

    private static final Pattern LINE = Pattern.compile(
            "^progress (\\d+)/(\\d+) files,.*\\[elapsed_ms=(\\d+) eta_ms=(-?\\d+)[^]]*]$", Pattern.MULTILINE);

    /** One reading: share of files done, ETA shown, real time left, all in seconds. */
    record Reading(double done, double shownSeconds, double realSeconds) {
        double error() {
            return (shownSeconds - realSeconds) / realSeconds;
        }
    }

    private final List<Reading> readings;

    private EtaAccuracy(List<Reading> readings) {
        this.readings = readings;
    }

    /** Reads the progress lines of a run's stderr; the last line marks the end of the work. */
    static EtaAccuracy parse(String stderr) {
        record Line(long done, long total, long elapsedMs, long etaMs) {
        }
        List<Line> lines = new ArrayList<>();
        Matcher m = LINE.matcher(stderr);
        while (m.find()) {
            lines.add(new Line(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4))));
        }
        List<Reading> readings = new ArrayList<>();
        if (!lines.isEmpty()) {
            Line last = lines.get(lines.size() - 1);
            for (Line l : lines) {
                long real = last.elapsedMs() - l.elapsedMs();
                if (l.total() > 0 && l.done() < l.total() && l.etaMs() >= 0 && real > 0) {
                    readings.add(new Reading((double) l.done() / l.total(), l.etaMs() / 1000.0, real / 1000.0));
                }
            }
        }
        return new EtaAccuracy(readings);
    }

    /** The first reading at or after {@code share} of the files. */
    Optional<Reading> at(double share) {
        return readings.stream().filter(r -> r.done() >= share).findFirst();
    }

    /** The reading with the largest error between the two shares of files done. */
    Optional<Reading> worstBetween(double from, double to) {
        return readings.stream().filter(r -> r.done() >= from && r.done() < to)
                .max((a, b) -> Double.compare(Math.abs(a.error()), Math.abs(b.error())));
    }
}
