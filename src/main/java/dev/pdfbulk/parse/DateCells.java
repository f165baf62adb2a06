package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether the words of a cell are a row's date, a posting date, or part of one: the date side of {@link LineClassifier}. */
final class DateCells {

    // The words value date column headers begin with, folded ("wertstellung", "valuta", "value"): the cheap test
    // that a line's first word may label a value date.
    // Compiled once: String.replaceAll and split compile their pattern again on every call, here on every line.
    private static final Pattern TRAILING_POINT = Pattern.compile("[.,]$");
    private static final Set<String> VALUE_DATE_FIRST_WORDS = valueDateFirstWords();

    private DateCells() {
    }

    private static Set<String> valueDateFirstWords() {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, ColumnKind> e : HeaderPhrases.all().entrySet()) {
            if (e.getValue() == ColumnKind.OTHER_DATE) {
                out.add(Folding.fold(e.getKey()).split(" ")[0]);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * "03/07/2025 1447/01/07": a date right after the row's date, left of every text column and under no column of
     * its own, is that date in another calendar (Hijri, Bikram Sambat) or its value date printed beside it in the
     * date cell: no text of the row.
     */
    static boolean isDateBeside(Word w, List<TableColumns.TextArea> areas, float em) {
        return isDateBeside(w, areas, em, false);
    }

    /**
     * Like {@link #isDateBeside(Word, List, float)}; {@code afterSeparator}: a lone slash parts it from the row's date
     * ("05.06 / 06.06"), so a day and month without a year ({@link DateParser#parseInDateColumn}) is a date here too.
     */
    static boolean isDateBeside(Word w, List<TableColumns.TextArea> areas, float em, boolean afterSeparator) {
        if (w.text().isEmpty() || !Character.isDigit(w.text().charAt(0))) {
            return false;
        }
        for (TableColumns.TextArea a : areas) {
            if (w.right() > a.left() - 0.5f * em) {
                return false;
            }
        }
        return DateParser.parse(w.text()).isPresent()
                || afterSeparator && DateParser.parseInDateColumn(w.text()).isPresent();
    }

    /** A lone "/" (or dash) between two dates of one cell: "05.06 / 06.06", the booking then the value date. */
    static boolean isDateSeparator(String text) {
        return text.equals("/") || text.equals("-") || text.equals("\u2013");
    }

    /**
     * True when the word after a date printed without its year opens with a year glued to more ("13 Apr" then
     * "2025535533") in the date's cell, under the description's header: the date's year ran into the text, touching it,
     * so where the text begins cannot be told (a glyph where the two overlapped may be lost). The line is no row the
     * table can read. Under a column of its own (a reference beside the date) the word is that column's.
     */
    static boolean yearRunsOn(List<Word> words, int taken, TableColumns columns) {
        if (taken >= words.size()) {
            return false;
        }
        String next = words.get(taken).text();
        if (next.length() <= 4 || next.charAt(0) != '1' && next.charAt(0) != '2'
                || !RegexChars.isDigits(next.substring(0, 4))) {
            return false;
        }
        for (int i = 0; i < taken; i++) {
            if (words.get(i).text().matches(".*\\d{4}.*")) {
                return false;
            }
        }
        Column description = columns.description();
        Word w = words.get(taken);
        return description != null && w.x() < description.right() && w.right() > description.left();
    }

    // A date is the row's own only when it lines up with the date column better than with the text column, and no
    // worse than with a posting or value date column: that date may be printed first, left of the row's own.
    // One that follows other cells of the row must also line up with it as closely as an amount must.
    static boolean underDateColumn(List<Word> words, int from, int to, TableColumns columns,
                                           boolean leading, float em) {
        float left = words.get(from).x();
        float right = words.get(to - 1).right();
        float dateMiss = columns.date().misalignment(left, right);
        Column description = columns.description();
        float textMiss = description == null ? Math.abs(left - columns.textLeft()) : Math.abs(left - description.start());
        if (dateMiss >= textMiss || !leading && dateMiss > LineClassifier.REACH_EM * em) {
            return false;
        }
        for (Column c : columns.columns()) {
            if (isOtherDate(c.kind()) && c.misalignment(left, right) < dateMiss) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a cell that is only a time of day ("22:04", "9:05 PM") under the date column, on a line without a date:
     * the time the row above was made, printed under its date, neither text nor the table's end.
     */
    static boolean isTimeUnderDate(List<Word> words, TableColumns columns, float em) {
        int time = TimeOfDay.startsAt(words, 0);
        return time > 0 && time == words.size() && underDateColumn(words, 0, time, columns, true, em);
    }

    /**
     * True for a cell that is only a code ("365121", "A7K31Q": four to twelve digits and capital letters, a digit
     * among them) under the date column, on a line without a date, with the row's text beside it: the authorisation
     * code or reference of the row above, printed under its date (Sberbank's), neither text nor the table's end.
     */
    static boolean isCodeUnderDate(List<Word> words, boolean textFollows, TableColumns columns, float em) {
        if (words.size() != 1 || !textFollows) {
            return false;
        }
        String w = words.get(0).text();
        int n = w.length();
        if (n < 4 || n > 12) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            digit |= RegexChars.isDigit(c);
            if (!RegexChars.isDigit(c) && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return digit && DateParser.parse(w).isEmpty() && underDateColumn(words, 0, 1, columns, true, em);
    }

    // A date, or a part of one a cell may hold alone: digits with date marks ("2025", "01.05."), a month name.
    static boolean partOfDate(String text) {
        if (DateParser.parse(text).isPresent()) {
            return true;
        }
        boolean digits = text.chars().anyMatch(c -> RegexChars.isDigit((char) c))
                && text.chars().allMatch(c -> RegexChars.isDigit((char) c) || "./-".indexOf(c) >= 0);
        return digits || DateParser.month(TRAILING_POINT.matcher(text).replaceAll("")) != null;
    }

    // Empty, or dates and parts of dates and nothing else ("30.06.2025").
    static boolean datesAtMost(String text) {
        if (text.isBlank()) {
            return true;
        }
        for (String w : Marker.SPACES.split(text.strip())) {
            if (!partOfDate(w)) {
                return false;
            }
        }
        return true;
    }

    // The first words of a cell line up with the posting date column better than with any other date column.
    static boolean underPostingColumn(List<Word> words, int taken, TableColumns columns, float em) {
        Column posting = columns.first(ColumnKind.POSTING_DATE);
        if (posting == null) {
            return false;
        }
        float left = words.get(0).x();
        float right = words.get(taken - 1).right();
        float miss = posting.misalignment(left, right);
        if (miss > 2f * em) {
            return false;
        }
        for (Column c : columns.columns()) {
            if (c != posting && (c.kind() == ColumnKind.DATE || isOtherDate(c.kind()))
                    && c.misalignment(left, right) <= miss) {
                return false;
            }
        }
        return true;
    }

    // A date column that is not the row's own: a value date, or a posting date beside the transaction date.
    static boolean isOtherDate(ColumnKind kind) {
        return kind == ColumnKind.OTHER_DATE || kind == ColumnKind.POSTING_DATE;
    }


    /**
     * Whether the line's leading cell, under the row's date column, is a value date printed under the row's own date
     * ("Wertstellung 01.06.2025", "Value date 02/06/2025"): one or two words that name a value date column, then a
     * date. Such a cell is neither the row's date nor its text.
     */
    static boolean isValueDateCell(List<Word> words, TableColumns columns, float em) {
        int size = words.size();
        if (size < 2 || !VALUE_DATE_FIRST_WORDS.contains(Folding.fold(words.get(0).text()).replace(":", ""))) {
            return false;
        }
        int n = dateSuffix(words);
        if (n == 0 || size - n > 2) {
            return false;
        }
        String label = Folding.fold(Phrase.join(words, 0, size - n)).replace(":", "").strip();
        return HeaderPhrases.all().entrySet().stream().anyMatch(e -> e.getValue() == ColumnKind.OTHER_DATE
                && Folding.fold(e.getKey()).equals(label)) && underDateColumn(words, 0, size, columns, true, em);
    }

    // The number of words at the end of the cell that read as one date, 0 when none do.
    static int dateSuffix(List<Word> words) {
        int size = words.size();
        int longest = Math.min(LineClassifier.DATE_WORDS, size - 1);
        int last = size - 1;
        while (last >= size - longest && !DateParser.hasDigit(words.get(last).text())) {
            last--;
        }
        // A date needs a digit: the runs after the last word with one are not read.
        for (int n = longest; n >= size - last; n--) {
            if (DateParser.parse(Phrase.join(words, size - n, size)).isPresent()) {
                return n;
            }
        }
        return 0;
    }
}
