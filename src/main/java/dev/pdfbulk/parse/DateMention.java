package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A date found inside a line of text, with the words around it.
 *
 * @param date  the date
 * @param from  index of its first word in the line
 * @param to    index after its last word
 */
record DateMention(RawDate date, int from, int to) {

    // The word between a period's two dates: "to", "bis", "au", "al", "tot", "t/m", "até", Polish and Czech "do" ("od
    // 01.03.2025 do 31.03.2025"), Spanish "hasta", Danish and Norwegian "til", Swedish "t.o.m.", Russian and
    // Ukrainian "по" and "до" ("с 01.06.2024 по 30.06.2024"), Belarusian "па" ("з 01.06.2025 па 30.06.2025") and Tajik
    // "то" ("аз 01.06.2025 то 30.06.2025"), Swahili "hadi" ("01/06/2025 hadi 30/06/2025"), Bengali "থেকে" (from the first date: "০১/০৬/২০২৫ থেকে ৩০/০৬/২০২৫"), and the tilde Japanese and Korean set between two dates
    // ("R7.10.01～R7.10.31", "2025.10.01 ~ 2025.10.31").
    private static final Pattern RANGE_WORD = Pattern.compile(
            "^(?:to|--?|–|—|bis|au|through|thru|until|till|til|t\\.o\\.m\\.|a|al|t/m|tot|até|do|hasta|по|до|па|то|hadi|থেকে|~|\uff5e"
                    + "|\u301c)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // The most words a date takes: "31 de marzo de 2025".
    private static final int MOST_WORDS = 5;

    /** Every date in the line, longest reading first at each position, not overlapping. */
    static List<DateMention> find(List<Word> words) {
        List<DateMention> out = new ArrayList<>();
        // A date needs a digit: the runs from i that end before the next word with one are not read.
        int[] digit = Phrase.nextWithDigit(words);
        int i = 0;
        while (i < words.size()) {
            DateMention found = longestAt(words, i, digit[i] - i + 1);
            if (found != null && found.to() < words.size() && isOtherEra(words.get(found.to()).text())) {
                // "(2082-02-18 BS)": the same day in another calendar, beside the Gregorian date, is no date here.
                i = found.to() + 1;
                continue;
            }
            if (found != null) {
                DateMention day = dayBefore(words, found, out.isEmpty() ? 0 : out.get(out.size() - 1).to());
                if (day != null) {
                    out.add(day);
                }
                out.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest date of at least {@code fewest} words starting at word {@code i}; null when none reads. */
    static DateMention longestAt(List<Word> words, int i, int fewest) {
        for (int n = Math.min(MOST_WORDS, words.size() - i); n >= fewest; n--) {
            var date = DateParser.parseInText(withoutBrackets(Phrase.join(words, i, i + n)));
            if (date.isPresent()) {
                return new DateMention(date.get(), i, i + n);
            }
        }
        return null;
    }

    // The era a date of another calendar is marked with: Bikram Sambat ("BS", "B.S.", "VS"), Hijri ("AH", "A.H.",
    // "هـ"), a closing bracket or comma after it kept out.
    private static boolean isOtherEra(String word) {
        String w = word.length() > 1 && ",;)]".indexOf(word.charAt(word.length() - 1)) >= 0
                ? word.substring(0, word.length() - 1) : word;
        return switch (w) {
            case "BS", "B.S.", "B.S", "VS", "V.S.", "AH", "A.H.", "هـ" -> true;
            default -> false;
        };
    }

    /** True when the word joins the two dates of a range ("to", "bis", "al", "t/m", "-"). */
    static boolean isRangeWord(String word) {
        return RANGE_WORD.matcher(word).matches();
    }

    // "del 1 al 31 de marzo de 2025", "1 to 31 March 2025": a bare day before a range word and a date with its month
    // named is that month's day, in that year; null when the words before the date are not such a day.
    private static DateMention dayBefore(List<Word> words, DateMention date, int free) {
        int at = date.from() - 2;
        if (at < free || !date.date().monthKnown() || !isRangeWord(words.get(at + 1).text())
                || Phrase.join(words, date.from(), date.to()).chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String day = words.get(at).text();
        if (day.isEmpty() || day.length() > 2 || !RegexChars.isDigits(day)) {
            return null;
        }
        int d = Integer.parseInt(day);
        RawDate end = date.date();
        return d >= 1 && d < end.second() ? new DateMention(new RawDate(end.first(), d, end.year(), true), at, at + 1)
                : null;
    }

    // "12/01/2025," reads as a date: one trailing comma, semicolon or colon is dropped.
    // A period set in brackets ("(01 Aug 2025 to 31 Aug 2025)") or a date before a comma or colon is that date.
    private static String withoutBrackets(String text) {
        int from = !text.isEmpty() && (text.charAt(0) == '(' || text.charAt(0) == '[') ? 1 : 0;
        int last = text.length() - 1;
        if (last >= from) {
            char c = text.charAt(last);
            if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']') {
                return text.substring(from, last);
            }
        }
        return from == 0 ? text : text.substring(from);
    }
}
