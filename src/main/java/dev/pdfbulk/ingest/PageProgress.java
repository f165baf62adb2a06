package dev.pdfbulk.ingest;

/**
 * Hears how far the reading of one file got, so progress can move during a long statement rather than
 * jump when it ends. Called on the thread that reads the file, once per page in page order; must be quick
 * and must not throw.
 */
@FunctionalInterface
public interface PageProgress {

    /** For callers that do not follow pages. */
    PageProgress NONE = (number, pageCount) -> { };

    /**
     * @param number    the page just read, 1-based
     * @param pageCount pages in the file, at least {@code number}
     */
    void pageRead(int number, int pageCount);
}
