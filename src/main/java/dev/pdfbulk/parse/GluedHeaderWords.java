package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parts header cells set tight against each other, so close that no word break was seen between them: "ID" and
 * "Description" printed a hair apart come out as one word, "IDDescription". Such a word, unknown as it stands, reads
 * as the two header words it is made of, each with its share of the width. Stateless and thread-safe.
 */
final class GluedHeaderWords {

    // Each part is a word of at least this many letters: "ID", "In" and "Af" are the shortest header words.
    private static final int MIN_PART = 2;

    private GluedHeaderWords() {
    }

    /** The words with every glued pair of header words parted; the same list when there is none. */
    static List<Word> parted(List<Word> words) {
        return parted(words, new HashSet<>());
    }

    /** As {@link #parted(List)}, adding to firstParts each first part: its right edge is an estimate. */
    static List<Word> parted(List<Word> words, Set<Word> firstParts) {
        List<Word> out = null;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            int at = splitAt(k == 0 ? null : words.get(k - 1).text(), w.text());
            if (at > 0 && out == null) {
                out = new ArrayList<>(words.subList(0, k));
            }
            if (at > 0) {
                // Widths share out by letters: good enough to tell the two columns' edges apart.
                float first = w.width() * at / w.text().length();
                Word part = new Word(w.text().substring(0, at), w.x(), w.y(), first, w.height(), w.space());
                firstParts.add(part);
                out.add(part);
                out.add(new Word(w.text().substring(at), w.x() + first, w.y(), w.width() - first, w.height(),
                        w.space()));
            } else if (out != null) {
                out.add(w);
            }
        }
        return out == null ? words : out;
    }

    /**
     * Where a word unknown to the header vocabulary parts into two header words, the second starting with a capital
     * (a cell's first letter, "IDDescription", "TimeID"); 0 when it does not. A known word is never parted.
     */
    static int splitAt(String text) {
        return splitAt(null, text);
    }

    /**
     * As {@link #splitAt(String)}, where the first part may also be an abbreviation ending in a dot right after a
     * header word ({@code previous}, may be null), which it belongs to as any unknown word set there does: "Date" then
     * "val.Libellé" parts after "val.", "Date val." naming a column as "Date opé." does.
     */
    static int splitAt(String previous, String text) {
        if (text.length() < 2 * MIN_PART || !Character.isLetter(text.charAt(0))
                || HeaderVocabulary.kindOf(text) != null || HeaderQualifiers.isQualifier(text)) {
            return 0;
        }
        for (int at = MIN_PART; at <= text.length() - MIN_PART; at++) {
            // A dot ends an abbreviation ("val."), so a capital right after it starts a word as one after a letter does.
            char before = text.charAt(at - 1);
            if (Character.isUpperCase(text.charAt(at)) && (Character.isLetter(before) || before == '.')
                    && names(previous, text.substring(0, at))
                    && HeaderVocabulary.kindOf(text.substring(at)) != null) {
                return at;
            }
        }
        return HeaderWords.isHeaderWord(text) ? 0 : wordsOfPhrases(text);
    }

    // Where a word parts, lower case to capital, into two words of header phrases set over two rows ("Transaction"
    // over "Date" against "Posting" over "Date"); 0 when it does not. Only header rows are read this way.
    private static int wordsOfPhrases(String text) {
        for (int at = MIN_PART; at <= text.length() - MIN_PART; at++) {
            if (Character.isUpperCase(text.charAt(at)) && Character.isLowerCase(text.charAt(at - 1))
                    && HeaderWords.isHeaderWord(text.substring(0, at))
                    && HeaderWords.isHeaderWord(text.substring(at))) {
                return at;
            }
        }
        return 0;
    }

    // Whether the first part is a header word, or an abbreviation that goes with the header word before it.
    private static boolean names(String previous, String part) {
        return HeaderVocabulary.kindOf(part) != null
                || part.endsWith(".") && previous != null && HeaderVocabulary.kindOf(previous) != null;
    }
}
