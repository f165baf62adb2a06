package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One printed line: words sharing a baseline, left to right.
 *
 * @param page   1-based page number
 * @param y      baseline of the line
 * @param height tallest word on the line
 * @param words  words in x order, never empty
 */
record Line(int page, float y, float height, List<Word> words) {

    // Baselines closer than this share of the text height are one line.
    private static final float SAME_LINE = 0.45f;

    Line {
        words = List.copyOf(words);
    }

    String text() {
        return Phrase.join(words);
    }

    // Characters a rule is typed with in plain-text prints: dashes, underscores, equals signs, and the like.
    private static final String RULE_CHARS = "-_=~*.\u2013\u2014\u2500\u2501\u2550";
    // Where a printout's ruled box meets its column separators: "+-----+-----+".
    private static final String JOINTS = "+\u253c\u251c\u2524\u252c\u2534";
    // A printout's column separators, each a word of its own: "| 06/02/2025 | KROGER #0418 |".
    private static final String SEPARATORS = "|\u2502\u00a6\u2551";
    // A lone "-" or "--" is an empty cell's placeholder; a rule is drawn longer.
    private static final int MIN_RULE = 3;

    /**
     * True for a line drawn with characters, such as the dashes under a plain-text table's header
     * ("--------  ----------  -------"): each word one rule character repeated, at least one of them long.
     */
    boolean isRule() {
        int longest = 0;
        for (Word w : words) {
            String t = w.text();
            int from = JOINTS.indexOf(t.charAt(0)) >= 0 && t.length() > 1 ? 1 : 0;
            char c = t.charAt(from);
            if (RULE_CHARS.indexOf(c) < 0) {
                return false;
            }
            int run = 0;
            for (int k = from; k < t.length(); k++) {
                char d = t.charAt(k);
                if (d == c) {
                    run++;
                } else if (JOINTS.indexOf(d) < 0) {
                    return false;
                }
            }
            longest = Math.max(longest, run);
        }
        return longest >= MIN_RULE;
    }

    /** Groups a page's words into lines, top to bottom. */
    static List<Line> of(PageText page) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float baseline = 0;
        float height = 0;
        for (Word w : words) {
            if (isSeparator(w.text())) {
                continue;
            }
            float tolerance = Math.max(1f, SAME_LINE * Math.max(height, w.height()));
            if (!current.isEmpty() && w.y() - baseline > tolerance) {
                lines.add(finish(page.number(), current, baseline, height));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = w.y();
                height = 0;
            }
            current.add(w);
            height = Math.max(height, w.height());
        }
        if (!current.isEmpty()) {
            lines.add(finish(page.number(), current, baseline, height));
        }
        return lines;
    }

    // A separator is no text of any cell: rows read as if the printout had left gaps there.
    private static boolean isSeparator(String text) {
        return text.length() == 1 && SEPARATORS.indexOf(text.charAt(0)) >= 0;
    }

    private static Line finish(int page, List<Word> words, float baseline, float height) {
        words.sort(Comparator.comparingDouble(Word::x));
        return new Line(page, baseline, height > 0 ? height : 8f, words);
    }
}
