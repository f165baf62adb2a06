package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.ExtractionSummary;
import dev.pdfbulk.extract.TextExtractor;
import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.parse.StatementParser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One PDF to one verified statement: extraction streamed page by page into the parser, then the
 * judgements that need both (a damaged file whose numbers do not add up is corrupt, not unreconciled).
 * Thread-safe: each call uses its own parser.
 */
public final class StatementReader {

    /**
     * A statement and what extraction saw of the file.
     *
     * @param statement the parsed statement, possibly unreconciled
     * @param summary   pages read, damage
     */
    public record Result(Statement statement, ExtractionSummary summary) {
    }

    private final TextExtractor extractor;

    public StatementReader(TextExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Reads and verifies one statement.
     *
     * @throws StatementException   the file's failure class; an unreconciled statement is returned, not thrown,
     *                              unless the file is damaged
     * @throws InterruptedException when interrupted; the interrupt flag is restored
     */
    public Result read(Path pdf, ExtractionOptions options) throws StatementException, InterruptedException {
        return read(pdf, options, PageProgress.NONE);
    }

    /**
     * Reads and verifies one statement, telling {@code progress} of each page as it is parsed.
     *
     * @throws StatementException   as {@link #read(Path, ExtractionOptions)}
     * @throws InterruptedException when interrupted; the interrupt flag is restored
     */
    public Result read(Path pdf, ExtractionOptions options, PageProgress progress)
            throws StatementException, InterruptedException {
        StatementParser parser = StatementParser.create();
        ExtractionSummary summary = extractor.extract(pdf, options, page -> {
            parser.accept(page);
            progress.pageRead(page.number(), page.pageCount());
        });
        Statement statement;
        try {
            statement = parser.finish();
        } catch (StatementException e) {
            if (summary.damaged()) {
                throw new StatementException(FailureReason.CORRUPT, "truncated PDF: " + recovered(summary)
                        + ", " + e.getMessage(), e);
            }
            // Without an image, "a scan" is a guess: the pages are blank, or their content could not be read.
            if (e.reason() == FailureReason.NO_TEXT && !summary.imagesSeen()) {
                throw new StatementException(FailureReason.NO_TEXT, "no text layer on any of " + summary.pages()
                        + " page(s), and no image on them: blank pages, or content that could not be read", e);
            }
            if (e.reason() == FailureReason.NO_TRANSACTIONS && summary.imagesSeen()) {
                throw new StatementException(FailureReason.NO_TRANSACTIONS, e.getMessage()
                        + "; its pages hold images, so part may be scanned (OCR needed)", e);
            }
            throw e;
        }
        if (summary.damaged() && statement.reconciliation().status() != ReconciliationStatus.RECONCILED) {
            throw new StatementException(FailureReason.CORRUPT, "truncated PDF: " + recovered(summary)
                    + " and the transactions read do not reconcile (" + statement.reconciliation().detail() + ")");
        }
        return new Result(statement, summary);
    }

    /**
     * Warms up extraction and parsing on the extractor's built-in sample (see {@link TextExtractor#warmUp});
     * never throws.
     */
    public void warmUp() {
        StatementParser parser = StatementParser.create();
        try {
            extractor.warmUp(parser);
            parser.finish();
        } catch (StatementException | RuntimeException e) {
            // Only warming up: whatever the sample gave, the classes are loaded.
        }
    }

    private static String recovered(ExtractionSummary summary) {
        return summary.declaredPages() > summary.pages()
                ? "only " + summary.pages() + " of " + summary.declaredPages() + " pages recovered"
                : "the file ends before its end-of-file marker";
    }
}
