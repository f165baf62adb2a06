package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A transaction row, a printed balance or a printed total, in statement order: the input of sign resolution and verification. */
sealed interface TableEvent permits TableEvent.Row, TableEvent.BalanceMark, TableEvent.Total {

    /** The events with each row's date read again by {@code date} (a date read in another era or order). */
    static List<TableEvent> withRowDates(List<TableEvent> events, UnaryOperator<RawDate> date) {
        List<TableEvent> out = new ArrayList<>(events.size());
        for (TableEvent e : events) {
            out.add(e instanceof Row r ? new Row(r.page(), date.apply(r.date()), r.description(), r.money(),
                    r.direction()) : e);
        }
        return out;
    }

    /**
     * A transaction as printed, wrapped lines joined.
     *
     * @param page        page the row starts on
     * @param date        its own date, or null when it shares the previous row's date
     * @param description full text
     * @param money       amounts by column kind
     * @param direction   what the row says of its unsigned amount: its own debit/credit word ("Af"/"Bij")
     *                    if it prints one, else the section heading above it; +1 money in, -1 money out, 0
     *                    neither says
     */
    record Row(int page, RawDate date, String description, Map<ColumnKind, Amount> money, int direction)
            implements TableEvent {
        public Row {
            money = inColumnOrder(money);
        }
    }

    /**
     * A balance printed on its own row: opening, brought or carried forward, closing.
     *
     * @param value the balance as printed
     * @param page  the page it is printed on
     */
    record BalanceMark(Amount value, int page) implements TableEvent {
    }

    /**
     * A total of the amounts printed on its own row ("Page total", "Total card ending 4821"): no transaction, but
     * what the rows above it add up to where it sums them all, which {@link TotalProof} may use.
     *
     * @param money its debit, credit or amount cells as printed (no balance)
     * @param page  the page it is printed on
     */
    record Total(Map<ColumnKind, Amount> money, int page) implements TableEvent {
        public Total {
            money = inColumnOrder(money);
        }
    }

    // Map.copyOf iterates in an order that changes from run to run (enum hash codes are per JVM): readers that
    // take the first currency among a row's amounts must see them in one order, the column kinds'.
    private static Map<ColumnKind, Amount> inColumnOrder(Map<ColumnKind, Amount> money) {
        EnumMap<ColumnKind, Amount> copy = new EnumMap<>(ColumnKind.class);
        money.forEach((kind, amount) -> copy.put(kind, Objects.requireNonNull(amount, "amount")));
        return Collections.unmodifiableMap(copy);
    }
}
