package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A row under the header holding only the currency or unit of the money columns ("(£)" wrapped alone under
 * "Money Out", or "EUR", "in $", "(GBP)" set under each money header): the unit qualifies the header words
 * above it, as it would beside them. Such a row is part of the header; read as a row it would end the table
 * before its first row. Also reads a unit glued to its header word ("Amount($)"). Stateless.
 */
final class HeaderUnits {

    /** Currency signs a header may print glued before its word. */
    private static final String LEADING_SIGNS = "£$€¥₹";

    // "in $", "en EUR": a linking word before the unit; more words than that make a phrase, not a unit.
    private static final int MAX_WORDS = 2;

    private HeaderUnits() {
    }

    /** {@code found} at {@code lines[index]}, widened by the row under it when that row holds only units. */
    static HeaderDetector.Found extend(HeaderDetector.Found found, List<Line> lines, int index) {
        int below = index + found.linesUsed();
        if (below >= lines.size() || !HeaderDetector.close(lines.get(below - 1), lines.get(below))
                || !onlyUnits(lines.get(below), found.columns()) && !foreignCaption(lines.get(below), found.columns())) {
            return found;
        }
        return new HeaderDetector.Found(found.columns(), found.linesUsed() + 1);
    }

    // One cell alone under a money column's header naming money the row does not move ("Сумма в валюте операции",
    // "Original amount" under "СУММА В ВАЛЮТЕ СЧЁТА"): what each row prints on its second line under that amount.
    private static boolean foreignCaption(Line line, TableColumns columns) {
        List<Phrase> cells = Phrase.split(line);
        if (cells.size() != 1 || cells.get(0).words().size() > 6) {
            return false;
        }
        Column column = HeaderTranslation.overlapped(cells.get(0), columns);
        return column != null && column.kind().isMoney() && column.kind() != ColumnKind.BALANCE
                && InformationalColumnWords.namesForeignAmount(Phrase.join(cells.get(0).words(), 0, cells.get(0).words().size()));
    }

    // Every cell is a unit lying under the header of one money column, of an other column (money the row does not
    // move, "Tax (RM)", has its unit too) or of no column at all (a header word the vocabulary does not know); at
    // least one lies under a money column.
    private static boolean onlyUnits(Line line, TableColumns columns) {
        boolean underMoney = false;
        for (Phrase cell : Phrase.split(line)) {
            if (!unit(cell.words())) {
                return false;
            }
            Column column = HeaderTranslation.overlapped(cell, columns);
            if (column != null && !column.kind().isMoney() && column.kind() != ColumnKind.OTHER
                    || column == null && overlapsAny(cell, columns)) {
                return false;
            }
            underMoney |= column != null && column.kind().isMoney();
        }
        return underMoney;
    }

    // True when the cell overlaps a column (two of them, as overlapped answers null for a cell across two).
    private static boolean overlapsAny(Phrase cell, TableColumns columns) {
        for (Column c : columns.columns()) {
            if (cell.left() < c.right() && cell.right() > c.left()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A normalised header word without a currency unit in parentheses glued to its end ("amount($)", "amt.(eur)" read
     * as "amount", "amt."): it qualifies the word as one set a space apart does. The word itself when it has none.
     */
    static String withoutGluedUnit(String normalised) {
        return withoutUnit(normalised, false);
    }

    /**
     * A normalised header phrase without a currency unit in parentheses at its end, glued or a space apart
     * ("debits ($)", the last of two alternatives, read as "debits"); the phrase itself when it has none.
     */
    static String withoutUnit(String normalised) {
        return withoutUnit(normalised, true);
    }

    private static String withoutUnit(String normalised, boolean spaced) {
        if (normalised.endsWith("\uff09")) {
            // Japanese sets the unit in full-width parentheses ("現在高（円）"), which say what "(円)" does.
            String ascii = normalised.replace('\uff08', '(').replace('\uff09', ')');
            String stem = withoutUnit(ascii, spaced);
            return stem.equals(ascii) ? normalised : stem;
        }
        // A currency sign glued before the word names its unit as "(£)" after it does: "£Out", "£In", "£Balance".
        if (normalised.length() > 2 && LEADING_SIGNS.indexOf(normalised.charAt(0)) >= 0
                && Character.isLetter(normalised.charAt(1))) {
            return normalised.substring(1);
        }
        int open = normalised.lastIndexOf('(');
        if (open < 1 || !normalised.endsWith(")")) {
            return normalised;
        }
        // Folding decomposed a Hangul unit into its letters ("(원)"): composed again, it is the sign amounts carry.
        String core = Normalizer.normalize(normalised.substring(open + 1, normalised.length() - 1),
                Normalizer.Form.NFC);
        // Glued to a word: a letter (or an abbreviation's dot after one) right before it, not a digit or a space.
        int last = normalised.charAt(open - 1) == '.' ? open - 2 : open - 1;
        if (spaced && last > 0 && normalised.charAt(last) == ' ') {
            // In a phrase ("debits ($)", a stacked cell's lower row) the unit a space apart qualifies it as well.
            last--;
            open--;
        }
        boolean glued = last >= 0 && Character.isLetter(normalised.charAt(last));
        return glued && !core.isEmpty() && HeaderQualifiers.isCurrencyUnit(core.toUpperCase(Locale.ROOT))
                ? normalised.substring(0, open) : normalised;
    }

    // A currency as headers print it ("(£)", "EUR", "(GBP)"), maybe after a qualifier such as "in".
    private static boolean unit(List<Word> words) {
        if (words.size() > MAX_WORDS || !HeaderQualifiers.isCurrencyUnit(words.get(words.size() - 1).text())) {
            return false;
        }
        // The unit itself was checked above ("RM" is a unit, not a qualifier's shape); the words before it qualify it.
        for (Word w : words.subList(0, words.size() - 1)) {
            if (!HeaderQualifiers.isQualifier(w.text())) {
                return false;
            }
        }
        return true;
    }
}
