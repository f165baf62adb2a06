package dev.pdfbulk.model;

import java.util.List;

/**
 * The words of one page, in no guaranteed order.
 *
 * @param number    1-based page number
 * @param pageCount pages in the document, at least {@code number}: lets a reader tell how far it got
 * @param width  page width in user-space units
 * @param height page height in user-space units
 * @param words  the words; an empty list means the page has no text layer
 */
public record PageText(int number, int pageCount, float width, float height, List<Word> words) {
    public PageText {
        words = List.copyOf(words);
    }
}
