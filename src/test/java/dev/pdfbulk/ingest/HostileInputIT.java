package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.extract.TextExtractor;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.StatementPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Every class of bad input inside a batch of good files: each fails alone, with its own reason. */
class HostileInputIT {

    @TempDir
    Path tmp;

    private IngestOptions options(Path in, int workers, Duration timeout, long maxFileSize) {
        return new IngestOptions(in, tmp.resolve("out"), tmp.resolve("ledger.db"), tmp.resolve("failed"), workers,
                false, false, false, false, new ExtractionOptions(List.of(), 50, 1L << 20), timeout, maxFileSize);
    }

    @Test
    void eachBadFileFailsWithItsOwnReasonAndEveryGoodFileImports() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 6, 3_000);
        Path in = batch.dir;
        var spec = RandomStatements.spec(3_100, Layouts.usChecking(), 12);
        BadPdfs.empty(in.resolve("empty.pdf"));
        BadPdfs.textNamedPdf(in.resolve("renamed.pdf"));
        BadPdfs.truncated(batch.statements.get(0).file(), in.resolve("truncated.pdf"), 0.5);
        BadPdfs.encrypted(spec, in.resolve("encrypted.pdf"), "pw");
        BadPdfs.imageOnly(in.resolve("scanned.pdf"));
        BadPdfs.letter(in.resolve("letter.pdf"));
        BadPdfs.decompressionBomb(in.resolve("bomb.pdf"), 1L << 30);
        Path big = StatementPdfWriter.write(spec, in.resolve("oversized.pdf")).file();
        Files.write(big, new byte[600_000], StandardOpenOption.APPEND);
        Files.writeString(in.resolve("pdfbox-throws.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n"
                + "endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", StandardCharsets.ISO_8859_1);

        RunSummary summary = new BulkProcessor().processBatch(options(in, 2, Duration.ofSeconds(30), 500_000));

        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.failed()).isEqualTo(9);
        Map<String, String> expected = Map.of("empty.pdf", "not_pdf", "renamed.pdf", "not_pdf",
                "truncated.pdf", "corrupt", "encrypted.pdf", "encrypted", "scanned.pdf", "no_text",
                "letter.pdf", "no_transactions", "bomb.pdf", "resource_limit", "oversized.pdf", "resource_limit",
                "pdfbox-throws.pdf", "corrupt");
        try (LedgerProbe db = new LedgerProbe(tmp.resolve("ledger.db"))) {
            for (var e : expected.entrySet()) {
                assertThat(db.text("SELECT failure_reason FROM import_logs WHERE file_name = '" + e.getKey() + "'"))
                        .as(e.getKey()).isEqualTo(e.getValue());
                assertThat(Files.readString(tmp.resolve("failed").resolve(e.getKey() + ".error.txt")))
                        .as(e.getKey()).contains("reason: " + e.getValue());
            }
            assertThat(db.text("SELECT error FROM import_logs WHERE file_name = 'oversized.pdf'"))
                    .contains("over the size limit");
        }
    }

    @Test
    void aFileThatHangsTimesOutAndTheBatchKeepsGoing() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 4, 3_200);
        Files.copy(batch.statements.get(0).file(), batch.dir.resolve("hang.pdf"));
        Files.write(batch.dir.resolve("hang.pdf"), new byte[] {' '}, StandardOpenOption.APPEND);
        CountDownLatch release = new CountDownLatch(1);
        TextExtractor hanging = hangingOn("hang.pdf", release);

        RunSummary summary = new BulkProcessor(IngestListener.NONE, hanging)
                .processBatch(options(batch.dir, 1, Duration.ofMillis(700), 100L << 20));
        release.countDown();

        assertThat(summary.imported()).isEqualTo(4);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures()).containsEntry(FailureReason.TIMED_OUT, 1);
        assertThat(Files.readString(tmp.resolve("failed/hang.pdf.error.txt"))).contains("timed out after 0.7 s");
    }

    @Test
    void tooManyStuckFilesStopTheRunCleanly() throws Exception {
        Batch batch = Batch.of(tmp.resolve("in"), 1, 3_300);
        for (int i = 0; i < 4; i++) {
            Files.copy(batch.statements.get(0).file(), batch.dir.resolve("hang" + i + ".pdf"));
            Files.write(batch.dir.resolve("hang" + i + ".pdf"), new byte[i + 1], StandardOpenOption.APPEND);
        }
        CountDownLatch release = new CountDownLatch(1);

        RunSummary summary = new BulkProcessor(IngestListener.NONE, hangingOn("hang", release))
                .processBatch(options(batch.dir, 1, Duration.ofMillis(300), 100L << 20));
        release.countDown();

        assertThat(summary.stoppedEarly()).isTrue();
        assertThat(summary.fatalError()).contains("still being read");
        assertThat(summary.failures()).containsEntry(FailureReason.TIMED_OUT, 2);
    }

    @Test
    void timedOutReadsOfEndlessPagesStopInTheBackgroundSoTheBatchGoesOn() throws Exception {
        // given: more never-ending files (forms drawing forms, 2^40 draws) than abandoned reads are allowed
        Batch batch = Batch.of(tmp.resolve("in"), 2, 3_400);
        for (int i = 0; i < 4; i++) {
            BadPdfs.formFanOut(batch.dir.resolve("endless" + i + ".pdf"), 40 + i);
        }

        // when
        RunSummary summary = new BulkProcessor().processBatch(options(batch.dir, 1, Duration.ofSeconds(1), 100L << 20));

        // then: each fails on its own (over time, or over the operator limit), and the good files still import
        assertThat(summary.stoppedEarly()).as(summary.fatalError()).isFalse();
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(4);
        assertThat(summary.failures().keySet()).containsAnyOf(FailureReason.TIMED_OUT, FailureReason.RESOURCE_LIMIT);
    }

    @Test
    void aNewlineInAFailedFilesNameStaysOnTheSidecarsFileLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        BadPdfs.letter(in.resolve("letter\nreason: forged.pdf"));

        RunSummary summary = new BulkProcessor().processBatch(options(in, 1, Duration.ofSeconds(30), 100L << 20));

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(Files.readAllLines(tmp.resolve("failed").resolve("letter\nreason: forged.pdf.error.txt")))
                .startsWith("file: letter?reason: forged.pdf", "reason: no_transactions");
    }

    @Test
    void anUnexpectedFailureQuotingANameWithANewlineStaysOnOneLine() throws Exception {
        // given: an extractor failing with a message that quotes the file's path, newline and all
        Path in = Files.createDirectories(tmp.resolve("in"));
        BadPdfs.letter(in.resolve("letter\nerror: forged.pdf"));
        TextExtractor throwing = (pdf, options, sink) -> {
            throw new UnsupportedOperationException("cannot handle " + pdf);
        };
        List<FileOutcome> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                outcomes.add(outcome);
            }
        };

        // when
        new BulkProcessor(listener, throwing).processBatch(options(in, 1, Duration.ofSeconds(30), 100L << 20));

        // then: what the console and the sidecar show of the message is one line
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.message())
                .contains("letter?error: forged.pdf").doesNotContain("\n"));
        List<String> sidecar = Files.readAllLines(tmp.resolve("failed").resolve("letter\nerror: forged.pdf.error.txt"));
        assertThat(sidecar.get(3)).startsWith("time: ");
        assertThat(sidecar.get(2)).startsWith("error: unexpected").contains("letter?error: forged.pdf");
    }

    @Test
    void aFileRemovedBetweenTheScanAndTheReadFailsAloneWithOneReason() throws Exception {
        // given: a file that disappears after it was hashed, as PDFBox is about to open it
        Batch batch = Batch.of(tmp.resolve("in"), 2, 3_600);
        BadPdfs.letter(batch.dir.resolve("gone.pdf"));
        PdfBoxTextExtractor real = new PdfBoxTextExtractor();
        TextExtractor removing = (pdf, options, sink) -> {
            if (pdf.getFileName().toString().equals("gone.pdf")) {
                try {
                    Files.delete(pdf);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return real.extract(pdf, options, sink);
        };
        List<FileOutcome> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                outcomes.add(outcome);
            }
        };

        // when
        RunSummary summary = new BulkProcessor(listener, removing).processBatch(options(batch.dir, 1, Duration.ofSeconds(30), 100L << 20));

        // then
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(outcomes).filteredOn(o -> o.file().getFileName().toString().equals("gone.pdf")).singleElement()
                .satisfies(o -> assertThat(o.message()).as(o.toString()).isEqualTo("removed before it could be read"));
    }

    // Blocks files whose name starts with the prefix, ignoring interrupts as a stuck PDFBox would.
    private static TextExtractor hangingOn(String prefix, CountDownLatch release) {
        PdfBoxTextExtractor real = new PdfBoxTextExtractor();
        return (pdf, options, sink) -> {
            if (pdf.getFileName().toString().startsWith(prefix)) {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // A stuck parser does not notice interrupts; neither does this one.
                    }
                }
            }
            return real.extract(pdf, options, sink);
        };
    }
}
