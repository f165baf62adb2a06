package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boxes titled as points, rewards, miles or cashback ("Reward Points Summary" over "Opening Balance ... Closing
 * Balance" and their values): the balances in them count what the card's scheme holds for the holder, not the
 * statement's money, so their labels are never the statement's opening or closing balance. A box is its title, a
 * short line of words without digits that names such units, and the lines set close under it, no further apart than
 * a grid's rows, on the same page. Stateless.
 */
final class PointsBlocks {

    /** Words (folded) naming the units of a rewards scheme, in the vocabulary's languages. */
    // Compiled once: String.replaceAll and split compile their pattern again on every call, here on every line.
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Set<String> UNITS = Set.of("points", "point", "pts", "reward", "rewards", "miles",
            "cashback", "punkte", "bonuspunkte", "pramienpunkte", "puntos", "punti", "pontos", "punten", "punkty",
            "poang", "recompenses", "recompensas", "premi", "beloningen");
    /**
     * The other words a box's title may hold ("Reward Points Summary", "Your Miles Account"): a title with any other
     * word ("Summit Rewards Visa", the card's name) names no box of units.
     */
    private static final Set<String> TITLE_WORDS_ALSO = Set.of("summary", "your", "account", "statement", "balance",
            "program", "programme", "details", "membership", "overview", "activity", "bonus", "earned", "of", "and",
            "cash", "back", "zusammenfassung", "ubersicht", "resume", "resumen", "riepilogo", "resumo", "overzicht");
    // A title is a short phrase: a sentence that mentions points ("Points are credited ...") is none.
    private static final int TITLE_WORDS = 6;
    // Lines of one box follow each other at most this many text heights apart; a wider gap ends it.
    private static final float ROW_PITCH = 2.2f;

    private PointsBlocks() {
    }

    /** For each line, whether it lies in a box titled as points, rewards, miles or cashback (its title included). */
    static boolean[] of(List<Line> lines) {
        boolean[] inside = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (inside[i] || !isTitle(lines.get(i))) {
                continue;
            }
            inside[i] = true;
            for (int k = i + 1; k < lines.size() && close(lines.get(k - 1), lines.get(k)); k++) {
                inside[k] = true;
            }
        }
        return inside;
    }

    /** True for a short line without digits that names the units of a rewards scheme ("Reward Points Summary"). */
    static boolean isTitle(Line line) {
        List<Word> words = line.words();
        if (words.isEmpty() || words.size() > TITLE_WORDS) {
            return false;
        }
        boolean units = false;
        for (int k = 0; k < words.size(); k++) {
            String w = NOT_LETTER_OR_DIGIT.matcher(Folding.fold(words.get(k).text())).replaceAll("");
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            boolean cashBack = w.equals("back") && k > 0
                    && NOT_LETTER.matcher(Folding.fold(words.get(k - 1).text())).replaceAll("").equals("cash");
            units |= UNITS.contains(w) || cashBack;
            if (!UNITS.contains(w) && !TITLE_WORDS_ALSO.contains(w)) {
                return false;
            }
        }
        return units;
    }

    private static boolean close(Line upper, Line lower) {
        return lower.page() == upper.page()
                && lower.y() - upper.y() <= ROW_PITCH * Math.max(upper.height(), lower.height());
    }
}
