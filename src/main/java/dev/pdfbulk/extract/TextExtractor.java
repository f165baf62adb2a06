package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the positioned words of a PDF, one page at a time, so that a long statement is never held whole.
 *
 * <p>Threading: implementations are stateless and may be shared by many threads; each call opens and
 * closes its own document. The sink is called on the calling thread, in page order.
 */
@FunctionalInterface
public interface TextExtractor {

    /** The failure message of a file removed (or renamed) between the scan and its read, as the caller says it too. */
    String REMOVED = "removed before it could be read";

    /**
     * Extracts {@code pdf} page by page.
     *
     * @param pdf     the file, not null
     * @param options passwords and limits, not null
     * @param sink    receives each page's words in page order, not null
     * @return what was read: page count and whether the file needed repair
     * @throws StatementException with the failure class when the file cannot be read (not a PDF, encrypted,
     *                            corrupt, over a limit); a page without text is not an error here
     * @throws InterruptedException when the calling thread is interrupted between pages; the interrupt flag
     *                            is restored before throwing
     */
    ExtractionSummary extract(Path pdf, ExtractionOptions options, Consumer<PageText> sink)
            throws StatementException, InterruptedException;

    /**
     * Gets ready for a batch: loads what the first file would otherwise load, and hands the pages of a
     * small built-in statement to the sink so that its reader can warm up too. Optional; never throws (a
     * failure here only means the first file pays instead). May be called on any thread, once, before
     * the batch's first {@link #extract}.
     */
    default void warmUp(Consumer<PageText> sink) {
    }
}
