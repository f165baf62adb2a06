package dev.pdfbulk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code bench/run.sh} (see docs/performance.md): generates the corpora, then, in
 * one run and interleaved so that the noise of the machine falls on all alike, times {@code pdfbulk
 * ingest} at each worker count, the PDFBox-alone floor ({@link ExtractionFloor}) at the same thread
 * count, {@code pdftotext} where installed, a {@code --skip-existing} rerun and a short batch, and
 * writes the tables with the targets of issue 5.
 */
public final class BenchRunner {

    /** One corpus and everything measured on it. */
    record Size(int statements, Path dir, Properties manifest, Map<Integer, Series> ingest,
                Map<Integer, Series> floor, Map<Integer, Series> pdftotext, Map<Integer, List<EtaAccuracy>> eta,
                Series skip) {

        long files() {
            return Long.parseLong(manifest.getProperty("files"));
        }

        long pages() {
            return Long.parseLong(manifest.getProperty("pages"));
        }

        long bytes() {
            return Long.parseLong(manifest.getProperty("bytes"));
        }

        int bigPages() {
            return Integer.parseInt(manifest.getProperty("big_pages"));
        }
    }

    /** The short batch: a few statements, where JVM start and warm-up dominate. */
    record ShortBatch(Path dir, int files, long pages, Map<Integer, Series> ingest) {
    }

    private final BenchConfig config;
    private final TimedProcess timer;
    private final List<String> javaCommand;
    private final LauncherCompilerGuess compilerGuess;
    /** The floor's class-data archive, when pdfbulk has one: made by the untimed floor run, used by the rest. */
    private final Path floorArchive;
    private String floorClasspath;
    private final boolean pdftotext;
    private int retried;
    private int disturbed;

