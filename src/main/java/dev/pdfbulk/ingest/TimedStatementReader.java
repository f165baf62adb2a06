package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a statement on a helper thread and gives up after the timeout. PDFBox cannot be interrupted
 * reliably, so a file over time is abandoned: its thread is interrupted and left to finish on its own
 * while the worker moves on. Too many abandoned threads still running means the machine is being
 * starved, and the run stops. Thread-safe.
 */
public final class TimedStatementReader implements AutoCloseable {

    /** Thrown when more abandoned reads are still running than the cap allows. */
    public static final class TooManyStuckException extends Exception {
        private static final long serialVersionUID = 1L;

        TooManyStuckException(String message) {
            super(message);
        }
    }

    private final StatementReader reader;
    private final Duration timeout;
    private final int maxStuck;
    private final AtomicInteger stuck = new AtomicInteger();
    private final ExecutorService threads;

    /**
     * @param maxStuck how many abandoned reads may still be running before the run stops
     */
    public TimedStatementReader(StatementReader reader, Duration timeout, int maxStuck) {
        this.reader = reader;
        this.timeout = timeout;
        this.maxStuck = maxStuck;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pdf-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads one statement within the timeout. {@code progress} hears of each page on the reading thread,
     * which for a timed-out file may go on for a while after this method threw.
     *
     * @throws StatementException    the file's failure, {@code TIMED_OUT} when over time
     * @throws TooManyStuckException when abandoned reads pile up past the cap
     * @throws InterruptedException  when the worker is interrupted; flag restored
     */
    public StatementReader.Result read(Path pdf, ExtractionOptions options, PageProgress progress)
            throws StatementException, TooManyStuckException, InterruptedException {
        if (stuck.get() >= maxStuck) {
            throw new TooManyStuckException(stuck.get() + " timed-out files are still being read in the background");
        }
        ReadJob job = new ReadJob(pdf, options, progress);
        Future<StatementReader.Result> future = threads.submit(job);
        try {
            try {
                return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (job.abandon()) {
                    future.cancel(true);
                    throw new StatementException(FailureReason.TIMED_OUT, "timed out after " + seconds(timeout));
                }
                return future.get();
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StatementException se) {
                throw se;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StatementException(FailureReason.INTERNAL, "unexpected " + cause, cause);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }

    /** One read; counts itself as stuck from the moment it is abandoned until its thread returns. */
    private final class ReadJob implements java.util.concurrent.Callable<StatementReader.Result> {
        private static final int RUNNING = 0;
        private static final int DONE = 1;
        private static final int ABANDONED = 2;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private final Path pdf;
        private final ExtractionOptions options;
        private final PageProgress progress;

        ReadJob(Path pdf, ExtractionOptions options, PageProgress progress) {
            this.pdf = pdf;
            this.options = options;
            this.progress = progress;
        }

        @Override
        public StatementReader.Result call() throws Exception {
            try {
                return reader.read(pdf, options, progress);
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    stuck.decrementAndGet();
                }
            }
        }

        /** True when the job was still running and is now abandoned; false when it just finished. */
        boolean abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                stuck.incrementAndGet();
                return true;
            }
            return false;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
