package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * A summary set under a table's last row in the text column, label then value ("SALDO AKHIR : 28,986,954.53"): a
 * balance line whose value stands in no money column of the table. The table ends there and the summary is read as
 * text outside it, where its labels give the opening and closing. Stateless and thread-safe.
 */
final class SummaryBelow {

    private SummaryBelow() {
    }

    /** Whether {@code row}, read from {@code line}, is a balance label with its value in the text column. */
    static boolean startsAt(TableLine row, Line line) {
        if (row.marker() != Marker.BALANCE || row.date() != null || !row.money().isEmpty()) {
            return false;
        }
        List<Word> words = line.words();
        // The value ends the line: "SALDO AKHIR : 28,986,954.53".
        return words.size() >= 2 && AmountParser.parse(words.get(words.size() - 1).text()).isPresent();
    }
}
