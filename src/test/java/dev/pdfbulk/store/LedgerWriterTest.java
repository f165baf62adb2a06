package dev.pdfbulk.store;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.pdfbulk.store.LedgerFixtures.GBP;
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
                // when each worker records its files, waiting for each commit, and reads them back
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    done.add(workers.submit(() -> {
                        for (int i = 0; i < FILES_PER_THREAD; i++) {
                            String hash = hash(thread * 1000 + i);
                            if (i % 10 == 9) {
                                LedgerWriter.await(writer.recordFailure(failure(hash, FailureReason.NO_TEXT)));
                                assertThat(ledger.statusOf(hash)).contains(ImportStatus.FAILED);
                            } else {
                                LedgerWriter.await(writer.recordSuccess(success(hash, 3, GBP), transactions(3)));
                                assertThat(ledger.statusOf(hash)).contains(ImportStatus.SUCCESS);
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
            CompletableFuture<Void> first = writer.recordFailure(failure(hash(1), FailureReason.CORRUPT));
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

    @Test
    void waitingSubmissionsCommitAsOneGroupInWhichAFailureIsUndoneAlone() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given a sync that holds the first group until nine more submissions wait behind it
            failInsertsOf(db(), hash(5));
            CountDownLatch release = new CountDownLatch(1);
            List<List<Path>> syncs = new CopyOnWriteArrayList<>();
            List<Boolean> committedBeforeSync = new CopyOnWriteArrayList<>();
            FileSync sync = files -> {
                syncs.add(List.copyOf(files));
                for (Path file : files) {
                    committedBeforeSync.add(ledger.statusOf(file.getFileName().toString()).isPresent());
                }
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            };
            List<CompletableFuture<Void>> acks = new ArrayList<>();
            try (LedgerWriter writer = new LedgerWriter(ledger, 16, sync)) {
                // when the first is being synced while the others arrive
                for (int i = 0; i < 10; i++) {
                    while (i == 1 && syncs.isEmpty()) {
                        Thread.onSpinWait();
                    }
                    acks.add(writer.recordSuccess(success(hash(i), 2, GBP), transactions(2), dir.resolve(hash(i))));
                }
                acks.add(writer.recordFailure(failure(hash(10), FailureReason.NO_TEXT)));
                release.countDown();

                // then
                for (int i = 0; i < acks.size(); i++) {
                    if (i == 5) {
                        int bad = i;
                        assertThatThrownBy(() -> LedgerWriter.await(acks.get(bad)))
                                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isFalse());
                    } else {
                        LedgerWriter.await(acks.get(i));
                    }
                }
            }
            assertThat(syncs).hasSize(2);
            assertThat(syncs.get(0)).containsExactly(dir.resolve(hash(0)));
            assertThat(syncs.get(1)).hasSize(9);
            assertThat(committedBeforeSync).containsOnly(false);
            assertThat(count(db(), "SELECT count(*) FROM import_logs WHERE status = 'success'")).isEqualTo(9);
            assertThat(count(db(), "SELECT count(*) FROM import_logs WHERE status = 'failed'")).isEqualTo(1);
            assertThat(ledger.statusOf(hash(5))).isEmpty();
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(18);
        }
    }

    @Test
    void aFailedSyncFailsTheGroupsImportsUncommittedAndTheWriterGoesOn() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given a sync that fails once
            AtomicBoolean failOnce = new AtomicBoolean(true);
            FileSync sync = files -> {
                if (failOnce.getAndSet(false)) {
                    throw new IOException("Input/output error");
                }
            };
            try (LedgerWriter writer = new LedgerWriter(ledger, 4, sync)) {
                // when
                CompletableFuture<Void> lost = writer.recordSuccess(success(hash(1), 1, GBP), transactions(1),
                        dir.resolve("a.csv"));
                assertThatThrownBy(() -> LedgerWriter.await(lost)).isInstanceOf(UncheckedIOException.class)
                        .hasMessageContaining("Input/output error");
                CompletableFuture<Void> next = writer.recordSuccess(success(hash(2), 1, GBP), transactions(1),
                        dir.resolve("b.csv"));

                // then
                LedgerWriter.await(next);
                assertThat(writer.fatalError()).isEmpty();
            }
            assertThat(ledger.statusOf(hash(1))).isEmpty();
            assertThat(ledger.statusOf(hash(2))).contains(ImportStatus.SUCCESS);
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(1);
        }
    }
}
