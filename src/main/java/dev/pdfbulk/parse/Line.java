package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Groups a page's words into lines, top to bottom. A word set far taller than the page's text (a 40 pt banner
     * or watermark across the rows, {@link #TALL} times the usual height or more) makes lines of its own: its
     * height would otherwise reach over the rows around it and group them into one line.
     */
    static List<Line> of(PageText page) {
        List<Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
        float tall = tallFrom(words);
        if (tall == 0) {
            return grouped(page.number(), words);
        }
        List<Word> body = new ArrayList<>(words.size());
        List<Word> large = new ArrayList<>();
        for (Word w : words) {
            (w.height() >= tall ? large : body).add(w);
        }
        List<Line> lines = grouped(page.number(), body);
        lines.addAll(grouped(page.number(), large));
        // Stable: on one baseline the body's line comes first.
        lines.sort(Comparator.comparingDouble(Line::y));
        return lines;
    }

    // A word this many times as tall as the page's usual word is no text of the lines around it.
    private static final float TALL = 4f;

    /** True when this line is set far taller than {@code other} ({@link #TALL} times or more): a banner over rows. */
    boolean farTallerThan(Line other) {
        return height >= TALL * other.height();
    }

    // The height from which a word of these is far taller than the page's text; 0 when none is (the common page,
    // found by its tallest and shortest word alone).
    private static float tallFrom(List<Word> words) {
        float min = Float.MAX_VALUE;
        float max = 0;
        for (Word w : words) {
            min = Math.min(min, w.height());
            max = Math.max(max, w.height());
        }
        if (words.isEmpty() || max < TALL * Math.max(min, 1f)) {
            return 0;
        }
        float[] heights = new float[words.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = words.get(i).height();
        }
        Arrays.sort(heights);
        float usual = Math.max(heights[heights.length / 2], 1f);
        return max >= TALL * usual ? TALL * usual : 0;
    }

    // Words in baseline order grouped into lines.
    private static List<Line> grouped(int page, List<Word> words) {
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
                lines.add(finish(page, current, baseline, height));
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
            lines.add(finish(page, current, baseline, height));
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
