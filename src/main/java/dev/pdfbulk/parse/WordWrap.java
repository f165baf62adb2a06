package dev.pdfbulk.parse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the words say of where a line of text between two rows belongs, where the distances say nothing (lines set
 * evenly, a grid aligned to the bottom of its cells without padding looking like one aligned to the top). A
 * description wraps where its next word no longer fits: its first lines are full, its last one need not be. Text
 * the row above could have taken on its line (that line short of the column's width by the text's first word and
 * a tenth to spare), itself at least half the column's width and too full to take the next row's first word (however
 * far short of the widest it ends: type is not monospaced, "CARD PURCHASE WHOLE FOODS" over "MARKET #1042" beside a
 * widest line of 28 characters), reads as the first line of the row below,
 * not the rest of the row above ("DEWA BILL PAYMENT 2004417833" over "INWARD REMITTANCE FROM MOHAMMED ALI REF" over
 * "03/04/2025 FT308139 2,090.61"). Widths are counted in characters, the column's width being its widest line with a
 * space (one word alone may overflow the column; a line under half the width shows none it wrapped at); a
 * table with fewer than three lines within a tenth of it shows no width its descriptions wrap at, and is left alone
 * (a short type line over a longer detail line: "Platba kartou" over "LIDL SLOVENSKA REPUBLIKA"). Lines measured in
 * points ({@link WrapEdge}) show the width without full lines: what either finds is in doubt.
 * Stateless and thread-safe.
 */
final class WordWrap {

    // The row above must be short of the column's width by this share at least (type is not monospaced), and the
    // lines counted full (FILLED) no further short of it.
    private static final float SPARE = 0.9f;

    // Lines within a tenth of the widest there must be to show descriptions wrapped at a width (one alone proves none).
    private static final int FILLED = 3;

    private WordWrap() {
    }

    /**
     * The text lines between two complete rows on one page whose words show them the first lines of the row below
     * (each short line above could have taken the line's first word; the line, near the column's width, could not
     * take the next line's). A short line under a short row (a rate, a reference: "USD 77.81@1.0921") is none.
     */
    static Set<TableLine> beginningRowBelow(List<TableLine> lines) {
        Set<TableLine> byCharacters = byCharacters(lines);
        Set<TableLine> byPoints = WrapEdge.beginningRowBelow(lines);
        if (byPoints.isEmpty() || byCharacters.isEmpty()) {
            return byPoints.isEmpty() ? byCharacters : byPoints;
        }
        byPoints.addAll(byCharacters);
        return byPoints;
    }

    /**
     * The lines within a tenth of the table's widest line with a space, counted in characters, where three at least
     * are: the table's descriptions run up against a width. Empty where they never do, wrapped by no width (a short
     * type line over a longer detail line, "Platba kartou" over "LIDL SLOVENSKA REPUBLIKA"): their lines' ends then
     * say nothing.
     */
    static Set<TableLine> fullLines(List<TableLine> lines) {
        return fullLines(lines, widest(lines));
    }

    private static Set<TableLine> fullLines(List<TableLine> lines, int widest) {
        Set<TableLine> full = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableLine line : lines) {
            if (line.marker() == null && line.description().length() >= SPARE * widest) {
                full.add(line);
            }
        }
        return full.size() >= FILLED ? full : Set.of();
    }

    /** The column's width counted in characters: its widest line with a space (0 where none has one). */
    static int widest(List<TableLine> lines) {
        int widest = 0;
        for (TableLine line : lines) {
            if (line.marker() == null && line.description().indexOf(' ') > 0) {
                widest = Math.max(widest, line.description().length());
            }
        }
        return widest;
    }

    // Counted in characters, the column's width its widest line with a space.
    private static Set<TableLine> byCharacters(List<TableLine> lines) {
        int widest = widest(lines);
        if (fullLines(lines, widest).isEmpty()) {
            // Descriptions that never run up against a width do not wrap by it: their lines say nothing.
            return Set.of();
        }
        Set<TableLine> found = null;
        for (int k = 0; k + 1 < lines.size(); k++) {
            TableLine row = lines.get(k);
            int j = blockEnd(lines, k);
            if (j < 0) {
                continue;
            }
            TableLine first = lines.get(k + 1);
            if (row.description().isEmpty() || !roomFor(row, first, widest)) {
                continue;
            }
            boolean fullLines = true;
            for (int t = k + 1; t < j && fullLines; t++) {
                fullLines = tooFullFor(lines.get(t), lines.get(t + 1), widest);
            }
            if (fullLines) {
                found = found != null ? found : Collections.newSetFromMap(new IdentityHashMap<>());
                found.addAll(lines.subList(k + 1, j));
            }
        }
        return found != null ? found : Set.of();
    }

    /**
     * Whether {@code line} had room, a tenth of the column's {@code widest} characters to spare, for the first word of
     * {@code after}: the description would have taken it there, so the line ended its paragraph.
     */
    static boolean roomFor(TableLine line, TableLine after, int widest) {
        return line.description().length() + 1 + firstWord(after) <= SPARE * widest;
    }

    /**
     * Whether {@code line}, half the column's {@code widest} characters at least, is too full for the first word of
     * {@code after}: set as a wrapped description's line before it.
     */
    static boolean tooFullFor(TableLine line, TableLine after, int widest) {
        int length = line.description().length();
        return 2 * length >= widest && length + 1 + firstWord(after) > widest;
    }

    private static int firstWord(TableLine line) {
        String d = line.description();
        int space = d.indexOf(' ');
        return space < 0 ? d.length() : space;
    }

    /**
     * Where the text lines after the row at {@code k} end: the index of the next row, on the same page as the row
     * at {@code k}, with only text lines between them (one at least); -1 where {@code k} starts no such block.
     */
    static int blockEnd(List<TableLine> lines, int k) {
        TableLine row = lines.get(k);
        if (!isRow(row) || k + 1 >= lines.size() || !lines.get(k + 1).isTextOnly()) {
            return -1;
        }
        int j = k + 1;
        while (j < lines.size() && lines.get(j).isTextOnly() && lines.get(j).page() == row.page()) {
            j++;
        }
        return j < lines.size() && isRow(lines.get(j)) && lines.get(j).page() == row.page() ? j : -1;
    }

    // A line of a row: its amount on it (a balance or total row is none).
    private static boolean isRow(TableLine line) {
        return line.marker() == null && line.hasTransactionMoney();
    }
}
