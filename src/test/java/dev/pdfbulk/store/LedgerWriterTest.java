package dev.pdfbulk.store;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.pdfbulk.store.LedgerFixtures.GBP;
import static dev.pdfbulk.store.LedgerFixtures.START;
import static dev.pdfbulk.store.LedgerFixtures.count;
import static dev.pdfbulk.store.LedgerFixtures.failInsertsOf;
import static dev.pdfbulk.store.LedgerFixtures.failure;
import static dev.pdfbulk.store.LedgerFixtures.hash;
import static dev.pdfbulk.store.LedgerFixtures.success;
import static dev.pdfbulk.store.LedgerFixtures.transactions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class LedgerWriterTest {

    private static final int THREADS = 8;
    private static final int FILES_PER_THREAD = 50;

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("ledger.db");
    }

    @Test
    void manyConcurrentSubmittersAllCommitWithoutBusyErrors() throws Exception {
        // given
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            try (LedgerWriter writer = new LedgerWriter(ledger, 2 * THREADS)) {
                // when each worker marks, reads and records its files, waiting for each commit
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(workers.submit(() -> {
                        for (int i = 0; i < FILES_PER_THREAD; i++) {
                            String hash = hash(thread * 1000 + i);
                            LedgerWriter.await(writer.markInProgress(hash, "f.pdf", "/in/f.pdf", START));
                            assertThat(ledger.statusOf(hash)).contains(ImportStatus.IN_PROGRESS);
                            if (i % 10 == 9) {
                                LedgerWriter.await(writer.recordFailure(failure(hash, FailureReason.NO_TEXT)));
                            } else {
                                LedgerWriter.await(writer.recordSuccess(success(hash, 3, GBP), transactions(3)));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }

            // then
            assertThat(count(db(), "SELECT count(*) FROM import_logs WHERE status = 'success'")).isEqualTo(360);
            assertThat(count(db(), "SELECT count(*) FROM import_logs WHERE status = 'failed'")).isEqualTo(40);
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(360 * 3);
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void closeCommitsEverythingQueuedAndRefusesLaterSubmissions() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given submissions nobody waits for, through a queue smaller than their number
            LedgerWriter writer = new LedgerWriter(ledger, 2);
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                acks.add(writer.recordSuccess(success(hash(i), 1, GBP), transactions(1)));
            }

            // when
            writer.close();
            writer.close();

            // then
            assertThat(acks).allSatisfy(ack -> assertThat(ack).isCompleted());
            assertThat(count(db(), "SELECT count(*) FROM import_logs")).isEqualTo(20);
            CompletableFuture<Void> late = writer.recordFailure(failure(hash(99), FailureReason.CORRUPT));
            assertThatThrownBy(() -> LedgerWriter.await(late)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aNonFatalErrorFailsOnlyItsSubmission() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given
            failInsertsOf(db(), hash(2));
            try (LedgerWriter writer = new LedgerWriter(ledger, 4)) {
                // when
                CompletableFuture<Void> first = writer.recordSuccess(success(hash(1), 2, GBP), transactions(2));
                CompletableFuture<Void> bad = writer.recordSuccess(success(hash(2), 2, GBP), transactions(2));
                CompletableFuture<Void> third = writer.recordSuccess(success(hash(3), 2, GBP), transactions(2));

                // then
                LedgerWriter.await(first);
                assertThatThrownBy(() -> LedgerWriter.await(bad))
                        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isFalse());
                LedgerWriter.await(third);
                assertThat(writer.fatalError()).isEmpty();
            }
            assertThat(ledger.statusOf(hash(2))).isEmpty();
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(4);
        }
    }

    @Test
    void aFatalErrorStopsTheWriterAndFailsEveryLaterSubmissionWithIt() throws Exception {
        // given a ledger whose writer cannot write
        SqliteLedger.open(db()).close();
        try (SqliteLedger ledger = SqliteLedger.open(db(), List.of("PRAGMA query_only = ON"));
             LedgerWriter writer = new LedgerWriter(ledger, 4)) {

            // when
            CompletableFuture<Void> first = writer.markInProgress(hash(1), "a.pdf", "/in/a.pdf", START);
            LedgerException error = null;
            try {
                LedgerWriter.await(first);
            } catch (LedgerException e) {
                error = e;
            }
            CompletableFuture<Void> later = writer.recordSuccess(success(hash(2), 1, GBP), transactions(1));

            // then
            assertThat(error).isNotNull();
            assertThat(error.fatal()).isTrue();
            assertThat(writer.fatalError()).containsSame(error);
            LedgerException finalError = error;
            assertThatThrownBy(() -> LedgerWriter.await(later)).isSameAs(finalError);
        }
    }

    @Test
    void anInterruptedWaiterKeepsItsInterruptFlagAndTheWriteStillCommits() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db());
             LedgerWriter writer = new LedgerWriter(ledger, 1);
             Connection other = LedgerFixtures.raw(db());
             Statement lock = other.createStatement()) {
            // given another connection holding the write lock, so the commit must wait
            lock.execute("BEGIN IMMEDIATE");
            CompletableFuture<Void> ack = writer.recordSuccess(success(hash(1), 1, GBP), transactions(1));

            // when
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> LedgerWriter.await(ack)).isInstanceOf(InterruptedException.class);

            // then
            assertThat(Thread.interrupted()).isTrue();
            lock.execute("ROLLBACK");
            LedgerWriter.await(ack);
            assertThat(ledger.statusOf(hash(1))).contains(ImportStatus.SUCCESS);
        }
    }
}
