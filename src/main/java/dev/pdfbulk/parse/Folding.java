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
    private static final int LATIN1 = 0x100;
    /** Each Latin-1 letter folded on its own: Latin-1 holds no combining mark, so a text of them folds letter by letter. */
    private static final String[] LATIN1_FOLDED = latin1Folded();

    private Folding() {
    }

    /**
     * Lower case (root locale) with every combining mark dropped after canonical decomposition (NFD), for any
     * script; letters that are no base letter plus marks ("ł", "ß", "ø") stay as they are, except the Turkish
     * dotless "ı", which folds to "i" as its capital "I" does ("AÇIKLAMA" and "Açıklama" meet; "İ" loses its dot).
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Most rows are plain ASCII: they need no decomposition, which would cost on every row of every page.
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return foldFrom(lower, i);
            }
        }
        return lower;
    }

    /**
     * The text with its letters closed up where it is letter-spaced: every other character a single space between
     * single letters, at least three ("S A L D O", a label spaced out for emphasis, as Banco do Brasil prints its
     * closing row), reads as the word ("SALDO"); any other text as it is.
     */
    static String unspaced(String text) {
        int n = text.length();
        if (n < 5 || n % 2 == 0 || text.charAt(1) != ' ') {
            return text;
        }
        StringBuilder out = new StringBuilder(n / 2 + 1);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i % 2 == 1 ? c != ' ' : !Character.isLetter(c)) {
                return text;
            }
            if (i % 2 == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // The rest of the text from the first non-ASCII character; by table while the text stays within Latin-1
    // (the regex and the decomposition were 4 % of an ingest's samples on European statements).
    private static String foldFrom(String lower, int first) {
        StringBuilder out = new StringBuilder(lower.length()).append(lower, 0, first);
        for (int i = first; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= LATIN1) {
                return decomposed(lower);
            }
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(LATIN1_FOLDED[c]);
            }
        }
        return out.toString();
    }

    private static String decomposed(String lower) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('\u0131', 'i');
    }

    private static String[] latin1Folded() {
        String[] folded = new String[LATIN1];
        for (char c = 0; c < LATIN1; c++) {
            folded[c] = decomposed(String.valueOf(c));
        }
        return folded;
    }
}
