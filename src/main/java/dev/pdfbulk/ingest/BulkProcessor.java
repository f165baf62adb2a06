package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.extract.TextExtractor;
import dev.pdfbulk.output.AtomicFileWriter;
import dev.pdfbulk.model.PrintableName;
import dev.pdfbulk.scan.PdfScanner;
import dev.pdfbulk.scan.ScanOptions;
import dev.pdfbulk.store.LedgerException;
import dev.pdfbulk.store.LedgerWriter;
import dev.pdfbulk.store.SqliteLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Imports a folder of statements: a streaming scan feeds a fixed pool of workers through a bounded
 * queue; each worker takes one file at a time ({@link FileTask}) and hands its result to the one writer
 * thread, which forces the CSVs to disk and commits to SQLite in groups; a finisher thread waits for each
 * commit and reports the file done, so no worker waits for the disk.
 * On start it cleans up what a crashed run left (temporary files, in-progress rows). Not thread-safe:
 * one batch at a time per instance.
 */
public final class BulkProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(BulkProcessor.class);
    // The per-file log lines' logger, as FileTask's: an entry passed over is listed among the files.
    private static final Logger FILES = LoggerFactory.getLogger("dev.pdfbulk.ingest.files");

    private final IngestListener listener;
    private final TextExtractor extractor;

    public BulkProcessor() {
        this(IngestListener.NONE);
    }

    public BulkProcessor(IngestListener listener) {
        this(listener, new PdfBoxTextExtractor());
    }

    /** With another extractor, e.g. one that fails on purpose in tests. */
    public BulkProcessor(IngestListener listener, TextExtractor extractor) {
        this.listener = listener;
        this.extractor = extractor;
    }

    /** Imports {@code pdfDir} into {@code outputDir} (database and failed folder inside it) with defaults. */
    public RunSummary processBatch(Path pdfDir, Path outputDir, int workers) throws IOException, InterruptedException {
        return processBatch(IngestOptions.defaults(pdfDir, outputDir, workers));
    }

    /**
     * Runs one batch to its end, or until the database becomes unusable.
     *
     * @return the totals; {@link RunSummary#stoppedEarly()} when it stopped on a fatal error
     * @throws IOException          when the input folder cannot be read or the output folders created
     * @throws InterruptedException when interrupted; workers are stopped and the flag restored
     */
    public RunSummary processBatch(IngestOptions options) throws IOException, InterruptedException {
        long started = System.nanoTime();
        // Start-up is single-threaded: PDFBox and the parser warm up on the other core meanwhile, and go on
        // beside the first files (which share the class loading) rather than hold the pool back.
        Thread warmUp = new Thread(new StatementReader(extractor)::warmUp, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        prepareFolders(options);
        SqliteLedger ledger;
        try {
            ledger = SqliteLedger.open(options.database());
        } catch (LedgerException e) {
            RunSummary summary = new RunTally().summary(elapsed(started), "cannot open database " + options.database()
                    + ": " + e.getMessage());
            listener.finished(summary);
            return summary;
        }
        try (ledger) {
            int recovered = ledger.recoverInterrupted();
            int leftovers = AtomicFileWriter.deleteLeftovers(options.outputDir())
                    + AtomicFileWriter.deleteLeftovers(options.failedDir());
            if (recovered + leftovers > 0) {
                LOG.info("cleaned up after an interrupted run: {} in-progress rows, {} temporary files", recovered,
                        leftovers);
            }
            return run(options, ledger, started);
        }
    }

    private RunSummary run(IngestOptions options, SqliteLedger ledger, long started)
            throws IOException, InterruptedException {
        listener.started(WorkPlan.of(options, scanOptions(options)));
        RunTally tally = new RunTally();
        int workers = options.workers();
        StatementReader reader = new StatementReader(extractor);
        // The semaphore bounds queued + running files; the queue is as large so a submit is never rejected.
        int inFlight = workers * 3;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(inFlight), namedThreads());
        ExecutorService finisher = Executors.newSingleThreadExecutor(r -> new Thread(r, "ingest-finisher"));
        RunContext context;
        try (LedgerWriter writer = new LedgerWriter(ledger, inFlight, AtomicFileWriter::force);
             TimedStatementReader timed = new TimedStatementReader(reader, options.timeout(), Math.max(2, workers))) {
            context = new RunContext(options, timed, ledger, writer, new Quarantine(options.failedDir()),
                    new GuardedListener(listener));
            Semaphore slots = new Semaphore(inFlight);
            try {
                submitAll(options, context, pool, finisher, slots, tally);
            } finally {
                // Workers first, then the commits they handed over; the writer closes after both. The finisher
                // is shut down even when waiting for the workers is interrupted, so no thread outlives the run.
                try {
                    awaitTermination(pool, "workers");
                } finally {
                    finisher.shutdown();
                }
                awaitTermination(finisher, "commits");
            }
        }
        RunSummary summary = tally.summary(elapsed(started), context.stopReason());
        listener.finished(summary);
        return summary;
    }

    private static void awaitTermination(ExecutorService executor, String what) throws InterruptedException {
        executor.shutdown();
        while (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
            LOG.debug("waiting for {} to finish", what);
        }
    }

    private void submitAll(IngestOptions options, RunContext context, ThreadPoolExecutor pool,
                           ExecutorService finisher, Semaphore slots, RunTally tally)
            throws IOException, InterruptedException {
        Submitter submitter = new Submitter(context, pool, finisher, slots, tally);
        // Each entry passed over goes to the run log; the summary counts them in one line.
        PdfScanner scanner = new PdfScanner(scanOptions(options), (entry, why) -> {
            FILES.info("{} passed over: {}", PrintableName.of(entry), why.label());
            tally.passedOver(why);
        });
        try (Stream<Path> files = scanner.scan(options.pdfDir())) {
            submitter.submit(files.iterator(), options.pdfDir(), false);
        }
        if (options.retryFailed() && Files.isDirectory(options.failedDir())) {
            try (Stream<Path> files = new PdfScanner(ScanOptions.wholeTree()).scan(options.failedDir())) {
                submitter.submit(files.iterator(), options.failedDir(), true);
            }
        }
    }

    /** Feeds scanned files to the pool; a file holds its slot until it is done, commit included. */
    private final class Submitter {
        private final RunContext context;
        private final ThreadPoolExecutor pool;
        private final ExecutorService finisher;
        private final Semaphore slots;
        private final RunTally tally;
        // Files are taken in the order of the pre-count's walk, so positions match the plan's.
        private long position;

        Submitter(RunContext context, ThreadPoolExecutor pool, ExecutorService finisher, Semaphore slots,
                  RunTally tally) {
            this.context = context;
            this.pool = pool;
            this.finisher = finisher;
            this.slots = slots;
            this.tally = tally;
        }

        void submit(Iterator<Path> files, Path root, boolean fromFailed) throws InterruptedException {
            while (!context.stopping()) {
                Path file;
                try {
                    if (!files.hasNext()) {
                        return;
                    }
                    file = files.next();
                } catch (UncheckedIOException e) {
                    LOG.warn("scan of {} stopped: {}", root, e.getCause().toString());
                    return;
                }
                slots.acquire();
                FileTask task = new FileTask(context, file, root.relativize(file), position++, fromFailed);
                pool.execute(() -> {
                    boolean handedOver = false;
                    try {
                        Optional<FileOutcome> outcome = task.run();
                        if (outcome.isPresent()) {
                            done(task, outcome.get());
                        } else {
                            finisher.execute(() -> {
                                try {
                                    done(task, task.finish());
                                } finally {
                                    slots.release();
                                }
                            });
                            handedOver = true;
                        }
                    } finally {
                        if (!handedOver) {
                            slots.release();
                        }
                    }
                });
            }
        }

        private void done(FileTask task, FileOutcome outcome) {
            tally.add(outcome);
            context.listener().workDone(task.position(), task.uncreditedBytes());
            context.listener().fileDone(outcome);
        }
    }

    private static ScanOptions scanOptions(IngestOptions options) {
        ScanOptions scan = options.recursive() ? ScanOptions.wholeTree() : ScanOptions.topLevel();
        return scan.skipping(options.outputDir()).skipping(options.failedDir());
    }

    private static void prepareFolders(IngestOptions options) throws IOException {
        if (!Files.isDirectory(options.pdfDir()) || !Files.isReadable(options.pdfDir())) {
            throw new IOException("not a readable folder: " + options.pdfDir());
        }
        Files.createDirectories(options.outputDir());
        Files.createDirectories(options.failedDir());
        Path dbParent = options.database().toAbsolutePath().getParent();
        if (dbParent != null) {
            Files.createDirectories(dbParent);
        }
    }

    private static java.util.concurrent.ThreadFactory namedThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ingest-worker-" + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
