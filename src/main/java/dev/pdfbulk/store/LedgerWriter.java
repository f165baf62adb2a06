package dev.pdfbulk.store;

import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The single thread that writes the ledger. Workers submit writes to a bounded queue and get an
 * acknowledgement that completes once the write has committed (or failed); a worker need not wait for it,
 * and can read its next file meanwhile. Because only this thread writes, any number of submitters never
 * meet {@code SQLITE_BUSY}.
 *
 * <p>Group commit: the thread takes every submission waiting in the queue (up to {@value #MAX_GROUP}) and
 * commits them in one SQL transaction, each in its own savepoint, so one commit and one
 * {@link FileSync} call serve many files while each file still commits or fails alone, with its rows
 * and its {@code import_logs} row together.
 *
 * <p>Methods that throw {@link InterruptedException} restore the interrupt flag first, as
 * {@code TextExtractor} does, so a worker's loop sees it too.
 *
 * <p>A submission blocks while the queue is full (back-pressure when the disk is slower than the workers).
 * A non-fatal {@link LedgerException} fails that submission only; a failure to sync the files of a group
 * fails that group's successes with an {@link UncheckedIOException}, uncommitted. After a fatal error the
 * writer stops: the submissions of that group, every one still queued and every later one complete
 * exceptionally with the same exception, so the run can stop cleanly. {@link #close()} lets everything
 * queued before it commit, then stops the thread; submissions after it complete exceptionally with
 * {@link IllegalStateException}.
 *
 * <p>Threading: all methods may be called from any thread. Acknowledgements complete on the writer thread,
 * so callers must not run slow work in their dependent stages. The {@link SqliteLedger} stays owned by the
 * caller, who closes it after this writer.
 */
public final class LedgerWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWriter.class);
    private static final long OFFER_POLL_MS = 100;
    static final int MAX_GROUP = 64;

    private record Command(LedgerWrite write, Path syncFirst, CompletableFuture<Void> done) {
    }

    /** The poison pill: everything queued before it is written, then the thread ends. */
    private static final Command STOP = new Command(null, null, new CompletableFuture<>());

    private final SqliteLedger ledger;
    private final FileSync fileSync;
    private final BlockingQueue<Command> queue;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean stopped;
    private volatile LedgerException fatal;

    /** Starts a writer that syncs no files; see {@link #LedgerWriter(SqliteLedger, int, FileSync)}. */
    public LedgerWriter(SqliteLedger ledger, int capacity) {
        this(ledger, capacity, FileSync.NONE);
    }

    /**
     * Starts the writer thread.
     *
     * @param ledger   the ledger to write, open
     * @param capacity how many submissions may wait, at least 1 (twice the workers is plenty)
     * @param fileSync forces the files named by {@link #recordSuccess(ImportRecord, List, Path)} before each commit
     */
    public LedgerWriter(SqliteLedger ledger, int capacity, FileSync fileSync) {
        this.ledger = ledger;
        this.fileSync = fileSync;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "ledger-writer");
        thread.start();
    }

    /**
     * Submits {@link SqliteLedger#recordSuccess}; the list must not change afterwards.
     *
     * @throws IllegalArgumentException when the record does not describe this success (nothing was submitted)
     * @throws InterruptedException     when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> recordSuccess(ImportRecord record, List<Transaction> transactions)
            throws InterruptedException {
        return submit(SqliteLedger.successWrite(record, transactions, List.of()), null);
    }

    /**
     * Submits {@link SqliteLedger#recordSuccess} of a file whose output {@code file} must be durable before the
     * success commits: the writer hands it to its {@link FileSync} first.
     *
     * @throws IllegalArgumentException when the record does not describe this success (nothing was submitted)
     * @throws InterruptedException     when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> recordSuccess(ImportRecord record, List<Transaction> transactions, Path file)
            throws InterruptedException {
        return recordSuccess(record, transactions, List.of(), file);
    }

    /**
     * As {@link #recordSuccess(ImportRecord, List, Path)} for a statement holding several accounts: its
     * {@code sections} are written in the same SQL transaction as its rows (none for a statement of one account).
     */
    public CompletableFuture<Void> recordSuccess(ImportRecord record, List<Transaction> transactions,
                                                 List<Section> sections, Path file) throws InterruptedException {
        return submit(SqliteLedger.successWrite(record, transactions, sections), file);
    }

    /**
     * Submits {@link SqliteLedger#recordFailure}.
     *
     * @throws IllegalArgumentException when the record is not a failure with a reason (nothing was submitted)
     * @throws InterruptedException     when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> recordFailure(ImportRecord record) throws InterruptedException {
        return submit(SqliteLedger.failureWrite(record), null);
    }

    /** The fatal error that stopped the writer, if one did. */
    public Optional<LedgerException> fatalError() {
        return Optional.ofNullable(fatal);
    }

    /**
     * Waits for a submission's commit.
     *
     * @throws LedgerException       as the ledger threw it (see {@link LedgerException#fatal()})
     * @throws UncheckedIOException  when the submission's file could not be synced (nothing of it committed)
     * @throws IllegalStateException when it was submitted after {@link #close()}
     * @throws InterruptedException  when interrupted while waiting, with the interrupt flag restored (as
     *                               {@code TextExtractor} does); the write may still commit
     */
    public static void await(CompletableFuture<Void> ack) throws InterruptedException {
        try {
            ack.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Commits everything submitted so far, then stops the thread and waits for it. Idempotent. When
     * interrupted it stops waiting and restores the interrupt flag; the thread still finishes the queue.
     */
    @Override
    public void close() {
        closing = true;
        try {
            while (!stopped && !queue.offer(STOP, OFFER_POLL_MS, TimeUnit.MILLISECONDS)) {
                // the writer is draining a full queue
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<Void> submit(LedgerWrite write, Path syncFirst) throws InterruptedException {
        Command command = new Command(write, syncFirst, new CompletableFuture<>());
        try {
            do {
                if (closing || stopped) {
                    command.done().completeExceptionally(refusal());
                    return command.done();
                }
            } while (!queue.offer(command, OFFER_POLL_MS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
        if (stopped) {
            // The writer may have emptied the queue before this command landed: fail it rather than leave it hanging.
            failQueued();
        }
        return command.done();
    }

    private void run() {
        List<Command> group = new ArrayList<>(MAX_GROUP);
        try {
            boolean stop = false;
            while (!stop) {
                group.clear();
                group.add(queue.take());
                queue.drainTo(group, MAX_GROUP - 1);
                int pill = pillAt(group, STOP);
                if (pill >= 0) {
                    // Anything after the pill came after close(): refuse it.
                    group.subList(pill + 1, group.size()).forEach(c -> c.done().completeExceptionally(refusal()));
                    group.subList(pill, group.size()).clear();
                    stop = true;
                }
                if (!group.isEmpty()) {
                    execute(group);
                }
                if (fatal != null) {
                    LOG.error("ledger writer stopped: {}", fatal.getMessage());
                    break;
                }
            }
        } catch (InterruptedException e) {
            fatal = new LedgerException("ledger writer was interrupted", true, e);
            group.forEach(c -> c.done().completeExceptionally(fatal));
            Thread.currentThread().interrupt();
        } finally {
            stopped = true;
            failQueued();
        }
    }

    // By identity: only the pill ends the thread, and a record's equals (indexOf's) is a method-handle chain whose
    // first call spins some 18 classes with the JDK's ASM on this thread (docs/performance.md, item 36).
    static int pillAt(List<?> group, Object pill) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i) == pill) {
                return i;
            }
        }
        return -1;
    }

    private void execute(List<Command> group) {
        List<Command> ready = synced(group);
        if (ready.isEmpty()) {
            return;
        }
        try {
            List<LedgerException> failures = ledger.writeGroup(ready.stream().map(Command::write).toList());
            for (int i = 0; i < ready.size(); i++) {
                LedgerException failure = failures.get(i);
                if (failure == null) {
                    ready.get(i).done().complete(null);
                } else {
                    ready.get(i).done().completeExceptionally(failure);
                }
            }
        } catch (LedgerException e) {
            if (e.fatal()) {
                fatal = e;
            }
            ready.forEach(c -> c.done().completeExceptionally(e));
        } catch (RuntimeException e) {
            ready.forEach(c -> c.done().completeExceptionally(e));
        } catch (Error e) {
            fatal = new LedgerException("ledger writer failed: " + LedgerException.oneLine(e), true, e);
            ready.forEach(c -> c.done().completeExceptionally(e));
            throw e;
        }
    }

    /** Syncs the group's files; returns the commands that may commit (all, unless the sync failed). */
    private List<Command> synced(List<Command> group) {
        List<Path> files = new ArrayList<>();
        for (Command command : group) {
            if (command.syncFirst() != null) {
                files.add(command.syncFirst());
            }
        }
        if (files.isEmpty()) {
            return group;
        }
        try {
            fileSync.force(files);
            return group;
        } catch (IOException | RuntimeException e) {
            UncheckedIOException failure = new UncheckedIOException(e instanceof IOException io ? io
                    : new IOException(e.toString(), e));
            List<Command> ready = new ArrayList<>();
            for (Command command : group) {
                if (command.syncFirst() == null) {
                    ready.add(command);
                } else {
                    command.done().completeExceptionally(failure);
                }
            }
            return ready;
        }
    }

    private void failQueued() {
        for (Command command = queue.poll(); command != null; command = queue.poll()) {
            command.done().completeExceptionally(refusal());
        }
    }

    private RuntimeException refusal() {
        LedgerException error = fatal;
        return error != null ? error : new IllegalStateException("the ledger writer is closed");
    }
}
