package dev.pdfbulk.parse;

import java.util.Map;

/**
 * The line under a row that prints, under the row's bare amount, the same money in the operation's currency
 * ("76,38 €" under "6 982,64", beside the second line of the row's text, Sberbank's "Сумма в валюте операции"): the
 * row's text goes on, its amount is no row of its own. Stateless.
 */
final class ForeignAmountLine {

    private ForeignAmountLine() {
    }

    /**
     * True when {@code line}, undated and no marker, holds one amount and nothing else of money, with a currency
     * printed, in the money column where the open row's amount has none.
     */
    static boolean under(TableLine line, Map<ColumnKind, Amount> rowMoney) {
        if (line.date() != null || line.marker() != null || line.money().size() != 1) {
            return false;
        }
        Map.Entry<ColumnKind, Amount> only = line.money().entrySet().iterator().next();
        if (only.getValue().currency() == null || !only.getKey().isMoney() || only.getKey() == ColumnKind.BALANCE) {
            return false;
        }
        Amount above = rowMoney.get(only.getKey());
        return above != null && above.currency() == null && rowMoney.size() <= 2;
    }
}
