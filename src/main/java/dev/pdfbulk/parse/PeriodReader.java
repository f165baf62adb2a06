package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the statement period a line prints: two dates joined by a range word ("01/03/2025 to 31/03/2025",
 * "12/15/24 - 01/14/25"), or set close together ("12/15/24-01/14/25", as card statements print a billing
 * period), or any two dates on a line that names a period, or a month and its year alone on such a line ("Statement
 * period: May 2025", the whole month), or two dates labelled as the cycle's opening and closing ("Open Date: 12/13/24 -
 * Close Date: 01/12/25"). Stateless.
 */
final class PeriodReader {

    /**
     * A period found on a line.
     *
     * @param byWord true when the line names a period ("Statement period"), which wins over a bare range
     */
    record Found(RawDate start, RawDate end, boolean byWord) {
    }

    static final Pattern PERIOD_WORD = Pattern.compile(
            "period|período|zeitraum|période|periode|from|vom|statement dates|between|for the month|du |okres|období|"
                    // Vietnamese "Từ ngày 01/06/2024 đến ngày 30/06/2024" (from the day ... to the day ...).
                    + "từ ngày|"
                    // Arabic "الفترة" (the period: "الفترة : من 01/06/2025 إلى 30/06/2025").
                    + "فترة|"
                    // Persian "از تاریخ ... تا تاریخ ..." (from the date ... to the date ...).
                    + "از تاریخ|"
                    + EastAsianWords.PERIOD_WORDS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Searched where a word can start: find tried every wording at every character of each metadata line.
    private static final LabelSearch PERIOD_WORDS = LabelSearch.of(PERIOD_WORD);
    // Each end labelled, the first as the cycle's opening, the second as its closing ("Open Date: 12/13/24 - Close
    // Date: 01/12/25", "Start date 1 May 2025 End date 31 May 2025"): the words between the dates are no range word.
    private static final Pattern OPEN_CLOSE = Pattern.compile(
            "\\b(?:open|opening|start|beginning) date\\b.*\\b(?:close|closing|end|ending) date\\b"
                    // Chinese "起始日期：... 结束日期：..." (start date, end date), simplified or traditional.
                    + "|(?:起始|开始|開始)日期.*(?:结束|結束|终止|終止)日期"
                    // WeChat Pay's "起始时间：... 终止时间：..." (start time, end time).
                    + "|(?:起始|开始|開始)(?:时间|時間).*(?:结束|結束|终止|終止)(?:时间|時間)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    // The month a statement refers to, Portuguese: "Mês/ano referência", "Mês de referência", "Mês referência".
    private static final Pattern REFERENCE_MONTH = Pattern.compile("\\bm[eê]s(?:/ano)? (?:de )?refer[eê]ncia\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // A statement titled by the month it covers ("Kontoauszug Juni 2024", ING's): a month and its year alone after
    // it are the period, as after a period word; never a statement's number ("Kontoauszug 10/2025", Auszug Nr. 10).
    private static final String MONTH_TITLE = "kontoauszug";
    // The Chinese "date" a label ends in: "起始日期" (start date), "结束日期" (end date).
    private static final String DATE_LABEL = "日期";
    // What may join two dates with no space between them: a dash, a tilde (Japanese, Korean) or an English range word.
    private static final String[] GLUES = {"-", "\u2013", "\u2014", "through", "thru", "to", "~", "\uff5e", "\u301c"};

    private PeriodReader() {
    }

    /** The first period the line prints, or null. */
    static Found find(Line line) {
        List<Word> words = unglued(line.words());
        return find(line.text(), words, DateMention.find(words));
    }

    /**
     * The first period a line prints, or null, from its words already {@link #unglued} and the dates in them (the
     * caller reads those for other ends too).
     */
    static Found find(String text, List<Word> words, List<DateMention> mentions) {
        // A line of one date reads no period whatever its words (below): it is not searched for a period word.
        boolean byWord = mentions.size() != 1 && PERIOD_WORDS.in(text);
        for (int k = 0; k + 1 < mentions.size(); k++) {
            if (separatedByRange(words, mentions.get(k), mentions.get(k + 1)) || byWord && mentions.size() == 2) {
                return new Found(mentions.get(k).date(), mentions.get(k + 1).date(), byWord);
            }
        }
        if (mentions.size() == 2 && OPEN_CLOSE.matcher(text).find()) {
            return new Found(mentions.get(0).date(), mentions.get(1).date(), true);
        }
        // "PERIODE : MAY 2025" names a whole month: its first and last day are the period; so does the month a
        // Portuguese statement refers to ("Mês/ano referência: JUNHO/2025").
        return mentions.isEmpty() && (byWord || titledByMonth(words) || referenceMonth(text)) ? wholeMonths(words)
                : null;
    }

    // "Kontoauszug Juni 2024": the title, then a month and year.
    private static boolean titledByMonth(List<Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).text().equalsIgnoreCase(MONTH_TITLE)) {
                return true;
            }
        }
        return false;
    }

    // "Mês/ano referência", "Mês de referência" (the month referred to), Portuguese: the cheap test first.
    private static boolean referenceMonth(String text) {
        return (text.contains("efer") || text.contains("EFER")) && REFERENCE_MONTH.matcher(text).find();
    }

    /**
     * The whole months a line names by month and year alone ("MAY 2025"; "May 2025 - June 2025" from the first
     * month's first day to the last month's last day), or null when it names none or more than two.
     */
    private static Found wholeMonths(List<Word> words) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            int slash = w.indexOf('/');
            if (slash > 0 && slash == w.length() - 5) {
                // The month and its year joined by a slash ("JUNHO/2025").
                Integer month = MonthNames.month(w.substring(0, slash));
                String year = w.substring(slash + 1);
                if (month != null && YEAR.matcher(year).matches()) {
                    months.add(YearMonth.of(Integer.parseInt(year), month));
                }
                continue;
            }
            Integer month = i + 1 < words.size() ? MonthNames.month(w) : null;
            if (month != null && YEAR.matcher(words.get(i + 1).text()).matches()) {
                months.add(YearMonth.of(Integer.parseInt(words.get(i + 1).text()), month));
            }
        }
        if (months.isEmpty() || months.size() > 2 || months.get(months.size() - 1).isBefore(months.get(0))) {
            return null;
        }
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        return new Found(new RawDate(first.getMonthValue(), 1, first.getYear(), true),
                new RawDate(last.getMonthValue(), last.lengthOfMonth(), last.getYear(), true), true);
    }

    /**
     * The words with each range glued into one word split at its joint ("12/15/24-01/14/25" as "12/15/24", "-",
     * "01/14/25"; "2024-January" of "December 15, 2024-January 14, 2025"): a joint counts only where a date ends
     * right before it and another starts right after it, so "12-345-678" or "1-800-555-0199" stay whole. The same
     * list when nothing is glued. A label glued to its date by a colon ("對帳期間：113/06/01") is split after the colon.
     */
    static List<Word> unglued(List<Word> words) {
        // "令和7年5月1日（2025年5月1日）〜...": the same day again in brackets is no date of its own.
        List<Word> out = BracketedSameDay.dropped(words);
        for (int i = 0; i < out.size(); i++) {
            List<Word> split = splitAt(out, i);
            if (split != null) {
                out = split;
            }
            int colon = labelColon(out.get(i).text());
            if (colon > 0) {
                Word w = out.get(i);
                out = new ArrayList<>(out);
                out.set(i, piece(w, 0, colon + 1));
                out.add(i + 1, asDate(piece(w, dateFrom(w.text(), colon), w.text().length())));
                continue;
            }
            if (isTimeZone(out.get(i).text())) {
                // "1 June 2024 [GMT+02:00] - 30 June 2024 [GMT+02:00]": the zone parts no date from the range word.
                out = new ArrayList<>(out);
                out.remove(i--);
                continue;
            }
            int day = ordinalDay(out, i);
            if (day > 0) {
                out = new ArrayList<>(out);
                out.set(i, piece(out.get(i), 0, day));
            }
        }
        return out;
    }

    // "對帳期間：113/06/01": a label glued by its colon to the date it labels, as East Asian text sets it. The colon's
    // index, or -1 when the word is no label and date.
    private static int labelColon(String t) {
        int colon = Math.max(t.indexOf('\uff1a'), t.indexOf(':'));
        if (colon <= 0 || colon == t.length() - 1 || RegexChars.isDigit(t.charAt(colon - 1))) {
            return -1;
        }
        String date = t.substring(dateFrom(t, colon));
        // "照会期間：2025年06月01日～2025年06月30日": the label glued to a whole range, itself glued at its joint.
        return DateParser.parse(date).isPresent() || gluedRange(date) || colon >= DATE_LABEL.length()
                && t.startsWith(DATE_LABEL, colon - DATE_LABEL.length())
                && compact(date) != null ? colon : -1;
    }

    // Where the date after a label's colon starts: past a bracket opening it (WeChat Pay's "起始时间：[2025-05-01").
    private static int dateFrom(String t, int colon) {
        return t.charAt(colon + 1) == '[' ? colon + 2 : colon + 1;
    }

    // "2025年06月01日～2025年06月30日": two dates glued at a joint, a tilde or a dash (only such a word holds one of
    // them: the cheap test before any date is read).
    private static boolean gluedRange(String s) {
        boolean joint = false;
        for (String glue : GLUES) {
            joint |= glue.length() == 1 && s.indexOf(glue.charAt(0)) > 0;
        }
        return joint && splitAt(List.of(new Word(s, 0, 0, s.length(), 1)), 0) != null;
    }

    // "20250601" after a label naming a date ("起始日期：20250601", China Construction Bank's period), set out as
    // "2025-06-01" so the period's dates are found; any other word as it is.
    private static Word asDate(Word w) {
        RawDate d = compact(w.text());
        return d == null ? w : new Word(String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.first(), d.second()),
                w.x(), w.y(), w.width(), w.height(), w.space());
    }

    // Eight digits of a year, month and day run together, or null.
    private static RawDate compact(String s) {
        return s.length() == 8 && RegexChars.isDigits(s) ? DateParser.parseInDateColumn(s).orElse(null) : null;
    }

    // A time zone set in brackets after a date: "[GMT+02:00]", "(UTC)", "[UTC+1]".
    static boolean isTimeZone(String t) {
        int n = t.length();
        return n >= 5 && (t.charAt(0) == '[' || t.charAt(0) == '(') && (t.charAt(n - 1) == ']' || t.charAt(n - 1) == ')')
                && (t.startsWith("GMT", 1) || t.startsWith("UTC", 1));
    }

    // "Période du 1er mars 2025", "from 1st March 2025": a day with its ordinal suffix (French "1er", English "st",
    // "nd", "rd", "th") before a month's name reads as the day alone. The length of its digits, else 0.
    private static int ordinalDay(List<Word> words, int i) {
        String t = words.get(i).text();
        int n = t.length();
        if (n < 3 || n > 4 || !RegexChars.isDigit(t.charAt(0)) || i + 1 >= words.size()) {
            return 0;
        }
        int d = RegexChars.isDigit(t.charAt(1)) ? 2 : 1;
        String suffix = t.substring(d).toLowerCase(Locale.ROOT);
        boolean ordinal = n - d == 2 && ("er".equals(suffix) || "st".equals(suffix) || "nd".equals(suffix)
                || "rd".equals(suffix) || "th".equals(suffix));
        return ordinal && DateParser.month(words.get(i + 1).text()) != null ? d : 0;
    }

    // The words with word i split at the first joint that leaves a date on each side of it, or null.
    private static List<Word> splitAt(List<Word> words, int i) {
        Word w = words.get(i);
        String text = w.text();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = 0; at < text.length(); at++) {
            for (String glue : GLUES) {
                int end = at + glue.length();
                // A dash may start or end the word ("12/15/24 -01/14/25"); a range word lies between two dates.
                boolean inside = glue.length() == 1 || at > 0 && end < text.length();
                if (!inside || !lower.startsWith(glue, at) || text.length() == glue.length()) {
                    continue;
                }
                List<Word> trial = new ArrayList<>(words.subList(0, i));
                int joint = trial.size() + (at > 0 ? 1 : 0);
                if (at > 0) {
                    trial.add(piece(w, 0, at));
                }
                trial.add(piece(w, at, end));
                if (end < text.length()) {
                    trial.add(piece(w, end, text.length()));
                }
                trial.addAll(words.subList(i + 1, words.size()));
                if (datesAround(trial, joint)) {
                    return trial;
                }
            }
        }
        return null;
    }

    // True when one date ends right before the word at joint and another starts right after it.
    private static boolean datesAround(List<Word> words, int joint) {
        boolean before = false;
        for (DateMention d : DateMention.find(words)) {
            before |= d.to() == joint;
            if (before && d.from() == joint + 1) {
                return true;
            }
        }
        return false;
    }

    // Characters [from, to) of a word, with their share of its width.
    private static Word piece(Word w, int from, int to) {
        float perChar = w.width() / w.text().length();
        return new Word(w.text().substring(from, to), w.x() + from * perChar, w.y(), (to - from) * perChar,
                w.height(), w.space());
    }

    private static boolean separatedByRange(List<Word> words, DateMention a, DateMention b) {
        return b.from() - a.to() == 1 && DateMention.isRangeWord(words.get(a.to()).text());
    }
}
