package dev.pdfbulk.extract;

/**
 * What an extraction read.
 *
 * @param pages         pages read
 * @param declaredPages pages the document claims to have (may exceed {@code pages} for a damaged file)
 * @param damaged       true when the file is truncated or PDFBox had to rebuild its structure
 * @param imagesSeen    true when any page draws an image (a hint that text-less pages are scans)
 */
public record ExtractionSummary(int pages, int declaredPages, boolean damaged, boolean imagesSeen) {
}
