package dev.pdfbulk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's tables in Markdown: one per corpus, the short batch, the ETA, and the targets of issue 5. */
final class BenchReport {

    private final BenchConfig config;
    private final List<String> javaCommand;
    private final boolean pdftotext;
    private final List<BenchRunner.Size> sizes;
    private final BenchRunner.ShortBatch shortBatch;
    private final boolean classArchives;
    private final int retried;
    private final int disturbed;
    private final StringBuilder md = new StringBuilder();

    /**
     * @param retried   runs repeated because other processes took CPU meanwhile
     * @param disturbed runs still disturbed after the retries (kept)
     */
    BenchReport(BenchConfig config, List<String> javaCommand, boolean classArchives, boolean pdftotext,
                List<BenchRunner.Size> sizes, BenchRunner.ShortBatch shortBatch, int retried, int disturbed) {
        this.classArchives = classArchives;
        this.retried = retried;
        this.disturbed = disturbed;
        this.config = config;
        this.javaCommand = javaCommand;
        this.pdftotext = pdftotext;
        this.sizes = sizes;
        this.shortBatch = shortBatch;
    }

    String markdown() {
        header();
        for (BenchRunner.Size size : sizes) {
            size(size);
        }
        if (shortBatch != null) {
            shortBatch();
        }
        eta();
        targets();
        return md.toString();
    }

