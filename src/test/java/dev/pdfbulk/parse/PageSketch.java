package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/** Builds pages of positioned words for parser tests: cells placed at x, 5 pt a character, 8 pt high. */
final class PageSketch {

    static final float CHAR = 5f;
    private final int number;
    private final List<Word> words = new ArrayList<>();
    private float y = 100;

    PageSketch(int number) {
        this.number = number;
    }

    /** Adds a line of cells: alternating x positions (left edge) and texts. */
    PageSketch line(Object... cells) {
        for (int i = 0; i < cells.length; i += 2) {
            float x = ((Number) cells[i]).floatValue();
            add(x, (String) cells[i + 1]);
        }
        y += 12;
        return this;
    }

    /** Adds a cell right-aligned at the given right edge. */
    PageSketch right(float rightEdge, String text) {
        add(rightEdge - text.length() * CHAR, text);
        return this;
    }

    /** Ends a line built with {@link #right}. */
    PageSketch next() {
        y += 12;
        return this;
    }

    PageSketch gap(float points) {
        y += points;
        return this;
    }

    PageSketch cell(float x, String text) {
        add(x, text);
        return this;
    }

    /** Adds a cell set in type of the given height (8 pt elsewhere). */
    PageSketch sized(float x, String text, float height) {
        add(x, text, height);
        return this;
    }

    private void add(float x, String text) {
        add(x, text, 8f);
    }

    private void add(float x, String text, float height) {
        float cursor = x;
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, cursor, y, w.length() * CHAR, height, CHAR));
            }
            cursor += (w.length() + 1) * CHAR;
        }
    }

    PageText page() {
        return new PageText(number, number, 600, 800, words);
    }

    List<Word> words() {
        return words;
    }

    /** Parses the sketched pages, in order, as one statement. */
    static Statement parse(PageSketch... pages) throws StatementException {
        StatementParser parser = StatementParser.create();
        for (PageSketch p : pages) {
            parser.accept(p.page());
        }
        return parser.finish();
    }
}
