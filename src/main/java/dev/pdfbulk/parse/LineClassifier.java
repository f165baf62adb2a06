package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a table line into date, description and amounts by the x-position of its words under the
 * table's column headers. Stateless and thread-safe.
 */
final class LineClassifier {

    private LineClassifier() {
    }

    /** The line's cells, or empty when the line cannot belong to the table (text across money columns). */
    static Optional<TableLine> classify(Line line, TableColumns columns, float pageWidth) {
        float em = Math.max(line.height(), 5f);
        float textLeft = columns.textLeft();
        float textRight = columns.textRight(pageWidth);
        RawDate date = null;
        StringBuilder text = new StringBuilder();
        Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
        for (Phrase phrase : Phrase.split(line)) {
            List<Word> words = phrase.words();
            if (date == null && text.length() == 0) {
                int taken = datePrefix(words);
                if (taken > 0 && underDateColumn(words.subList(0, taken), columns)) {
                    date = DateParser.parse(Phrase.join(words.subList(0, taken))).orElseThrow();
                    words = words.subList(taken, words.size());
                }
            }
            // Several amounts may share a cell when columns are set tight ("962.80 (1,816.00)").
            List<Word> before;
            do {
                before = words;
                words = takeAmount(words, columns, money, em);
            } while (words != before && !words.isEmpty());
            if (words.isEmpty()) {
                continue;
            }
            // Word by word: a narrow gap may join a cheque number to the description it precedes.
            for (Word w : words) {
                if (w.x() >= textLeft - 1.5f * em && w.right() <= textRight + 0.5f * em) {
                    append(text, List.of(w));
                } else if (!inOtherColumn(w.x(), w.right(), columns, em)) {
                    return Optional.empty();
                }
            }
        }
        String description = text.toString().strip();
        Marker marker = description.isEmpty() ? null : Marker.of(description, date != null);
        if (date == null && money.isEmpty() && description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableLine(line.page(), line.y(), date, description, money, marker));
    }

    // A date is the row's own only when it lines up with the date column better than with the text column.
    private static boolean underDateColumn(List<Word> dateWords, TableColumns columns) {
        float left = dateWords.get(0).x();
        float right = dateWords.get(dateWords.size() - 1).right();
        float dateMiss = columns.date().misalignment(left, right);
        Column description = columns.description();
        float textMiss = description == null ? Math.abs(left - columns.textLeft()) : Math.abs(left - description.left());
        return dateMiss < textMiss;
    }

    private static int datePrefix(List<Word> words) {
        for (int n = Math.min(4, words.size()); n >= 1; n--) {
            if (DateParser.parse(Phrase.join(words.subList(0, n))).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    // Peels amounts off the end of the phrase while they line up with a money column.
    private static List<Word> takeAmount(List<Word> words, TableColumns columns, Map<ColumnKind, Amount> money,
                                         float em) {
        for (int n = Math.min(4, words.size()); n >= 1; n--) {
            List<Word> tail = words.subList(words.size() - n, words.size());
            Optional<Amount> amount = AmountParser.parse(Phrase.join(tail));
            if (amount.isEmpty()) {
                continue;
            }
            float left = tail.get(0).x();
            float right = tail.get(tail.size() - 1).right();
            Column best = null;
            float bestMiss = Float.MAX_VALUE;
            for (Column c : columns.money()) {
                float miss = c.misalignment(left, right);
                if (miss < bestMiss && !money.containsKey(c.kind())) {
                    best = c;
                    bestMiss = miss;
                }
            }
            if (best != null && bestMiss <= 3f * em) {
                money.put(best.kind(), amount.get());
                return words.subList(0, words.size() - n);
            }
            return words;
        }
        return words;
    }

    private static boolean inOtherColumn(float left, float right, TableColumns columns, float em) {
        for (Column c : columns.columns()) {
            if ((c.kind() == ColumnKind.OTHER || c.kind() == ColumnKind.OTHER_DATE)
                    && c.misalignment(left, right) < 2f * em) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder text, List<Word> words) {
        for (Word w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w.text());
        }
    }
}
