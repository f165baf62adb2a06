package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A row's amounts are read in one order, the column kinds', whatever order they were put in: an order that changed
 * from run to run (Map.copyOf's, enum hash codes being per JVM) made the first currency of a row, and so the
 * statement's, a matter of chance.
 */
class TableEventTest {

    private static final List<ColumnKind> MONEY = List.of(ColumnKind.FEE, ColumnKind.OTHER,
            ColumnKind.AVAILABLE_BALANCE, ColumnKind.BALANCE, ColumnKind.AMOUNT, ColumnKind.CREDIT, ColumnKind.DEBIT);

    @Test
    void aRowsAmountsIterateInColumnKindOrderWhateverOrderTheyCameIn() {
        for (int from = 0; from < MONEY.size(); from++) {
            Map<ColumnKind, Amount> money = new LinkedHashMap<>();
            for (int k = 0; k < MONEY.size(); k++) {
                money.put(MONEY.get((from + k) % MONEY.size()), amount("1.00", null));
            }
            TableEvent.Row row = new TableEvent.Row(1, null, "ROW", money, 0);
            List<ColumnKind> sorted = new ArrayList<>(money.keySet());
            sorted.sort(Comparator.naturalOrder());
            assertThat(new ArrayList<>(row.money().keySet())).containsExactlyElementsOf(sorted);
        }
    }

    @Test
    void theFirstCurrencyOfARowIsItsAmountsNotItsBalancesWhicheverWasPutFirst() {
        Map<ColumnKind, Amount> money = new LinkedHashMap<>();
        money.put(ColumnKind.BALANCE, amount("100.00", "USD"));
        money.put(ColumnKind.AMOUNT, amount("12.50", "EUR"));
        List<TableEvent> events = List.of(new TableEvent.Row(1, null, "ROW", money, 0));
        assertThat(ReadDoubts.usesDollar(events)).isFalse();
    }

    @Test
    void aRowsAmountsStayUnmodifiableAndEqualToAnyMapOfTheSameEntries() {
        Map<ColumnKind, Amount> money = new LinkedHashMap<>();
        money.put(ColumnKind.BALANCE, amount("100.00", null));
        money.put(ColumnKind.DEBIT, amount("12.50", null));
        TableEvent.Row row = new TableEvent.Row(1, null, "ROW", money, 0);
        assertThat(row.money()).isEqualTo(Map.copyOf(money));
        assertThat(row).isEqualTo(new TableEvent.Row(1, null, "ROW", Map.copyOf(money), 0));
        assertThatThrownBy(() -> row.money().remove(ColumnKind.DEBIT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Amount amount(String value, String currency) {
        return new Amount(new BigDecimal(value), Amount.Mark.NONE, currency, value);
    }
}
