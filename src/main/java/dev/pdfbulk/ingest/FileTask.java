package dev.pdfbulk.ingest;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.scan.Sha256Hasher;
import dev.pdfbulk.store.LedgerException;
import dev.pdfbulk.store.LedgerWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One file's way through a run: hash, skip or take, read and verify, CSV, commit; or fail into the
 * quarantine. The CSV is renamed into place before the commit, so a crash between the two leaves a file
 * that the next run simply imports again. Runs on a worker thread; one instance per file.
 */
final class FileTask {

    private static final Logger LOG = LoggerFactory.getLogger("dev.pdfbulk.ingest.files");

    private final RunContext run;
    private final Path pdf;
    private final Path relative;
    private final boolean fromFailed;
    private final long startedNanos = System.nanoTime();
    private final Instant startedAt = Instant.now();
    private long bytes;
    private int pages;

    FileTask(RunContext run, Path pdf, Path relative, boolean fromFailed) {
        this.run = run;
        this.pdf = pdf;
        this.relative = relative;
        this.fromFailed = fromFailed;
    }

    /** Processes the file; never throws: every problem ends as an outcome. */
    FileOutcome run() {
        if (run.stopping()) {
            return outcome(FileStatus.NOT_DONE, null, "run stopped before this file", 0);
        }
        String hash;
        try {
            bytes = Files.size(pdf);
            hash = Sha256Hasher.hash(pdf);
        } catch (IOException e) {
            LOG.warn("{}: cannot read: {}", pdf, e.toString());
            return outcome(FileStatus.NOT_DONE, FailureReason.INTERNAL, "cannot read file: " + e.getMessage(), 0);
        }
        try {
            return process(hash);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(FileStatus.NOT_DONE, null, "interrupted", 0);
        }
    }

    private FileOutcome process(String hash) throws InterruptedException {
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
            run.writer().markInProgress(hash, pdf.getFileName().toString(), pdf.toString(), startedAt);
            return importFile(hash);
        } catch (StatementException e) {
            return fail(hash, e.reason(), e.getMessage());
        } catch (TimedStatementReader.TooManyStuckException e) {
            run.stop(e.getMessage());
            return outcome(FileStatus.NOT_DONE, null, e.getMessage(), 0);
        } catch (LedgerException e) {
            return ledgerTrouble(hash, e);
        } catch (OutOfMemoryError e) {
            return fail(hash, FailureReason.RESOURCE_LIMIT, "ran out of memory while reading it");
        } catch (StackOverflowError e) {
            return fail(hash, FailureReason.CORRUPT, "structure nested too deeply (stack overflow)");
        } catch (IOException e) {
            return fail(hash, FailureReason.INTERNAL, "cannot write output: " + e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.debug("{}: unexpected failure", pdf, e);
            return fail(hash, FailureReason.INTERNAL, "unexpected " + e);
        }
    }

    private FileOutcome importFile(String hash) throws StatementException, InterruptedException, IOException,
            TimedStatementReader.TooManyStuckException {
        if (bytes > run.options().maxFileSize()) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "file is " + mb(bytes)
                    + ", over the size limit of " + mb(run.options().maxFileSize()));
        }
        StatementReader.Result result = run.reader().read(pdf, run.options().extraction());
        Statement statement = result.statement();
        pages = statement.pageCount();
        if (statement.reconciliation().isUnreconciled() && !run.options().allowUnreconciled()) {
            throw new StatementException(FailureReason.UNRECONCILED, "does not reconcile: "
                    + statement.reconciliation().detail());
        }
        Path csv = run.csvPath(relative);
        run.csv().writeAtomically(statement, csv);
        ImportRecord record = new ImportRecord(hash, pdf.getFileName().toString(), pdf.toString(),
                ImportStatus.SUCCESS, null, statement.transactions().size(), pages,
                statement.reconciliation().status(), startedAt, Instant.now(), millis(), csv.toString(), null,
                statement.metadata());
        String previousCsv = run.previousCsv(hash);
        LedgerWriter.await(run.writer().recordSuccess(record, statement.transactions()));
        if (previousCsv != null && !Path.of(previousCsv).equals(csv)) {
            Files.deleteIfExists(Path.of(previousCsv));
        }
        if (fromFailed) {
            release();
        }
        return outcome(FileStatus.IMPORTED, null, null, statement.transactions().size());
    }

    private FileOutcome fail(String hash, FailureReason reason, String message) throws InterruptedException {
        try {
            Files.deleteIfExists(run.csvPath(relative));
            ImportRecord record = new ImportRecord(hash, pdf.getFileName().toString(), pdf.toString(),
                    ImportStatus.FAILED, reason, 0, pages, null, startedAt, Instant.now(), millis(), null, message, null);
            LedgerWriter.await(run.writer().recordFailure(record));
        } catch (LedgerException e) {
            if (e.fatal()) {
                return stopRun(e);
            }
            LOG.warn("{}: failure could not be recorded in the database: {}", pdf, e.getMessage());
        } catch (IOException e) {
            LOG.warn("{}: could not remove its old CSV: {}", pdf, e.toString());
        }
        try {
            run.quarantine().admit(pdf, relative, reason, message, Instant.now());
        } catch (IOException e) {
            LOG.warn("{}: failed ({}) and could not be moved to the failed folder: {}", pdf, reason.label(),
                    e.toString());
        }
        return outcome(FileStatus.FAILED, reason, message, 0);
    }

    private FileOutcome ledgerTrouble(String hash, LedgerException e) throws InterruptedException {
        if (e.fatal()) {
            return stopRun(e);
        }
        // The failed write rolled back whole; record the file as failed so nothing of it stays half-imported.
        return fail(hash, FailureReason.INTERNAL, "database write failed: " + e.getMessage());
    }

    private FileOutcome stopRun(LedgerException e) {
        run.stop("database unusable: " + e.getMessage());
        return outcome(FileStatus.NOT_DONE, null, "database unusable", 0);
    }

    private void release() {
        try {
            run.quarantine().release(pdf, run.options().pdfDir(), relative);
        } catch (IOException e) {
            LOG.warn("{}: imported but could not be moved back from the failed folder: {}", pdf, e.toString());
        }
    }

    private FileOutcome outcome(FileStatus status, FailureReason reason, String message, int transactions) {
        FileOutcome o = new FileOutcome(pdf, status, reason, message, transactions, pages, bytes, millis());
        if (status == FileStatus.FAILED) {
            LOG.info("{} failed [{}] {} pages={} time={}ms", pdf, reason.label(), message, pages, o.millis());
        } else {
            LOG.info("{} {} transactions={} pages={} time={}ms{}", pdf, status.name().toLowerCase(java.util.Locale.ROOT),
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
