package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * A summary set under a table's last row in the text column, label then value ("SALDO AKHIR : 28,986,954.53"): a
 * balance line whose value stands in no money column of the table, with no row of the table below it on the page.
 * The table ends there and the summary is read as text outside it, where its labels give the opening and closing.
 * A line naming the opening balance under rows of the table ends it so wherever its value stands, in a money column
 * too: under the rows, the period's start is no balance they reach.
 * Stateless and thread-safe.
 */
final class SummaryBelow {

    private SummaryBelow() {
    }

    /**
     * Whether {@code row}, read from line {@code i} of {@code lines}, is a balance label with its value in the text
     * column (or, under rows of the table, {@code rowsAbove}, one naming the opening balance) and no row of the
     * table below it on the page.
     */
    static boolean startsAt(TableLine row, List<Line> lines, int i, TableColumns columns, float pageWidth,
                            boolean rowsAbove) {
        if (row.marker() != Marker.BALANCE || row.date() != null
                || !row.money().isEmpty() && !(rowsAbove && namesOpening(row))) {
            return false;
        }
        List<Word> words = lines.get(i).words();
        // The value ends the line: "SALDO AKHIR : 28,986,954.53".
        if (words.size() < 2 || AmountParser.parse(words.get(words.size() - 1).text()).isEmpty()) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            Optional<TableLine> below = LineClassifier.classify(lines.get(k), columns, pageWidth);
            if (below.isPresent() && below.get().marker() == null && below.get().date() != null
                    && below.get().hasTransactionMoney()) {
                // Rows go on below it: a balance line inside the table, whatever its value's place.
                return false;
            }
        }
        return true;
    }

    // The balance the period starts from, named under the rows ("Davr boshiga qoldiq  4 812 350,00" heading a box
    // whose values stand in a money column): never the balance the rows above reach, whatever column holds it.
    private static boolean namesOpening(TableLine row) {
        String folded = Folding.fold(row.description());
        return BalanceLabelWords.namesOpeningOnly(folded);
    }
}
