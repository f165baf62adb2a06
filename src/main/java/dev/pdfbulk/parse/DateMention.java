package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * A date found inside a line of text, with the words around it.
 *
 * @param date  the date
 * @param from  index of its first word in the line
 * @param to    index after its last word
 */
record DateMention(RawDate date, int from, int to) {

    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,;:]$");

    /** Every date in the line, longest reading first at each position, not overlapping. */
    static List<DateMention> find(List<Word> words) {
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            DateMention found = null;
            for (int n = Math.min(4, words.size() - i); n >= 1 && found == null; n--) {
                String text = TRAILING_PUNCTUATION.matcher(Phrase.join(words.subList(i, i + n))).replaceAll("");
                var date = DateParser.parse(text);
                if (date.isPresent()) {
                    found = new DateMention(date.get(), i, i + n);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
