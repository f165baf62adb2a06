package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.extract.TextExtractor;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BulkProcessorIT {

    @TempDir
    Path tmp;

    private IngestOptions options(Path in, int workers) {
        return new IngestOptions(in, tmp.resolve("out"), tmp.resolve("ledger.db"), tmp.resolve("failed"), workers,
                false, false, false, false, ExtractionOptions.defaults(), Duration.ofSeconds(60), 100L << 20);
    }

    private static IngestOptions skipping(IngestOptions o) {
        return new IngestOptions(o.pdfDir(), o.outputDir(), o.database(), o.failedDir(), o.workers(), true,
                o.retryFailed(), o.recursive(), o.allowUnreconciled(), o.extraction(), o.timeout(), o.maxFileSize());
    }

    @Test
    void aFileStartsWhenAWorkerTakesItNotWhenItIsQueued() throws Exception {
        // One worker, three files in flight: while the first is held, the next two wait in the queue.
        Batch batch = Batch.of(tmp.resolve("in"), 3, 300);
        AtomicReference<Instant> released = new AtomicReference<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void fileStarted(long position, long bytes) {
                if (position == 0) {
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    released.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
                }
            }
        };

        RunSummary summary = new BulkProcessor(listener).processBatch(options(batch.dir, 1));

        assertThat(summary.imported()).isEqualTo(3);
        String after = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC)
                .format(released.get());
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            // Only the held file started before it was released: the queued ones started when the worker took them.
            assertThat(db.count("SELECT count(*) FROM import_logs WHERE started_at < '" + after + "'")).isEqualTo(1);
        }
    }

    @Test
    void tenStatementsWithFourWorkersAllImportExactly() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 10, 100);
        RunSummary summary = new BulkProcessor().processBatch(options(batch.dir, 4));

        assertThat(summary.imported()).isEqualTo(10);
        assertThat(summary.failed()).isZero();
        assertThat(summary.transactions()).isEqualTo(batch.truthTransactions());
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            assertThat(db.count("SELECT count(*) FROM import_logs WHERE status = 'success'")).isEqualTo(10);
            Map<String, List<Transaction>> truth = batch.truthByHash();
            List<LedgerProbe.Row> rows = db.rows();
            assertThat(rows).hasSize((int) batch.truthTransactions());
            for (LedgerProbe.Row row : rows) {
                Transaction t = truth.get(row.hash()).get(row.seq() - 1);
                assertThat(row.date()).isEqualTo(t.date().toString());
                assertThat(row.amount()).isEqualByComparingTo(t.amount());
                assertThat(row.description()).isEqualTo(t.description());
            }
        }
        for (int i = 0; i < 10; i++) {
            Path csv = tmp.resolve("out").resolve(String.format("stmt_%03d.csv", i));
            assertThat(Files.readAllLines(csv)).hasSize(batch.statements.get(i).transactions().size() + 1);
        }
    }

    @Test
    void progressCreditsEveryFilesBytesOnceAndALongStatementPageByPage() throws Exception {
        // given
        Batch batch = Batch.of(tmp.resolve("in"), 4, 300);
        RenderedStatement longOne = StatementPdfWriter.write(RandomStatements.spec(77, Layouts.all().get(0), 150),
                batch.dir.resolve("long.pdf"));
        BadPdfs.truncated(batch.statements.get(0).file(), batch.dir.resolve("broken.pdf"), 0.5);
        List<Long> credits = new CopyOnWriteArrayList<>();
        AtomicLong announced = new AtomicLong();
        AtomicLong creditedAtLastFile = new AtomicLong();
        Map<Long, Long> sizes = new ConcurrentHashMap<>();
        Map<Long, Long> creditedByFile = new ConcurrentHashMap<>();
        Map<Long, Long> lastCredit = new ConcurrentHashMap<>();
        AtomicReference<WorkPlan> plan = new AtomicReference<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void started(WorkPlan work) {
                plan.set(work);
                announced.set(work.bytes());
            }

            @Override
            public void fileStarted(long position, long bytes) {
                assertThat(sizes.put(position, bytes)).isNull();
            }

            @Override
            public void workDone(long position, long bytes) {
                credits.add(bytes);
                creditedByFile.merge(position, bytes, Long::sum);
                lastCredit.put(position, bytes);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                creditedAtLastFile.set(credits.stream().mapToLong(Long::longValue).sum());
            }
        };
        long total;
        try (var files = Files.list(batch.dir)) {
            total = files.mapToLong(f -> f.toFile().length()).sum();
        }

        // when
        RunSummary summary = new BulkProcessor(listener).processBatch(options(batch.dir, 1));

        // then
        assertThat(summary.imported()).isEqualTo(5);
        assertThat(longOne.pages()).isGreaterThan(2);
        assertThat(announced.get()).isEqualTo(total);
        assertThat(credits).allSatisfy(c -> assertThat(c).isPositive());
        assertThat(credits.stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(creditedAtLastFile.get()).isEqualTo(total);
        assertThat(credits).hasSizeGreaterThanOrEqualTo(longOne.pages() + 5);
        // Each file's credits add up to the size it started with; the plan names the long statement by position.
        assertThat(creditedByFile).isEqualTo(sizes);
        assertThat(sizes.keySet()).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L);
        WorkPlan.PlannedFile largest = plan.get().largest().stream()
                .max(java.util.Comparator.comparingLong(WorkPlan.PlannedFile::bytes)).orElseThrow();
        assertThat(largest.bytes()).isEqualTo(Files.size(longOne.file()));
        assertThat(sizes.get(largest.position())).isEqualTo(largest.bytes());
        // A quarter of its bytes waits for the work after its last page (parsing, CSV, commit).
        assertThat(lastCredit.get(largest.position())).isGreaterThanOrEqualTo(largest.bytes() / 4);
        assertThat(plan.get().files()).isEqualTo(6);
        assertThat(plan.get().workers()).isEqualTo(1);
    }

    @Test
    void oneBrokenFileFailsAloneIntoTheFailedFolder() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 9, 200);
        BadPdfs.truncated(batch.statements.get(0).file(), batch.dir.resolve("broken.pdf"), 0.5);

        RunSummary summary = new BulkProcessor().processBatch(options(batch.dir, 2));

        assertThat(summary.imported()).isEqualTo(9);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(tmp.resolve("failed/broken.pdf")).exists();
        assertThat(Files.readString(tmp.resolve("failed/broken.pdf.error.txt"))).contains("reason: corrupt");
        assertThat(batch.dir.resolve("broken.pdf")).doesNotExist();
        assertThat(tmp.resolve("out/broken.csv")).doesNotExist();
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            assertThat(db.text("SELECT failure_reason FROM import_logs WHERE file_name = 'broken.pdf'"))
                    .isEqualTo("corrupt");
        }
    }

    @Test
    void rerunsWithAndWithoutSkipExistingLeaveNoDuplicates() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 6, 300);
        IngestOptions options = options(batch.dir, 2);
        new BulkProcessor().processBatch(options);
        Map<String, String> firstCsvs = Batch.snapshot(tmp.resolve("out"));

        RunSummary skipped = new BulkProcessor().processBatch(skipping(options));
        RunSummary again = new BulkProcessor().processBatch(options);

        assertThat(skipped.skipped()).isEqualTo(6);
        assertThat(skipped.imported()).isZero();
        assertThat(again.imported()).isEqualTo(6);
        assertThat(Batch.snapshot(tmp.resolve("out"))).isEqualTo(firstCsvs);
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            assertThat(db.count("SELECT count(*) FROM transactions")).isEqualTo(batch.truthTransactions());
            assertThat(db.count("SELECT count(*) FROM import_logs")).isEqualTo(6);
            assertThat(db.count("SELECT max(attempts) FROM import_logs")).isEqualTo(2);
        }
    }

    @Test
    void skipExistingRedoesAFileWhoseCsvWentMissing() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 3, 350);
        IngestOptions options = options(batch.dir, 2);
        new BulkProcessor().processBatch(options);
        Files.delete(tmp.resolve("out/stmt_001.csv"));

        RunSummary again = new BulkProcessor().processBatch(skipping(options));

        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.imported()).isEqualTo(1);
        assertThat(tmp.resolve("out/stmt_001.csv")).exists();
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            assertThat(db.count("SELECT count(*) FROM transactions")).isEqualTo(batch.truthTransactions());
        }
    }

    @Test
    void aRenamedCopyIsSkippedAndTwinsInOneRunAreProcessedOnce() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 2, 400);
        Files.copy(batch.statements.get(0).file(), batch.dir.resolve("twin.pdf"));
        RunSummary first = new BulkProcessor().processBatch(options(batch.dir, 2));
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(1);

        Files.move(batch.statements.get(1).file(), batch.dir.resolve("renamed.pdf"));
        RunSummary second = new BulkProcessor().processBatch(skipping(options(batch.dir, 2)));
        assertThat(second.skipped() + second.duplicates()).isEqualTo(3);
        assertThat(second.imported()).isZero();
    }

    @Test
    void aDatabaseWriteFailureRollsBackThatFileOnly() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 4, 500);
        new BulkProcessor().processBatch(options(Files.createDirectories(tmp.resolve("empty")), 1));
        String victim = batch.statements.get(2).transactions().get(1).description();
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            db.execute("CREATE TRIGGER poison BEFORE INSERT ON transactions WHEN NEW.description = '"
                    + victim.replace("'", "''") + "' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }

        RunSummary summary = new BulkProcessor().processBatch(options(batch.dir, 2));

        assertThat(summary.imported()).isEqualTo(3);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.stoppedEarly()).isFalse();
        String hash = dev.pdfbulk.scan.Sha256Hasher.hash(tmp.resolve("failed").resolve("stmt_002.pdf"));
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            assertThat(db.count("SELECT count(*) FROM transactions WHERE file_hash = '" + hash + "'")).isZero();
            assertThat(db.text("SELECT status FROM import_logs WHERE file_hash = '" + hash + "'")).isEqualTo("failed");
            assertThat(db.text("SELECT error FROM import_logs WHERE file_hash = '" + hash + "'"))
                    .contains("database write failed");
        }
        assertThat(tmp.resolve("out/stmt_002.csv")).doesNotExist();
    }

    @Test
    void anUnusableDatabaseStopsTheRunCleanly() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 2, 600);
        Files.createDirectories(tmp.resolve("ledger.db"));

        RunSummary summary = new BulkProcessor().processBatch(options(batch.dir, 2));

        assertThat(summary.stoppedEarly()).isTrue();
        assertThat(summary.fatalError()).contains("ledger.db");
        assertThat(batch.statements.get(0).file()).exists();
    }

    @Test
    void aWorkerThatThrowsAnErrorFailsOnlyItsFile() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 4, 700);
        PdfBoxTextExtractor real = new PdfBoxTextExtractor();
        TextExtractor flaky = (pdf, options, sink) -> {
            if (pdf.getFileName().toString().equals("stmt_001.pdf")) {
                throw new OutOfMemoryError("simulated");
            }
            if (pdf.getFileName().toString().equals("stmt_002.pdf")) {
                throw new IllegalStateException("simulated bug");
            }
            return real.extract(pdf, options, sink);
        };

        RunSummary summary = new BulkProcessor(IngestListener.NONE, flaky).processBatch(options(batch.dir, 2));

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.failures()).containsEntry(FailureReason.RESOURCE_LIMIT, 1)
                .containsEntry(FailureReason.INTERNAL, 1);
        assertThat(tmp.resolve("failed/stmt_001.pdf")).exists();
        assertThat(tmp.resolve("failed/stmt_002.pdf")).exists();
    }

    @Test
    void retryFailedMovesBackWhatNowImports() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 2, 800);
        var spec = RandomStatements.spec(801, Layouts.ukCurrentAccount(), 8);
        BadPdfs.encrypted(spec, batch.dir.resolve("locked.pdf"), "s3cret");
        BadPdfs.letter(batch.dir.resolve("letter.pdf"));
        IngestOptions first = options(batch.dir, 2);
        RunSummary before = new BulkProcessor().processBatch(first);
        assertThat(before.failed()).isEqualTo(2);
        assertThat(tmp.resolve("failed/locked.pdf")).exists();

        IngestOptions retry = new IngestOptions(first.pdfDir(), first.outputDir(), first.database(),
                first.failedDir(), 2, true, true, false, false,
                ExtractionOptions.defaults().withPasswords(List.of("wrong", "s3cret")), first.timeout(),
                first.maxFileSize());
        RunSummary after = new BulkProcessor().processBatch(retry);

        assertThat(after.imported()).isEqualTo(1);
        assertThat(after.skipped()).isEqualTo(2);
        assertThat(after.failed()).isEqualTo(1);
        assertThat(batch.dir.resolve("locked.pdf")).exists();
        assertThat(tmp.resolve("failed/locked.pdf")).doesNotExist();
        assertThat(tmp.resolve("failed/locked.pdf.error.txt")).doesNotExist();
        assertThat(tmp.resolve("failed/letter.pdf")).exists();
        assertThat(tmp.resolve("failed/letter.pdf (1)")).doesNotExist();
        assertThat(tmp.resolve("out/locked.csv")).exists();
    }

    @Test
    void aFileMovedBackByHandIsRetried() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 1, 900);
        BadPdfs.letter(batch.dir.resolve("letter.pdf"));
        new BulkProcessor().processBatch(options(batch.dir, 1));
        Files.move(tmp.resolve("failed/letter.pdf"), batch.dir.resolve("letter.pdf"));

        RunSummary again = new BulkProcessor().processBatch(skipping(options(batch.dir, 1)));

        assertThat(again.failed()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(tmp.resolve("failed/letter.pdf")).exists();
        assertThat(tmp.resolve("failed").toFile().list()).containsExactlyInAnyOrder("letter.pdf",
                "letter.pdf.error.txt");
    }
}
