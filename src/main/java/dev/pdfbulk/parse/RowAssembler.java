package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Joins table lines into transactions: a dated line starts a row, text-only lines continue it, and an
 * amount on a line without a date either completes a row still waiting for its amount (amount printed
 * on the last wrapped line) or starts a row on the same date. Not thread-safe.
 */
final class RowAssembler {

    private final List<TableEvent> events = new ArrayList<>();
    private Open open;

    private static final class Open {
        final int page;
        final RawDate date;
        final StringBuilder text = new StringBuilder();
        final Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);

        Open(int page, RawDate date) {
            this.page = page;
            this.date = date;
        }

        boolean hasTransactionMoney() {
            return money.containsKey(ColumnKind.DEBIT) || money.containsKey(ColumnKind.CREDIT)
                    || money.containsKey(ColumnKind.AMOUNT);
        }

        void add(TableLine line) {
            if (!line.description().isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(line.description());
            }
            line.money().forEach(money::putIfAbsent);
        }
    }

    /** Feeds the next line of the table. */
    void accept(TableLine line) {
        if (line.marker() != null) {
            close();
            if (line.marker() == Marker.BALANCE) {
                Amount value = line.money().get(ColumnKind.BALANCE);
                if (value == null) {
                    value = firstMoney(line.money());
                }
                if (value != null && value == line.money().get(ColumnKind.DEBIT) && value.mark() == Amount.Mark.NONE) {
                    // A balance printed under the debit column is overdrawn.
                    value = new Amount(value.magnitude(), Amount.Mark.MINUS, value.currency());
                }
                if (value != null) {
                    events.add(new TableEvent.BalanceMark(value));
                }
            }
            return;
        }
        if (line.date() != null) {
            close();
            open = new Open(line.page(), line.date());
            open.add(line);
        } else if (line.hasTransactionMoney()) {
            if (open != null && !open.hasTransactionMoney()) {
                open.add(line);
            } else {
                close();
                open = new Open(line.page(), null);
                open.add(line);
            }
        } else if (open != null && !line.description().isEmpty()) {
            open.add(line);
        } else if (open != null && line.money().containsKey(ColumnKind.BALANCE)) {
            open.add(line);
        }
    }

    /** Ends the current table part: a row cannot continue across a table boundary. */
    void endTable() {
        close();
    }

    List<TableEvent> events() {
        close();
        return events;
    }

    private void close() {
        if (open != null && open.hasTransactionMoney()) {
            events.add(new TableEvent.Row(open.page, open.date, open.text.toString().strip(), open.money));
        }
        open = null;
    }

    private static Amount firstMoney(Map<ColumnKind, Amount> money) {
        for (ColumnKind kind : List.of(ColumnKind.AMOUNT, ColumnKind.CREDIT, ColumnKind.DEBIT)) {
            if (money.containsKey(kind)) {
                return money.get(kind);
            }
        }
        return null;
    }
}
