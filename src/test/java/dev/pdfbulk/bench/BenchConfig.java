package dev.pdfbulk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, from {@code bench/run.sh}'s command line.
 *
 * @param sizes          corpus sizes (statements of 1–5 pages), one table each
 * @param workers        worker (and floor thread) counts to measure
 * @param repeat         repetitions of every measurement; the best wall time counts
 * @param bigPages       pages of the one long statement added to every corpus, 0 for none
 * @param shortBatch     statements of the short-batch run (no long statement), 0 for none
 * @param out            where the report (Markdown) is written
 * @param work           scratch folder: corpora and run folders
 * @param pdfbulk        the launcher to measure
 * @param floorClasspath classpath of the floor runner (the shaded jar, so it loads the same PDFBox)
 * @param time           GNU time, or null
 * @param pdftotext      whether to measure pdftotext when it is installed
 */
record BenchConfig(List<Integer> sizes, List<Integer> workers, int repeat, int bigPages, int shortBatch, Path out,
                   Path work, Path pdfbulk, String floorClasspath, Path time, boolean pdftotext) {

    static final String USAGE = """
            usage: bench/run.sh [--files N[,N...]] [--workers N[,N...]] [--repeat R] [--big-pages P]
                                [--short N] [--out FILE] [--work DIR] [--no-pdftotext] [--no-build]
              --files     corpus sizes, statements of 1-5 pages (default 200; e.g. 1000 or 1000,10000)
              --workers   worker counts to measure (default 1,2,4)
              --repeat    runs of every measurement, the best counts (default 3)
              --big-pages pages of the one long statement in every corpus (default 300, 0 for none)
              --short     statements of the short-batch run (default 100, 0 to skip)
              --out       report file (default target/bench/report.md)
              --work      scratch folder for corpora and runs (default target/bench)
            """;

    static BenchConfig parse(String[] args) {
        List<Integer> sizes = List.of(200);
        List<Integer> workers = List.of(1, 2, 4);
        int repeat = 3;
        int bigPages = 300;
        int shortBatch = 100;
        Path out = null;
        Path work = Path.of("target/bench");
        Path pdfbulk = Path.of("target/pdfbulk");
        String floorClasspath = "target/pdfbulk.jar" + java.io.File.pathSeparator + "target/test-classes";
        Path time = Files.isExecutable(Path.of("/usr/bin/time")) ? Path.of("/usr/bin/time") : null;
        boolean pdftotext = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--files" -> sizes = ints(value(args, ++i, a));
                case "--workers" -> workers = ints(value(args, ++i, a));
                case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, a));
                case "--big-pages" -> bigPages = Integer.parseInt(value(args, ++i, a));
                case "--short" -> shortBatch = Integer.parseInt(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--work" -> work = Path.of(value(args, ++i, a));
                case "--pdfbulk" -> pdfbulk = Path.of(value(args, ++i, a));
                case "--floor-classpath" -> floorClasspath = value(args, ++i, a);
                case "--time" -> {
                    String t = value(args, ++i, a);
                    time = t.isEmpty() ? null : Path.of(t);
                }
                case "--no-pdftotext" -> pdftotext = false;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (repeat < 1 || sizes.stream().anyMatch(n -> n < 1) || workers.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--files, --workers and --repeat must be positive");
        }
        return new BenchConfig(sizes, workers, repeat, bigPages, shortBatch,
                out == null ? work.resolve("report.md") : out, work, pdfbulk, floorClasspath, time, pdftotext);
    }

    /** The worker count of the {@code --skip-existing} rerun: one per core, as docs/workers.md advises. */
    int skipWorkers() {
        int cores = Runtime.getRuntime().availableProcessors();
        return workers.stream().filter(w -> w <= cores).max(Integer::compare).orElse(workers.get(0));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static List<Integer> ints(String list) {
        List<Integer> out = new ArrayList<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt)
                .forEach(out::add);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty list: " + list);
        }
        return List.copyOf(out);
    }
}
