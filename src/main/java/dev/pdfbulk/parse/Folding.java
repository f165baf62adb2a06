package dev.pdfbulk.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching words: lower case, accents and other combining marks removed, so "SOLDE CREDITEUR",
 * "solde créditeur" and "Übertrag"/"UBERTRAG" meet the same vocabulary. Stateless and thread-safe.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /**
     * Lower case (root locale) with every combining mark dropped after canonical decomposition (NFD), for any
     * script; letters that are no base letter plus marks ("ł", "ß", "ø") stay as they are.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Most rows are plain ASCII: they need no decomposition, which would cost on every row of every page.
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
