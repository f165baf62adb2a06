package dev.pdfbulk.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement laid out on pages but not yet drawn: placed texts and rules in top-left coordinates.
 *
 * @param pages       the pages in order
 * @param entryPages  for each spec entry, the 1-based page its row starts on
 */
record Composition(List<Page> pages, int[] entryPages) {

    /** One text run; {@code x} is its left edge, or its right edge when {@code rightAligned}. */
    record Placed(String text, float x, float y, float size, boolean bold, boolean rightAligned) {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2) {
    }

    /** The content of one page; lists are filled during composition. */
    record Page(List<Placed> texts, List<Rule> rules) {
        static Page blank() {
            return new Page(new ArrayList<>(), new ArrayList<>());
        }

        void text(String text, float x, float y, float size, boolean bold) {
            texts.add(new Placed(text, x, y, size, bold, false));
        }

        void rightText(String text, float right, float y, float size, boolean bold) {
            texts.add(new Placed(text, right, y, size, bold, true));
        }

        void box(float left, float top, float right, float bottom) {
            rules.add(new Rule(left, top, right, top));
            rules.add(new Rule(right, top, right, bottom));
            rules.add(new Rule(right, bottom, left, bottom));
            rules.add(new Rule(left, bottom, left, top));
        }
    }
}