    private void header() {
        line("## Benchmark %s", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'")));
        line("");
        line("- Machine: %d cores, %s RAM; %s %s.", Runtime.getRuntime().availableProcessors(), memory(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        line("- JVM options of `pdfbulk` (launcher + `PDFBULK_OPTS`), used for the floor too: `%s`; "
                + "with the launcher's `-XX:TieredStopAtLevel=1` for a short ingest whose workers fill the cores, "
                + "for that run's floor as well.", String.join(" ", javaCommand.subList(1, javaCommand.size())));
        line("- Class-data archives: %s.", classArchives
                ? "pdfbulk's, made by the build (`target/pdfbulk.jsa`); the floor's own, made by an untimed floor run"
                : "none (the launcher has no `pdfbulk.jsa` beside it)");
        line("- Every time is the best of %d run(s), wall clock from process start to exit (JVM start included); "
                + "peak RSS is the highest of the runs (%s).", config.repeat(),
                config.time() == null ? "not measured: GNU time missing" : "GNU time `-v`");
        line("- Each run waited for a quiet machine; %d run(s) were repeated because other processes took over "
                + "10 %% of the CPU meanwhile, %d stayed disturbed after three retries.", retried, disturbed);
        line("- floor: PDFBox alone, `Loader.loadPDF` + `PDFTextStripper` (sort by position), N threads in one "
                + "JVM. ingest ÷ floor, the target ratio, is the median over the repetitions of each repetition's "
                + "ingest time over the floor time measured right after it (best ÷ best is also shown).");
        line("- pdftotext: %s.", pdftotext ? "poppler, `-layout`, one process per file, N at once (`xargs -P`)"
                : "not installed (or `--no-pdftotext`), not measured");
        line("");
    }

    private void size(BenchRunner.Size s) {
        line("### %d statements of 1–5 pages%s: %d files, %d pages, %.1f MB", s.statements(),
                s.bigPages() > 0 ? " + one of " + s.bigPages() + " pages" : "", s.files(), s.pages(),
                s.bytes() / 1048576.0);
        line("");
        line("| workers | ingest s | files/s | pages/s | speedup vs 1 | ingest CPU s | peak RSS MB | floor s "
                + "| floor CPU s | floor RSS MB | ingest ÷ floor | best ÷ best | pdftotext s |");
        line("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        double one = s.ingest().containsKey(1) ? s.ingest().get(1).best() : Double.NaN;
        for (int w : config.workers()) {
            Series ingest = s.ingest().get(w);
            Series floor = s.floor().get(w);
            Series text = s.pdftotext().get(w);
            double t = ingest.best();
            line("| %d | %s%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", w, f(t, 2), ingest.allOk()
                            ? "" : " (failures!)", f(s.files() / t, 1), f(s.pages() / t, 0), x(one / t),
                    f(ingest.bestCpu(), 2), f(ingest.peakRssMb(), 0), f(floor.best(), 2), f(floor.bestCpu(), 2),
                    f(floor.peakRssMb(), 0), f(ingest.pairedRatio(floor), 2), f(t / floor.best(), 2),
                    text == null ? "–" : f(text.best(), 2));
        }
        line("");
        if (!s.skip().isEmpty()) {
            line("`--skip-existing` rerun of the %d imported files, %d workers: %s s, peak RSS %s MB%s.", s.files(),
                    config.skipWorkers(), f(s.skip().best(), 2), f(s.skip().peakRssMb(), 0),
                    s.skip().allOk() ? "" : " (not all skipped!)");
            line("");
        }
    }

    private void shortBatch() {
        line("### Short batch: %d statements, %d pages, no long statement", shortBatch.files(), shortBatch.pages());
        line("");
        line("| workers | ingest s | files/s | peak RSS MB |");
        line("|--:|--:|--:|--:|");
        for (int w : config.workers()) {
            Series s = shortBatch.ingest().get(w);
            line("| %d | %s%s | %s | %s |", w, f(s.best(), 2), s.allOk() ? "" : " (failures!)",
                    f(shortBatch.files() / s.best(), 1), f(s.peakRssMb(), 0));
        }
        line("");
    }

    private void eta() {
        line("### ETA accuracy (progress lines every 100 ms; the worst of %d run(s) at each point)",
                config.repeat());
        line("");
        line("| corpus | workers | ETA at 25 % (shown / real) | error | at 50 % (shown / real) | error "
                + "| worst error, 25–90 % |");
        line("|--:|--:|--:|--:|--:|--:|--:|");
        for (BenchRunner.Size s : sizes) {
            for (int w : config.workers()) {
                List<EtaAccuracy> runs = s.eta().get(w);
                Optional<EtaAccuracy.Reading> q = worst(runs, 0.25);
                Optional<EtaAccuracy.Reading> h = worst(runs, 0.50);
                Optional<EtaAccuracy.Reading> all = worstBetween(runs);
                line("| %d files | %d | %s | %s | %s | %s | %s |", s.files(), w, shownReal(q), err(q), shownReal(h),
                        err(h), all.map(r -> err(all) + " at " + Math.round(r.done() * 100) + " %").orElse("–"));
            }
        }
        line("");
    }

    private void targets() {
        List<String[]> rows = new ArrayList<>();
        for (BenchRunner.Size s : sizes) {
            List<String> ratios = new ArrayList<>();
            boolean met = true;
            for (int w : config.workers()) {
                double r = s.ingest().get(w).pairedRatio(s.floor().get(w));
                ratios.add(w + "w " + f(r, 2));
                met &= r <= 1.15;
            }
            rows.add(row("ingest ≤ 1.15 × floor, " + s.files() + " files", String.join(", ", ratios),
                    s.statements() == 200 ? verdict(met) : verdict(met) + " (target set on 200)"));
        }
        if (shortBatch != null) {
            List<String> times = new ArrayList<>();
            boolean met = true;
            for (int w : config.workers()) {
                double t = shortBatch.ingest().get(w).best();
                times.add(w + "w " + f(t, 2) + " s");
                met &= t < 4;
            }
            rows.add(row(shortBatch.files() + " statements < 4 s", String.join(", ", times),
                    shortBatch.files() == 100 ? verdict(met) : verdict(met) + " (target set on 100)"));
        }
        for (BenchRunner.Size s : sizes) {
            if (s.ingest().containsKey(1) && s.ingest().containsKey(2)) {
                double speedup = s.ingest().get(1).best() / s.ingest().get(2).best();
                // PDFBox's own speedup in the same run tells what the machine allowed.
                String floor = s.floor().containsKey(1) && s.floor().containsKey(2)
                        ? " (PDFBox alone " + x(s.floor().get(1).best() / s.floor().get(2).best()) + ")" : "";
                rows.add(row("speedup 1 → 2 workers ≥ 1.6×, " + s.files() + " files", x(speedup) + floor,
                        s.statements() >= 1000 ? verdict(speedup >= 1.6) : "not judged: the target is on 1,000"));
            }
        }
        if (sizes.size() >= 2) {
            BenchRunner.Size small = sizes.stream().min((a, b) -> Integer.compare(a.statements(), b.statements()))
                    .get();
            BenchRunner.Size large = sizes.stream().max((a, b) -> Integer.compare(a.statements(), b.statements()))
                    .get();
            for (int w : config.workers()) {
                double ratio = (large.files() / large.ingest().get(w).best())
                        / (small.files() / small.ingest().get(w).best());
                rows.add(row("files/s at " + large.files() + " ≥ 0.9 × at " + small.files() + ", " + w + " workers",
                        f(ratio, 2) + "×", small.statements() == 1000 && large.statements() == 10000
                                ? verdict(ratio >= 0.9) : verdict(ratio >= 0.9) + " (target set on 1,000 vs 10,000)"));
            }
        }
        double rss = sizes.stream().flatMap(s -> s.ingest().values().stream()).mapToDouble(Series::peakRssMb)
                .max().orElse(Double.NaN);
        if (shortBatch != null) {
            rss = Math.max(rss, shortBatch.ingest().values().stream().mapToDouble(Series::peakRssMb).max()
                    .orElse(Double.NaN));
        }
        rows.add(row("peak RSS < 300 MB, every ingest run", f(rss, 0) + " MB at most",
                Double.isNaN(rss) ? "not measured" : verdict(rss < 300)));
        for (BenchRunner.Size s : sizes) {
            if (!s.skip().isEmpty()) {
                double t = s.skip().best();
                rows.add(row("`--skip-existing` rerun < 3 s, " + s.files() + " files", f(t, 2) + " s",
                        s.statements() >= 1000 ? verdict(t < 3) : verdict(t < 3) + " (target set on 1,000)"));
            }
        }
        double worstEta = 0;
        for (BenchRunner.Size s : sizes) {
            for (List<EtaAccuracy> runs : s.eta().values()) {
                Optional<EtaAccuracy.Reading> r = worstBetween(runs);
                if (r.isPresent()) {
                    worstEta = Math.max(worstEta, Math.abs(r.get().error()));
                }
            }
        }
        rows.add(row("ETA within ±20 % from 25 % of the work (to 90 %)", "worst " + pct(worstEta),
                verdict(worstEta <= 0.20)));
        line("### Targets (issue 5)");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        rows.forEach(r -> line("| %s | %s | %s |", r[0], r[1], r[2]));
        line("");
    }

    private static Optional<EtaAccuracy.Reading> worst(List<EtaAccuracy> runs, double share) {
        return runs.stream().map(a -> a.at(share)).flatMap(Optional::stream)
                .max((a, b) -> Double.compare(Math.abs(a.error()), Math.abs(b.error())));
    }

    private static Optional<EtaAccuracy.Reading> worstBetween(List<EtaAccuracy> runs) {
        return runs.stream().map(a -> a.worstBetween(0.25, 0.90)).flatMap(Optional::stream)
                .max((a, b) -> Double.compare(Math.abs(a.error()), Math.abs(b.error())));
    }

    private static String shownReal(Optional<EtaAccuracy.Reading> r) {
        return r.map(x -> f(x.shownSeconds(), 2) + " s / " + f(x.realSeconds(), 2) + " s").orElse("–");
    }

    private static String err(Optional<EtaAccuracy.Reading> r) {
        return r.map(x -> (x.error() >= 0 ? "+" : "") + pct(x.error())).orElse("–");
    }

    private static String[] row(String target, String measured, String met) {
        return new String[] {target, measured, met};
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String f(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String x(double v) {
        return Double.isNaN(v) ? "–" : f(v, 2) + "×";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    private static String memory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return "unknown";
    }

    private void line(String format, Object... args) {
        md.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
    }
}
