package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.IngestOptions;
import dev.pdfbulk.ingest.RunSummary;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.scan.PassedOver;

import java.io.PrintWriter;
import java.util.Locale;

/** The end-of-run summary: always printed, on stdout; a fatal stop also gets a line on stderr. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(RunSummary s, PrintWriter out, PrintWriter err, IngestOptions options) {
        double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "pdfbulk ingest: %d files in %s: %d imported, %d skipped, %d duplicate, %d failed%s%n",
                s.files(), Durations.clock(s.elapsed()), s.imported(), s.skipped(), s.duplicates(), s.failed(),
                s.notDone() > 0 ? ", " + s.notDone() + " not done" : "");
        out.printf(Locale.ROOT, "  %d transactions, %d pages, %.1f files/s, %.1f pages/s%n", s.transactions(),
                s.pages(), s.files() / seconds, s.pages() / seconds);
        if (!s.failures().isEmpty()) {
            out.println("  failed by reason (files in " + options.failedDir() + ", reasons in *.error.txt):");
            for (FailureReason r : FailureReason.values()) {
                Integer n = s.failures().get(r);
                if (n != null) {
                    out.printf(Locale.ROOT, "    %-16s %d%n", r.label(), n);
                }
            }
        }
        if (s.passedOverCount() > 0) {
            out.println(passedOver(s));
        }
        out.println("  CSVs in " + options.outputDir() + ", ledger " + options.database() + ", log "
                + options.outputDir().resolve("pdfbulk.log"));
        out.flush();
        if (s.stoppedEarly()) {
            err.println("error: run stopped early: " + s.fatalError() + "; fix it and rerun the same command to resume");
            err.flush();
        }
    }

    // One line however many: the entries themselves are in the log.
    private static String passedOver(RunSummary s) {
        StringBuilder line = new StringBuilder("  passed over ").append(s.passedOverCount())
                .append(s.passedOverCount() == 1 ? " entry" : " entries").append(" named .pdf that could not be read (listed in the log): ");
        String separator = "";
        for (PassedOver why : PassedOver.values()) {
            Integer n = s.passedOver().get(why);
            if (n != null) {
                line.append(separator).append(n).append(' ').append(why.label());
                separator = "; ";
            }
        }
        return line.toString();
    }
}
