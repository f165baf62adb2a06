package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row's wrapped description line set from the left margin, under the date column ("1012 HIGH STREET KINGSTON"
 * under "02/05/2025 CARD PURCHASE HARDWARE STORE"), which no column of the table claims. It is the row's text where
 * the layout shows it: right under a row (or under such a line), in its type, at a line's pitch, clearly nearer the row above than
 * the line below, holding no date (but a day and month starting a line set as one phrase, "09/02 KINGSTON"), amount
 * or time and reaching no money column, and reading as none of the other
 * things set in that column: no month or date word, no label ending in a colon, no section name, no card's title,
 * and a row or a balance row of the table comes right under it (no page furniture). Else the line stays what the
 * table made of it (a section heading, the table's end). Stateless and thread-safe.
 */
final class MarginWrap {

    // The most words such a line holds; longer lines in the date column are prose or notices.
    private static final int MAX_WORDS = 8;
    // At most this many text heights below the row above: a line's pitch, no gap.
    private static final float PITCH_HEIGHTS = 1.8f;
    // The gap above is at most this share of the gap below: set with its row, not with the line below.
    private static final float NEARER_ABOVE = 0.9f;
    // The least share of the row's text height the line's may be: the same type, give or take.
    private static final float SAME_TYPE = 0.9f;
    // Points two lines of one wrapped description may differ in pitch.
    private static final float PITCH_SLACK = 0.5f;

    private MarginWrap() {
    }

    /**
     * The text row line {@code i} makes as the wrapped text of the row on {@code above} (the line right before it,
     * a row with a date or an amount, or such a wrapped line itself), or null when it is none.
     */
    static TableLine at(List<Line> lines, int i, Line above, TableColumns columns, float pageWidth) {
        Line line = lines.get(i);
        float em = Math.max(line.height(), 5f);
        if (!closeUnderRow(lines, i, above, columns) || !plainText(line, columns, em)) {
            return null;
        }
        float gapAbove = line.y() - above.y();
        // A description may wrap onto several such lines, each at the same pitch: the gap below is the block's.
        int last = i;
        while (last + 2 < lines.size() && lines.get(last + 2).page() == line.page()
                && lines.get(last + 1).y() - lines.get(last).y() <= gapAbove + PITCH_SLACK
                && startsInDateColumn(lines.get(last + 1), columns)
                && plainText(lines.get(last + 1), columns, Math.max(lines.get(last + 1).height(), 5f))) {
            last++;
        }
        Line below = lines.get(last + 1);
        if (gapAbove > NEARER_ABOVE * (below.y() - lines.get(last).y()) || !rowOrBalance(below, columns, pageWidth)) {
            return null;
        }
        TableLine text = new TableLine(line.page(), line.y(), null, line.text(), Map.of(), null, 0);
        return recognised(text) ? null : text;
    }

    /**
     * Whether line {@code i}, the first under a page's repeated header, reads as the previous page's last row's
     * wrapped text would: set from the left margin, in the type of the row right under it and within a line's pitch
     * of it, holding nothing else that column is used for ({@link #at}'s terms) and not only header words (the
     * header's own second row). Nothing above it shows whether it is that text or a heading of the rows below.
     */
    static boolean underHeader(List<Line> lines, int i, TableColumns columns, float pageWidth) {
        Line line = lines.get(i);
        List<Word> words = line.words();
        if (columns.date() == null || words.isEmpty() || words.size() > MAX_WORDS || !startsInDateColumn(line, columns)
                || i + 1 >= lines.size() || lines.get(i + 1).page() != line.page()) {
            return false;
        }
        Line below = lines.get(i + 1);
        float em = Math.max(line.height(), 5f);
        float gapBelow = below.y() - line.y();
        if (gapBelow <= 0 || gapBelow > PITCH_HEIGHTS * Math.max(em, below.height())
                || line.height() < SAME_TYPE * below.height() || !plainText(line, columns, em)
                || RowHeading.titlesACard(line) || !rowOrBalance(below, columns, pageWidth)) {
            return false;
        }
        TableLine text = new TableLine(line.page(), line.y(), null, line.text(), Map.of(), null, 0);
        // "operación cargo" under "Fecha de | Fecha de": the header's own second row, unread as one.
        return !recognised(text) && !RowHeading.namesCardNumber(text) && !HeaderQualifiers.headerWordsOnly(words)
                && !continuedTitle(words);
    }

    // Words a heading carried over a page break ends with ("RESTAURANTS (continued)", "Umsätze (Fortsetzung)"), as no
    // row's wrapped text does.
    private static final Set<String> CONTINUED = Set.of("continued", "contd", "cont'd", "cont", "suite", "fortsetzung",
            "continuacion", "continuacao", "vervolg", "forts");

    static boolean continuedTitle(List<Word> words) {
        String last = words.get(words.size() - 1).text();
        if (last.length() < 5 || last.charAt(last.length() - 1) != ')') {
            return false;
        }
        int open = last.charAt(0) == '(' ? 1 : 0;
        return CONTINUED.contains(Folding.fold(last.substring(open, last.length() - 1)).replace(".", ""));
    }

    // A label, section name or card's title the table knows: what the column holds besides a row's text.
    private static boolean recognised(TableLine text) {
        return Marker.of(text.description(), false) != null || Marker.sectionDirection(text.description()) != 0
                || RowHeading.titlesACardMember(text) || RowHeading.namesACard(text);
    }

    /**
     * Whether line {@code i}, which the table reads as no row and no row's text (a heading, a note), sits where a
     * row's wrapped line would: right under the row on {@code above} from the left margin, in its type, within a
     * line's pitch, a row of the table right under it, holding no amount and nothing the table recognises (no
     * month word, label, section name or card's title). Set at the rows' own pitch, or holding a date the table
     * read as no row's, it may as well be that row's text, which the balances cannot vouch for.
     */
    static boolean loose(List<Line> lines, int i, Line above, TableColumns columns, float pageWidth) {
        if (!closeUnderRow(lines, i, above, columns)) {
            return false;
        }
        Line line = lines.get(i);
        List<Word> words = line.words();
        float em = Math.max(line.height(), 5f);
        boolean letters = false;
        for (Word w : words) {
            String t = w.text();
            if (MonthNames.month(t) != null || t.endsWith(":") || UnreadRow.underMoney(w, columns, em)
                    || (t.indexOf('.') >= 0 || t.indexOf(',') >= 0) && AmountParser.parse(t).isPresent()) {
                return false;
            }
            letters |= t.chars().anyMatch(Character::isLetter);
        }
        TableLine text = new TableLine(line.page(), line.y(), null, line.text(), Map.of(), null, 0);
        return letters && rowOrBalance(lines.get(i + 1), columns, pageWidth) && !recognised(text)
                && !RowHeading.namesCardNumber(text) && !namesAValueDate(words);
    }

    // "Value date 03/05/2025", "Valuta 03.05.": the words before the first number name a value date.
    private static boolean namesAValueDate(List<Word> words) {
        StringBuilder label = new StringBuilder();
        for (Word w : words) {
            if (RegexChars.hasDigit(w.text())) {
                break;
            }
            label.append(label.isEmpty() ? "" : " ").append(w.text());
        }
        return !label.isEmpty() && HeaderVocabulary.kindOf(label.toString()) == ColumnKind.OTHER_DATE;
    }

    // What at and loose both ask first: a short line starting left of the text column, a line below it on its page,
    // close under the row on above and in its type (a smaller line close under a row is a note or the page's
    // furniture), and no card's title.
    private static boolean closeUnderRow(List<Line> lines, int i, Line above, TableColumns columns) {
        Line line = lines.get(i);
        List<Word> words = line.words();
        if (above == null || columns.date() == null || words.isEmpty() || words.size() > MAX_WORDS
                || !startsInDateColumn(line, columns) || i + 1 >= lines.size()
                || lines.get(i + 1).page() != line.page() || above.page() != line.page()) {
            return false;
        }
        float em = Math.max(line.height(), 5f);
        float gapAbove = line.y() - above.y();
        return !(gapAbove <= 0 || gapAbove > PITCH_HEIGHTS * Math.max(em, above.height())
                || line.height() < SAME_TYPE * above.height() || RowHeading.titlesACard(line));
    }

    // The line under the wrapped text is the table's: a row with a date or an amount, or a balance row, no footer.
    private static boolean rowOrBalance(Line line, TableColumns columns, float pageWidth) {
        return LineClassifier.classify(line, columns, pageWidth)
                .filter(r -> r.date() != null || !r.money().isEmpty()).isPresent();
    }

    private static boolean startsInDateColumn(Line line, TableColumns columns) {
        return !line.words().isEmpty() && line.words().get(0).x() < columns.textLeft();
    }

    // Words, some with letters, none a month, a date, an amount, a time or under a money column; but a day and month
    // without a year may start the line where its words run on a space apart ("09/02 KINGSTON", a card's reference):
    // the table read no row's date there, and a second date stands apart from the text in a cell of its own.
    private static boolean plainText(Line line, TableColumns columns, float em) {
        List<Word> words = line.words();
        if (words.size() > MAX_WORDS) {
            return false;
        }
        boolean dayMonth = words.size() > 1 && dayMonth(words.get(0).text()) && Phrase.split(line).size() == 1;
        boolean letters = false;
        for (Word w : words) {
            String t = w.text();
            // A word ending in a colon labels or titles what follows ("JOHN Q PUBLIC #4821: Transactions").
            if (MonthNames.month(t) != null || separatesDigits(t) && !(dayMonth && w == words.get(0))
                    || t.endsWith(":") || UnreadRow.underMoney(w, columns, em)) {
                return false;
            }
            letters |= t.chars().anyMatch(Character::isLetter);
        }
        return letters && (dayMonth || DatePrefix.of(words, LineClassifier.DATE_WORDS) == 0);
    }

    // "09/02", "9/2": one or two digits, a slash, one or two digits, nothing else.
    private static boolean dayMonth(String t) {
        int slash = t.indexOf('/');
        if (slash < 1 || slash > 2 || t.length() - slash - 1 < 1 || t.length() - slash - 1 > 2) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (k != slash && !RegexChars.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // "12.50", "1,234", "31/05", "10:42": a mark between two digits makes an amount, a date or a time.
    private static boolean separatesDigits(String t) {
        for (int k = 1; k + 1 < t.length(); k++) {
            if (".,'\u2019/:-".indexOf(t.charAt(k)) >= 0 && RegexChars.isDigit(t.charAt(k - 1))
                    && RegexChars.isDigit(t.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }
}
