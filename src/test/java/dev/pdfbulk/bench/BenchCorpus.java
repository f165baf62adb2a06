package dev.pdfbulk.bench;

import dev.pdfbulk.testing.Layout;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark corpus: {@code files} statements of 1–5 pages in mixed layouts (every named layout,
 * jittered), plus one long statement placed in the middle of the run order. The same arguments always give
 * the same bytes, so a corpus is generated once and reused; {@code corpus.properties} is written last and
 * marks a complete corpus, {@code pages.csv} gives every file's page count.
 * Usage: {@code BenchCorpus DIR FILES [BIG_PAGES]} (BIG_PAGES 0 for none).
 */
public final class BenchCorpus {

    static final String MANIFEST = "corpus.properties";
    /** {@code file,pages} of every PDF, in name order. */
    static final String PAGES = "pages.csv";
    // Table rows per page differ by layout; a first guess, corrected per file so that pages stay within 1–5.
    private static final int ROWS_PER_PAGE_GUESS = 32;

    private BenchCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BenchCorpus DIR FILES [BIG_PAGES]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int bigPages = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        if (isComplete(dir, files, bigPages)) {
            System.err.println("corpus " + dir + " is up to date");
            return;
        }
        generate(dir, files, bigPages);
    }

    static boolean isComplete(Path dir, int files, int bigPages) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return false;
        }
        String text = Files.readString(manifest);
        return text.contains("statements=" + files + "\n") && text.contains("big_pages_requested=" + bigPages + "\n");
    }

    static void generate(Path dir, int files, int bigPages) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(MANIFEST));
        Files.deleteIfExists(dir.resolve(PAGES));
        try (var old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                if (p.getFileName().toString().endsWith(".pdf")) {
                    Files.delete(p);
                }
            }
        }
        long started = System.nanoTime();
        AtomicLong pages = new AtomicLong();
        java.util.Map<String, Integer> pageCounts = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicLong bytes = new AtomicLong();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 1; i <= files; i++) {
                int index = i;
                jobs.add(pool.submit(() -> {
                    RenderedStatement r = small(dir, index);
                    pages.addAndGet(r.pages());
                    pageCounts.put(r.file().getFileName().toString(), r.pages());
                    bytes.addAndGet(size(r.file()));
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("corpus generation failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        int big = 0;
        long bigBytes = 0;
        if (bigPages > 0) {
            RenderedStatement r = big(dir, files, bigPages);
            big = r.pages();
            bigBytes = size(r.file());
            pageCounts.put(r.file().getFileName().toString(), r.pages());
        }
        StringBuilder index = new StringBuilder("file,pages\n");
        pageCounts.forEach((name, n) -> index.append(name).append(',').append(n).append('\n'));
        Files.writeString(dir.resolve(PAGES), index, StandardCharsets.UTF_8);
        String manifest = String.format(Locale.ROOT, "statements=%d%nstatement_pages=%d%nstatement_bytes=%d%n"
                        + "big_pages_requested=%d%nbig_pages=%d%nbig_bytes=%d%nfiles=%d%npages=%d%nbytes=%d%n",
                files, pages.get(), bytes.get(), bigPages, big, bigBytes, files + (bigPages > 0 ? 1 : 0),
                pages.get() + big, bytes.get() + bigBytes);
        Files.writeString(dir.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "corpus %s: %d statements (%d pages) + %d-page statement, %.1f s%n", dir,
                files, pages.get(), big, (System.nanoTime() - started) / 1e9);
    }

    /** Statement {@code index}: a layout and a page count (1–5) drawn from the index, so reruns agree. */
    private static RenderedStatement small(Path dir, int index) {
        Random random = new Random(index * 7919L);
        Layout layout = RandomStatements.layout(index);
        int targetPages = 1 + random.nextInt(5);
        int rows = Math.max(6, targetPages * ROWS_PER_PAGE_GUESS - random.nextInt(ROWS_PER_PAGE_GUESS / 2));
        Path file = dir.resolve(String.format(Locale.ROOT, "stmt-%05d.pdf", index));
        try {
            RenderedStatement r = StatementPdfWriter.write(RandomStatements.spec(index, layout, rows), file);
            // Short-page layouts overflow the guess: shrink until the statement is back within five pages.
            while (r.pages() > 5) {
                rows = rows * 5 / r.pages();
                r = StatementPdfWriter.write(RandomStatements.spec(index, layout, rows), file);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One long statement with exactly {@code pages} pages, named to sort into the middle of the run. */
    private static RenderedStatement big(Path dir, int files, int pages) throws IOException {
        Path file = dir.resolve(String.format(Locale.ROOT, "stmt-%05d-long.pdf", Math.max(1, files / 2)));
        Layout layout = Layouts.ukCurrentAccount();
        int rows = pages * 40;
        RenderedStatement r = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            r = StatementPdfWriter.write(RandomStatements.spec(4242, layout, rows), file);
            if (r.pages() == pages) {
                break;
            }
            int perPage = Math.max(1, rows / r.pages());
            rows += (pages - r.pages()) * perPage + (r.pages() > pages ? -1 : 1);
        }
        return r;
    }

    /** The page count of every file of a complete corpus, by file name. */
    static java.util.Map<String, Integer> pageCounts(Path dir) throws IOException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve(PAGES), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            counts.put(line.substring(0, comma), Integer.parseInt(line.substring(comma + 1)));
        }
        return counts;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