    private BenchRunner(BenchConfig config) throws IOException {
        this.config = config;
        this.timer = new TimedProcess(config.time());
        JavaFlags flags = JavaFlags.of(config.pdfbulk());
        this.javaCommand = flags.command();
        this.compilerGuess = LauncherCompilerGuess.of(config.pdfbulk());
        this.floorArchive = flags.classArchive() ? config.work().resolve("floor.jsa") : null;
        this.pdftotext = config.pdftotext() && onPath("pdftotext") && onPath("xargs");
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(BenchConfig.USAGE);
            System.exit(2);
            return;
        }
        new BenchRunner(config).run();
    }

    private void run() throws IOException, InterruptedException {
        List<Size> sizes = new ArrayList<>();
        for (int n : config.sizes()) {
            sizes.add(corpus(n));
        }
        ShortBatch shortBatch = config.shortBatch() > 0 ? shortBatch(sizes.get(0)) : null;
        warmUp(sizes.get(0));
        for (int rep = 1; rep <= config.repeat(); rep++) {
            for (Size size : sizes) {
                for (int w : config.workers()) {
                    measure(size, w, rep);
                }
            }
            if (shortBatch != null) {
                for (int w : config.workers()) {
                    Series s = shortBatch.ingest().computeIfAbsent(w, k -> new Series(r -> r.exitCode() == 0));
                    TimedProcess.Result r = ingest(shortBatch.dir(), w, false);
                    s.add(r);
                    log(rep, shortBatch.files() + " statements, ingest, " + w + " workers", r);
                }
            }
        }
        String report = new BenchReport(config, javaCommand, floorArchive != null, pdftotext, sizes, shortBatch, retried, disturbed)
                .markdown();
        Files.createDirectories(config.out().toAbsolutePath().getParent());
        Files.writeString(config.out(), report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.err.println("report written to " + config.out());
    }

    private void measure(Size size, int w, int rep) throws IOException, InterruptedException {
        String label = size.files() + " files, ";
        TimedProcess.Result ingest = ingest(size.dir(), w, false);
        size.ingest().computeIfAbsent(w, k -> new Series(BenchRunner::allImported)).add(ingest);
        size.eta().computeIfAbsent(w, k -> new ArrayList<>()).add(EtaAccuracy.parse(ingest.err()));
        log(rep, label + "ingest, " + w + " workers", ingest);
        if (w == config.skipWorkers()) {
            TimedProcess.Result skip = ingest(size.dir(), w, true);
            size.skip().add(skip);
            log(rep, label + "ingest --skip-existing rerun, " + w + " workers", skip);
        }
        TimedProcess.Result floor = floor(size.dir(), w);
        size.floor().computeIfAbsent(w, k -> new Series(r -> r.exitCode() == 0 && r.out().contains("failed=0")))
                .add(floor);
        log(rep, label + "PDFBox floor, " + w + " threads", floor);
        if (pdftotext) {
            TimedProcess.Result text = pdftotext(size.dir(), w);
            size.pdftotext().computeIfAbsent(w, k -> new Series(r -> r.exitCode() == 0)).add(text);
            log(rep, label + "pdftotext, " + w + " parallel", text);
        }
    }

    private static boolean allImported(TimedProcess.Result r) {
        return r.exitCode() == 0 && r.out().contains(" 0 failed");
    }

    /** One ingest into a fresh run folder, or, with {@code rerun}, again into the last one. */
    private TimedProcess.Result ingest(Path corpus, int workers, boolean rerun) throws IOException,
            InterruptedException {
        Path run = config.work().resolve("run");
        if (!rerun) {
            deleteTree(run);
            Files.createDirectories(run.resolve("in"));
            // Links, not copies: a file that fails is moved out of the run's folder, never out of the corpus.
            for (Path pdf : pdfs(corpus)) {
                Files.createLink(run.resolve("in").resolve(pdf.getFileName()), pdf);
            }
        }
        List<String> command = new ArrayList<>(List.of(config.pdfbulk().toString(), "ingest",
                run.resolve("in").toString(), "-o", run.resolve("out").toString(), "--db",
                run.resolve("ledger.db").toString(), "--failed-dir", run.resolve("failed").toString(), "--workers",
                String.valueOf(workers), "--progress-interval-ms", "100"));
        if (rerun) {
            command.add("--skip-existing");
        }
        // A rerun leaves everything as it found it, and a first run starts from a fresh folder: both may repeat.
        return timed(command, null);
    }

    private TimedProcess.Result floor(Path corpus, int threads) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand);
        // The compilers the launcher picks for an ingest of these files with as many workers: the floor's too.
        command.addAll(1, compilerGuess.forIngest(corpus, threads));
        if (floorArchive != null && Files.isReadable(floorArchive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + floorArchive, "-Xlog:cds*=off"));
        }
        command.addAll(List.of("-cp", floorClasspath(), ExtractionFloor.class.getName(),
                String.valueOf(threads), corpus.toString()));
        return timed(command, null);
    }

    /** pdftotext -layout, one process per file (it takes one file at a time), N at once. */
    private TimedProcess.Result pdftotext(Path corpus, int parallel) throws IOException, InterruptedException {
        Path list = config.work().resolve("logs/pdf-list.txt");
        Files.createDirectories(list.getParent());
        StringBuilder names = new StringBuilder();
        for (Path pdf : pdfs(corpus)) {
            names.append(pdf).append('\0');
        }
        Files.writeString(list, names, StandardCharsets.UTF_8);
        return timed(List.of("xargs", "-0", "-P", String.valueOf(parallel), "-I{}", "pdftotext", "-layout", "{}",
                "/dev/null"), list);
    }

    /**
     * Runs a measurement on a quiet machine: waits for other processes to go quiet first, and runs again
     * (up to three more times) when others took more than a tenth of the CPU meanwhile.
     */
    private TimedProcess.Result timed(List<String> command, Path stdin) throws IOException, InterruptedException {
        TimedProcess.Result result = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            if (attempt > 0) {
                retried++;
                System.err.printf(Locale.ROOT, "    (other processes used %.0f %% of the CPU during that run: again)%n",
                        result.others() * 100);
            }
            TimedProcess.awaitQuiet(0.15, 60);
            result = timer.run(command, config.work().resolve("logs"), stdin, Map.of());
            if (!(result.others() > 0.10)) {
                return result;
            }
        }
        disturbed++;
        return result;
    }

    private Size corpus(int statements) throws IOException, InterruptedException {
        Path dir = config.work().resolve("corpus").resolve(statements + "+" + config.bigPages());
        if (!BenchCorpus.isComplete(dir, statements, config.bigPages())) {
            System.err.printf(Locale.ROOT, "generating %d statements%s in %s%n", statements,
                    config.bigPages() > 0 ? " and one of " + config.bigPages() + " pages" : "", dir);
            BenchCorpus.generate(dir, statements, config.bigPages());
        }
        Properties manifest = new Properties();
        try (var in = Files.newInputStream(dir.resolve(BenchCorpus.MANIFEST))) {
            manifest.load(in);
        }
        return new Size(statements, dir, manifest, new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>(), new Series(r -> r.exitCode() == 0
                && r.out().contains(" 0 imported")));
    }

    /** The first statements of a corpus, without its long statement. */
    private ShortBatch shortBatch(Size size) throws IOException {
        Path dir = config.work().resolve("corpus").resolve("short-" + config.shortBatch());
        deleteTree(dir);
        Files.createDirectories(dir);
        List<Path> chosen = pdfs(size.dir()).stream().filter(p -> !p.getFileName().toString().contains("-long"))
                .limit(config.shortBatch()).toList();
        Map<String, Integer> counts = BenchCorpus.pageCounts(size.dir());
        long pages = 0;
        for (Path pdf : chosen) {
            Files.createLink(dir.resolve(pdf.getFileName()), pdf);
            pages += counts.getOrDefault(pdf.getFileName().toString(), 0);
        }
        return new ShortBatch(dir, chosen.size(), pages, new LinkedHashMap<>());
    }

    /**
     * Untimed: reads the corpus into the page cache and runs each program once on a few files, so the jar
     * is cached and PDFBox has written its font cache before anything is timed.
     */
    private void warmUp(Size size) throws IOException, InterruptedException {
        for (Path pdf : pdfs(size.dir())) {
            Files.readAllBytes(pdf);
        }
        Path few = config.work().resolve("corpus").resolve("warm-up");
        deleteTree(few);
        Files.createDirectories(few);
        for (Path pdf : pdfs(size.dir()).subList(0, Math.min(5, pdfs(size.dir()).size()))) {
            Files.createLink(few.resolve(pdf.getFileName()), pdf);
        }
        TimedProcess.Result r = ingest(few, 1, false);
        if (r.exitCode() != 0) {
            System.err.println("warning: the warm-up ingest exited with " + r.exitCode() + ":\n" + r.err());
        }
        if (floorArchive != null) {
            Files.deleteIfExists(floorArchive);
            List<String> command = new ArrayList<>(javaCommand);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + floorArchive, "-Xlog:cds*=off", "-cp",
                    floorClasspath(), ExtractionFloor.class.getName(), "1", few.toString()));
            timer.run(command, config.work().resolve("logs"), null, Map.of());
        }
        floor(few, 1);
        System.gc();
    }

    /**
     * The floor's classpath with its runner in a jar of its own: a class-data archive takes classes from jars
     * only (a class folder on the classpath stops the JVM from writing one).
     */
    private String floorClasspath() throws IOException {
        if (floorArchive == null) {
            return config.floorClasspath();
        }
        if (floorClasspath != null) {
            return floorClasspath;
        }
        Path jar = config.work().resolve("floor.jar");
        Path classes = Path.of("target/test-classes");
        String folder = ExtractionFloor.class.getPackageName().replace('.', '/');
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("ExtractionFloor")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(folder + "/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        floorClasspath = config.floorClasspath().replace("target/test-classes", jar.toString());
        return floorClasspath;
    }

    private static void log(int rep, String what, TimedProcess.Result r) {
        System.err.printf(Locale.ROOT, "[%d] %-55s %7.2f s %6.2f CPU s %s%s%n", rep, what, r.seconds(), r.cpu(),
                r.rssKb().map(kb -> String.format(Locale.ROOT, "%6.0f MB", kb / 1024.0)).orElse(""),
                r.exitCode() == 0 ? "" : "  exit " + r.exitCode());
    }

    static List<Path> pdfs(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
