package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Date columns named by their qualifier alone, the word "date" left out ("Trans. | Post | Description | Amount",
 * a card's narrow header): each such word reads as its whole phrase ("Trans. date", "Post date"). Only where the
 * header reads as none otherwise, holds nothing but header words, and the rows under it print dates under those
 * cells: a stray "Post" or "Trans." elsewhere starts no table. Stateless and thread-safe.
 */
final class ShortDateHeaders {

    /** The first words of the two-word date phrases ending in "date" that name no column alone ("trans", "post"). */
    private static final Set<String> QUALIFIERS = qualifiers();
    // Lines with nothing under the date column (section titles) that may stand between the header and its first row.
    private static final int TITLES = 2;

    private ShortDateHeaders() {
    }

    private static Set<String> qualifiers() {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, ColumnKind> phrase : HeaderVocabulary.phrases().entrySet()) {
            String[] words = phrase.getKey().split(" ");
            ColumnKind kind = phrase.getValue();
            boolean date = kind == ColumnKind.DATE || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE;
            if (date && words.length == 2 && "date".equals(words[1]) && HeaderVocabulary.kindOf(words[0]) == null) {
                out.add(words[0]);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The columns of {@code lines.get(index)} with its lone date qualifiers read as date columns, or empty: the line
     * must hold such a word, nothing but header words and qualifiers, and the line under it a date under the date column.
     */
    static Optional<TableColumns> columns(List<Line> lines, int index) {
        Line line = lines.get(index);
        List<Word> words = line.words();
        // Most lines fail at their first word (a date, a name): checked before each word is normalised below.
        if (!HeaderQualifiers.headerWordsOnly(words)) {
            return Optional.empty();
        }
        List<Word> spelled = null;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (QUALIFIERS.contains(HeaderVocabulary.normalise(w.text()))
                    && (k + 1 == words.size() || HeaderVocabulary.kindOf(words.get(k + 1).text()) != ColumnKind.DATE)) {
                spelled = spelled == null ? new ArrayList<>(words) : spelled;
                spelled.set(k, new Word(w.text() + " date", w.x(), w.y(), w.width(), w.height(), w.space()));
            }
        }
        if (spelled == null) {
            return Optional.empty();
        }
        Optional<TableColumns> columns = HeaderRow.columns(spelled);
        return columns.filter(c -> c.date() != null && datedBelow(lines, index, c.date()));
    }

    // The first line under the header that is not a rule and prints anything under the date column prints a date
    // there; before it, at most TITLES lines with nothing under that column (a section's title, "Payments", over its
    // rows, as Wells Fargo's card sets it).
    private static boolean datedBelow(List<Line> lines, int index, Column date) {
        int titles = 0;
        for (int k = index + 1; k < lines.size(); k++) {
            Line row = lines.get(k);
            if (row.isRule()) {
                continue;
            }
            List<Word> under = new ArrayList<>();
            for (Word w : row.words()) {
                if (w.centre() < date.right() + w.height() && w.centre() > date.left() - w.height()) {
                    under.add(w);
                }
            }
            if (under.isEmpty() && titles < TITLES) {
                titles++;
                continue;
            }
            return !under.isEmpty() && under.size() <= LineClassifier.DATE_WORDS
                    && DateParser.parse(Phrase.join(under)).isPresent();
        }
        return false;
    }
}
