package dev.pdfbulk.store;

import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The single thread that writes the ledger. Workers submit writes to a bounded queue and get an
 * acknowledgement that completes once the write has committed (or failed), so a worker can wait for its
 * own commit, e.g. before it reports the file done. Because only this thread writes, any number of
 * submitters never meet {@code SQLITE_BUSY}.
 *
 * <p>Methods that throw {@link InterruptedException} restore the interrupt flag first, as
 * {@code TextExtractor} does, so a worker's loop sees it too.
 *
 * <p>A submission blocks while the queue is full (back-pressure when the disk is slower than the workers).
 * A non-fatal {@link LedgerException} fails that submission only. After a fatal one the writer stops: that
 * submission, every one still queued and every later one complete exceptionally with the same exception,
 * so the run can stop cleanly. {@link #close()} lets everything queued before it commit, then stops the
 * thread; submissions after it complete exceptionally with {@link IllegalStateException}.
 *
 * <p>Threading: all methods may be called from any thread. The {@link SqliteLedger} stays owned by the
 * caller, who closes it after this writer.
 */
public final class LedgerWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWriter.class);
    private static final long OFFER_POLL_MS = 100;

    private record Command(Consumer<SqliteLedger> action, CompletableFuture<Void> done) {
    }

    /** The poison pill: everything queued before it is written, then the thread ends. */
    private static final Command STOP = new Command(ledger -> { }, new CompletableFuture<>());

    private final SqliteLedger ledger;
    private final BlockingQueue<Command> queue;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean stopped;
    private volatile LedgerException fatal;

    /**
     * Starts the writer thread.
     *
     * @param ledger   the ledger to write, open
     * @param capacity how many submissions may wait, at least 1 (twice the workers is plenty)
     */
    public LedgerWriter(SqliteLedger ledger, int capacity) {
        this.ledger = ledger;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "ledger-writer");
        thread.start();
    }

    /**
     * Submits {@link SqliteLedger#markInProgress}.
     *
     * @throws InterruptedException when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> markInProgress(String hash, String fileName, String sourcePath, Instant startedAt)
            throws InterruptedException {
        return submit(ledger -> ledger.markInProgress(hash, fileName, sourcePath, startedAt));
    }

    /**
     * Submits {@link SqliteLedger#recordSuccess}; the list must not change afterwards.
     *
     * @throws InterruptedException when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> recordSuccess(ImportRecord record, List<Transaction> transactions)
            throws InterruptedException {
        return submit(ledger -> ledger.recordSuccess(record, transactions));
    }

    /**
     * Submits {@link SqliteLedger#recordFailure}.
     *
     * @throws InterruptedException when interrupted while the queue is full, flag restored; nothing was submitted
     */
    public CompletableFuture<Void> recordFailure(ImportRecord record) throws InterruptedException {
        return submit(ledger -> ledger.recordFailure(record));
    }

    /** The fatal error that stopped the writer, if one did. */
    public Optional<LedgerException> fatalError() {
        return Optional.ofNullable(fatal);
    }

    /**
     * Waits for a submission's commit.
     *
     * @throws LedgerException          as the ledger threw it (see {@link LedgerException#fatal()})
     * @throws IllegalStateException    when it was submitted after {@link #close()}
     * @throws IllegalArgumentException when the ledger rejected its arguments
     * @throws InterruptedException     when interrupted while waiting, with the interrupt flag restored (as
     *                                  {@code TextExtractor} does); the write may still commit
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

    private CompletableFuture<Void> submit(Consumer<SqliteLedger> action) throws InterruptedException {
        Command command = new Command(action, new CompletableFuture<>());
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
        try {
            for (Command command = queue.take(); command != STOP; command = queue.take()) {
                execute(command);
                if (fatal != null) {
                    LOG.error("ledger writer stopped: {}", fatal.getMessage());
                    break;
                }
            }
        } catch (InterruptedException e) {
            fatal = new LedgerException("ledger writer was interrupted", true, e);
            Thread.currentThread().interrupt();
        } finally {
            stopped = true;
            failQueued();
        }
    }

    private void execute(Command command) {
        try {
            command.action().accept(ledger);
            command.done().complete(null);
        } catch (LedgerException e) {
            if (e.fatal()) {
                fatal = e;
            }
            command.done().completeExceptionally(e);
        } catch (RuntimeException e) {
            command.done().completeExceptionally(e);
        } catch (Error e) {
            fatal = new LedgerException("ledger writer failed: " + LedgerException.oneLine(e), true, e);
            command.done().completeExceptionally(e);
            throw e;
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
