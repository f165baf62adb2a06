package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.TextExtractor;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.MinorUnits;
import dev.pdfbulk.model.PrintableName;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.scan.Sha256Hasher;
import dev.pdfbulk.store.LedgerException;
import dev.pdfbulk.store.LedgerWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One file's way through a run: hash, skip or take, read and verify, CSV, commit; or fail into the
 * quarantine. The CSV is renamed into place before the commit (and forced to disk by the ledger writer
 * before it commits), so a crash between the two leaves a file that the next run simply imports again.
 *
 * <p>{@link #run()} runs on a worker thread and hands a successful import to the ledger writer without
 * waiting for the commit, so the worker can read its next file meanwhile; {@link #finish()} then waits for
 * that commit on another thread and completes the file. One instance per file; the two calls may be on
 * different threads, one after the other.
 */
final class FileTask {

    private static final Logger LOG = LoggerFactory.getLogger("dev.pdfbulk.ingest.files");

    private final RunContext run;
    private final Path pdf;
    private final Path relative;
    private final long position;
    private final boolean fromFailed;
    // Set again when a worker takes the file: its time in the queue is not its import's.
    private long startedNanos = System.nanoTime();
    private Instant startedAt = Instant.now();
    private long bytes;
    private int pages;
    private String hash;
    private CompletableFuture<Void> commit;
    private String previousCsv;
    private Path csv;
    private int transactionCount;
    private final AtomicLong credited = new AtomicLong();

    FileTask(RunContext run, Path pdf, Path relative, long position, boolean fromFailed) {
        this.run = run;
        this.pdf = pdf;
        this.relative = relative;
        this.position = position;
        this.fromFailed = fromFailed;
    }

    /**
     * Processes the file up to its commit; never throws: every problem ends as an outcome.
     *
     * @return the outcome, or empty when the file's success was handed to the ledger writer: call
     *         {@link #finish()} for the outcome
     */
    Optional<FileOutcome> run() {
        startedNanos = System.nanoTime();
        startedAt = Instant.now();
        if (run.stopping()) {
            return Optional.of(outcome(FileStatus.NOT_DONE, null, "run stopped before this file", 0));
        }
        try {
            bytes = Files.size(pdf);
            run.listener().fileStarted(position, bytes);
            hash = Sha256Hasher.hash(pdf);
        } catch (NoSuchFileException e) {
            // Removed (or renamed) since the scan: nothing to read, nothing to move; not an error of the run.
            return Optional.of(outcome(FileStatus.NOT_DONE, null, TextExtractor.REMOVED, 0));
        } catch (IOException e) {
            LOG.warn("{}: cannot read: {}", PrintableName.of(pdf), PrintableName.line(e.toString()));
            return Optional.of(outcome(FileStatus.NOT_DONE, FailureReason.INTERNAL,
                    "cannot read file: " + e.getMessage(), 0));
        }
        try {
            FileOutcome outcome = process();
            return Optional.ofNullable(outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(outcome(FileStatus.NOT_DONE, null, "interrupted", 0));
        }
    }

    /**
     * Waits for the commit that {@link #run()} handed over, then completes the file: its old CSV removed,
     * moved back from the failed folder. A commit that failed fails the file. Never throws.
     */
    FileOutcome finish() {
        try {
            try {
                LedgerWriter.await(commit);
            } catch (LedgerException e) {
                return ledgerTrouble(e);
            } catch (UncheckedIOException e) {
                return fail(FailureReason.INTERNAL, "cannot write output: " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                LOG.debug("{}: unexpected failure", PrintableName.of(pdf), e);
                return fail(FailureReason.INTERNAL, "unexpected " + e);
            }
            if (previousCsv != null && !Path.of(previousCsv).equals(csv)) {
                try {
                    Files.deleteIfExists(Path.of(previousCsv));
                } catch (IOException e) {
                    LOG.warn("{}: imported, but its CSV from an earlier import could not be removed: {}", PrintableName.of(pdf),
                            PrintableName.line(e.toString()));
                }
            }
            if (fromFailed) {
                release();
            }
            return outcome(FileStatus.IMPORTED, null, null, transactionCount);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(FileStatus.NOT_DONE, null, "interrupted", 0);
        }
    }

    /** Returns the outcome, or null when the import waits for its commit. */
    private FileOutcome process() throws InterruptedException {
        if (!run.firstInRun(hash)) {
            return outcome(FileStatus.DUPLICATE, null, "same content as another file of this run", 0);
        }
        if (run.options().skipExisting() && run.alreadyImported(hash)) {
            if (fromFailed) {
                release();
            }
            return outcome(FileStatus.SKIPPED, null, "already imported", 0);
        }
        try {
            importFile();
            return null;
        } catch (StatementException e) {
            return fail(e.reason(), e.getMessage());
        } catch (TimedStatementReader.TooManyStuckException e) {
            run.stop(e.getMessage());
            return outcome(FileStatus.NOT_DONE, null, e.getMessage(), 0);
        } catch (LedgerException e) {
            return ledgerTrouble(e);
        } catch (OutOfMemoryError e) {
            return fail(FailureReason.RESOURCE_LIMIT, "ran out of memory while reading it");
        } catch (StackOverflowError e) {
            return fail(FailureReason.CORRUPT, "structure nested too deeply (stack overflow)");
        } catch (IOException e) {
            return fail(FailureReason.INTERNAL, "cannot write output: " + e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.debug("{}: unexpected failure", PrintableName.of(pdf), e);
            return fail(FailureReason.INTERNAL, "unexpected " + e);
        }
    }

    /** Reads, verifies and writes the file, then hands its success to the ledger writer. */
    private void importFile() throws StatementException, InterruptedException, IOException,
            TimedStatementReader.TooManyStuckException {
        if (bytes > run.options().maxFileSize()) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "file is " + mb(bytes)
                    + ", over the size limit of " + mb(run.options().maxFileSize()));
        }
        StatementReader.Result result = run.reader().read(pdf, run.options().extraction(), this::pageRead);
        Statement statement = result.statement();
        pages = statement.pageCount();
        if (statement.reconciliation().isUnreconciled() && !run.options().allowUnreconciled()) {
            throw new StatementException(FailureReason.UNRECONCILED, "does not reconcile: "
                    + statement.reconciliation().detail());
        }
        // The ledger keeps amounts in its currency's minor units: one with more decimals was misread, a file failure.
        MinorUnits.check(statement, MinorUnits.stored(statement.metadata().currency()));
        csv = run.csvPath(relative);
        run.csv().writeUnforced(statement, csv);
        transactionCount = statement.transactions().size();
        ImportRecord record = new ImportRecord(hash, pdf.getFileName().toString(), pdf.toString(),
                ImportStatus.SUCCESS, null, transactionCount, pages,
                statement.reconciliation().status(), startedAt, Instant.now(), millis(), csv.toString(), null,
                statement.metadata());
        previousCsv = run.previousCsv(hash);
        commit = run.writer().recordSuccess(record, statement.transactions(), statement.sections(), csv);
    }

    /**
     * Credits the pages read so far with their share of three quarters of the file's bytes: parsing, checking,
     * the CSV and the commit follow the last page (a quarter of a 300-page statement's time). Reader thread.
     */
    private void pageRead(int number, int pageCount) {
        long target = bytes * 3 / 4 * number / Math.max(number, pageCount);
        long before = credited.getAndAccumulate(target, Math::max);
        if (target > before) {
            run.listener().workDone(position, target - before);
        }
    }

    /** The file's place in the order files are taken, as the listener hears it. */
    long position() {
        return position;
    }

    /**
     * The bytes not yet credited as work done, now credited: the reports of a file add up to its size (a
     * timed-out read still running in the background credits nothing more). Call once, when done.
     */
    long uncreditedBytes() {
        return Math.max(0, bytes - credited.getAndSet(bytes));
    }

    private FileOutcome fail(FailureReason reason, String message) throws InterruptedException {
        try {
            Files.deleteIfExists(run.csvPath(relative));
            ImportRecord record = new ImportRecord(hash, pdf.getFileName().toString(), pdf.toString(),
                    ImportStatus.FAILED, reason, 0, pages, null, startedAt, Instant.now(), millis(), null, message, null);
            LedgerWriter.await(run.writer().recordFailure(record));
        } catch (LedgerException e) {
            if (e.fatal()) {
                return stopRun(e);
            }
            LOG.warn("{}: failure could not be recorded in the database: {}", PrintableName.of(pdf), PrintableName.line(e.getMessage()));
        } catch (IOException e) {
            LOG.warn("{}: could not remove its old CSV: {}", PrintableName.of(pdf), PrintableName.line(e.toString()));
        }
        try {
            run.quarantine().admit(pdf, relative, reason, message, Instant.now());
        } catch (NoSuchFileException gone) {
            LOG.debug("{}: removed before it could be moved to the failed folder", PrintableName.of(pdf));
        } catch (IOException e) {
            LOG.warn("{}: failed ({}) and could not be moved to the failed folder: {}", PrintableName.of(pdf), reason.label(),
                    PrintableName.line(e.toString()));
        }
        return outcome(FileStatus.FAILED, reason, message, 0);
    }

    private FileOutcome ledgerTrouble(LedgerException e) throws InterruptedException {
        if (e.fatal()) {
            return stopRun(e);
        }
        // The failed write rolled back whole; record the file as failed so nothing of it stays half-imported.
        return fail(FailureReason.INTERNAL, "database write failed: " + e.getMessage());
    }

    private FileOutcome stopRun(LedgerException e) {
        run.stop("database unusable: " + e.getMessage());
        return outcome(FileStatus.NOT_DONE, null, "database unusable", 0);
    }

    private void release() {
        try {
            run.quarantine().release(pdf, run.options().pdfDir(), relative);
        } catch (IOException e) {
            LOG.warn("{}: imported but could not be moved back from the failed folder: {}", PrintableName.of(pdf), PrintableName.line(e.toString()));
        }
    }

    private FileOutcome outcome(FileStatus status, FailureReason reason, String text, int transactions) {
        // An exception's message may quote a path: the console and log show it on one line.
        String message = PrintableName.line(text);
        FileOutcome o = new FileOutcome(pdf, status, reason, message, transactions, pages, bytes, millis());
        if (status == FileStatus.FAILED) {
            LOG.info("{} failed [{}] {} pages={} time={}ms", PrintableName.of(pdf), reason.label(), message, pages, o.millis());
        } else {
            LOG.info("{} {} transactions={} pages={} time={}ms{}", PrintableName.of(pdf), status.name().toLowerCase(java.util.Locale.ROOT),
                    transactions, pages, o.millis(), message == null ? "" : " (" + message + ")");
        }
        return o;
    }

    private long millis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
