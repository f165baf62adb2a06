package dev.pdfbulk.extract;

import java.util.List;

/**
 * Passwords and limits for reading one PDF.
 *
 * @param passwords          passwords to try in turn after the empty one; never logged
 * @param maxPages           a document with more pages fails as over the limit
 * @param maxPageContentBytes decoded content-stream bytes allowed per page (stops decompression bombs)
 */
public record ExtractionOptions(List<String> passwords, int maxPages, long maxPageContentBytes) {

    public static final int DEFAULT_MAX_PAGES = 2_000;
    public static final long DEFAULT_MAX_PAGE_CONTENT_BYTES = 32L * 1024 * 1024;

    public ExtractionOptions {
        passwords = List.copyOf(passwords);
        if (maxPages < 1 || maxPageContentBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(List.of(), DEFAULT_MAX_PAGES, DEFAULT_MAX_PAGE_CONTENT_BYTES);
    }

    public ExtractionOptions withPasswords(List<String> newPasswords) {
        return new ExtractionOptions(newPasswords, maxPages, maxPageContentBytes);
    }

    @Override
    public String toString() {
        return "ExtractionOptions[passwords=" + passwords.size() + " given, maxPages=" + maxPages
                + ", maxPageContentBytes=" + maxPageContentBytes + "]";
    }
}
