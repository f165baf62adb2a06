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

    /** Every date in the line, longest reading first at each position, not overlapping. */
    static List<DateMention> find(List<Word> words) {
        List<DateMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            DateMention found = null;
            for (int n = Math.min(4, words.size() - i); n >= 1 && found == null; n--) {
                String text = withoutTrailingPunctuation(Phrase.join(words, i, i + n));
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

    // "12/01/2025," reads as a date: one trailing comma, semicolon or colon is dropped.
    private static String withoutTrailingPunctuation(String text) {
        int last = text.length() - 1;
        if (last >= 0) {
            char c = text.charAt(last);
            if (c == ',' || c == ';' || c == ':') {
                return text.substring(0, last);
            }
        }
        return text;
    }
}
