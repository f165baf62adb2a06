package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A loan's table whose running balance is named for the principal ("Principal Balance", a HELOC's "Principal |
 * Interest | Fees | Total | Principal Balance"): the principal owed is then the balance the statement keeps, and the
 * summary's "Principal Balance $316,164.82" is its closing balance, as "New Balance" is a card's. Elsewhere (a table
 * keeping another balance) that label may be any part of what is owed, and is no closing. Stateless.
 */
final class PrincipalBalance {

    // "Principal Balance" on its own: never the opening's ("Beginning Principal Balance") nor one of a past date.
    private static final Pattern LABEL = Pattern.compile(
            "(?<!beginning |opening |previous |starting |prior |last )\\bprincipal balance\\b(?! (?:as of|on) )");

    private PrincipalBalance() {
    }

    /** Whether the header's balance column is named for the principal: a word "principal" over that column. */
    static boolean headed(List<Line> header, TableColumns columns) {
        Column balance = columns.first(ColumnKind.BALANCE);
        if (balance == null) {
            return false;
        }
        for (Line line : header) {
            for (Word w : line.words()) {
                if (w.x() >= balance.left() - 1 && w.right() <= balance.right() + 1
                        && "principal".equals(Folding.fold(w.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The metadata with the summary's "Principal Balance" as its closing balance, where none is labelled so and the
     * table keeps the principal's balance; else the metadata as read.
     */
    static MetadataReader.Raw closing(MetadataReader.Raw meta, List<TableFragment> table, List<Line> lines) {
        if (meta.closing() != null || table.stream().noneMatch(TableFragment::principalBalance)) {
            return meta;
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.indexOf("rincipal") < 0 && text.indexOf("RINCIPAL") < 0) {
                continue;
            }
            Amount closing = BalanceLabels.labelled(lines, i, LABEL);
            if (closing != null) {
                return new MetadataReader.Raw(meta.account(), meta.currency(), meta.periodStart(), meta.periodEnd(),
                        meta.opening(), closing, meta.statementDate(), meta.printedYear(), meta.cycleDays());
            }
        }
        return meta;
    }
}
