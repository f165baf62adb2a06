package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where a label stands on a line: the words its pattern matched, the pattern matched on the line's words folded
 * (lower case, no accents: "SOLDE PRECEDENT" is a label) and joined by one space. The value a label names comes
 * after it, past linking words ("Statement date: 01/08/2025", "Balance as of ..."). Stateless and thread-safe.
 *
 * @param first index of the line's word the label starts in
 * @param last  index of the line's word the label ends in
 */
record PrintedLabel(int first, int last) {

    // Words that may stand between a label and its value (Ukrainian and Russian "на": "Вхідний залишок на 01.03.2025").
    private static final Pattern LINKING = Pattern.compile("[:.=-]|on|as|of|at|per|am|au|al|du|le|vom|zum|the|на|:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COLON = Pattern.compile("[:=]");

    /** The first match of {@code label} on the line, or null when it has none. */
    static PrintedLabel find(Line line, Pattern label) {
        MatchResult m = LabelSearch.of(label).find(foldedText(line), 0);
        if (m == null) {
            return null;
        }
        return new PrintedLabel(wordContaining(line, m.start()), wordContaining(line, m.end() - 1));
    }

    /** The index of the first word from {@code from} (and before {@code limit}) that is no linking word. */
    static int pastLinkingWords(List<Word> words, int from, int limit) {
        int k = from;
        while (k < limit && LINKING.matcher(words.get(k).text()).matches()) {
            k++;
        }
        return k;
    }

    /**
     * The index of the first word from {@code from} (and before {@code limit}) that is no colon: a colon may part a
     * date from its amount ("as on 1 Aug 2025 : 45,210.50"); a dash is left, as it may sign the amount.
     */
    static int pastColons(List<Word> words, int from, int limit) {
        int k = from;
        while (k < limit && COLON.matcher(words.get(k).text()).matches()) {
            k++;
        }
        return k;
    }

    private static String foldedText(Line line) {
        StringBuilder text = new StringBuilder();
        for (Word w : line.words()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Folding.fold(w.text()));
        }
        return text.toString();
    }

    // Index of the word that holds a character offset of the line's folded text (see foldedText).
    private static int wordContaining(Line line, int offset) {
        int pos = 0;
        List<Word> words = line.words();
        for (int k = 0; k < words.size(); k++) {
            pos += Folding.fold(words.get(k).text()).length();
            if (offset < pos) {
                return k;
            }
            pos++;
        }
        return words.size() - 1;
    }
}
