package dev.pdfbulk.parse;

import dev.pdfbulk.model.MinorUnits;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many decimals a statement's amounts have, decided from the statement as a whole: its amounts use one
 * number of minor digits. A number like {@code 51.132} reads two ways, 51132 grouped in thousands or 51.132 with
 * three decimals; it is read with three when the statement's other amounts show three decimals themselves
 * ({@code 1,703.889}, {@code 0.842}) with that mark, more often than two, or when its currency has three minor
 * digits (BHD, KWD, OMR, ...) and no amount shows two. Otherwise it stays a whole number. The balances then
 * verify the reading like any other. Immutable.
 */
final class MinorDigits {

    private static final MinorDigits AS_PRINTED = new MinorDigits(null);

    // The decimal marks ambiguous numbers are read with three decimals for; null: none is.
    private final String marks;

    private MinorDigits(String marks) {
        this.marks = marks;
    }

    /** The reading for the statement whose table gave {@code events} and whose summary gave {@code meta}. */
    static MinorDigits decide(List<TableEvent> events, MetadataReader.Raw meta) {
        List<Amount> amounts = amounts(events, meta);
        int two = 0;
        int three = 0;
        StringBuilder marks = new StringBuilder();
        boolean threeDigitCurrency = isThreeDigit(meta.currency());
        for (Amount a : amounts) {
            int scale = a.magnitude().scale();
            two += scale == 2 ? 1 : 0;
            if (scale == 3 && a.number() != null) {
                three++;
                char mark = a.number().charAt(a.number().length() - 4);
                if (marks.indexOf(String.valueOf(mark)) < 0) {
                    marks.append(mark);
                }
            }
            threeDigitCurrency |= isThreeDigit(a.currency());
        }
        if (three > two) {
            // A mark that groups thousands elsewhere ("1.479.207", "1.234,56") is no decimal mark of this statement;
            // looked for only here, since most statements show no three decimals at all.
            String grouping = groupingMarks(amounts);
            for (int i = marks.length() - 1; i >= 0; i--) {
                if (grouping.indexOf(marks.charAt(i)) >= 0) {
                    marks.deleteCharAt(i);
                }
            }
            // A currency without minor units (CLP, JPY) prints "51.132" only as 51132.
            if (marks.length() > 0 && MinorUnits.of(meta.currency()) != 0) {
                return new MinorDigits(marks.toString());
            }
        }
        return threeDigitCurrency && two == 0 ? new MinorDigits(".,") : AS_PRINTED;
    }

    // The separators that group thousands in some amount: one printed twice or more ("1.479.207") or before
    // another, decimal, mark ("1.234,56").
    private static String groupingMarks(List<Amount> amounts) {
        StringBuilder out = new StringBuilder();
        for (Amount a : amounts) {
            String n = a.number();
            if (n == null) {
                continue;
            }
            int last = Math.max(n.lastIndexOf('.'), n.lastIndexOf(','));
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                boolean groups = (c == '.' || c == ',') && (i < last || a.magnitude().scale() == 0 && i != n.indexOf(c));
                if (groups && out.indexOf(String.valueOf(c)) < 0) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * True when this reading gives every ungrouped number of the events ({@link Amount#ungroupedMark}, "1703.889")
     * three decimals: the statement's amounts have three decimals with that mark.
     */
    boolean readsUngrouped(List<TableEvent> events) {
        for (Amount a : amounts(events, null)) {
            char mark = a.ungroupedMark();
            if (mark != 0 && (marks == null || marks.indexOf(mark) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** The events with ambiguous amounts read as decided. */
    List<TableEvent> apply(List<TableEvent> events) {
        if (marks == null) {
            return events;
        }
        List<TableEvent> out = new ArrayList<>(events.size());
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r) {
                out.add(new TableEvent.Row(r.page(), r.date(), r.description(), read(r.money()), r.direction()));
            } else if (e instanceof TableEvent.BalanceMark b) {
                out.add(new TableEvent.BalanceMark(read(b.value()), b.page()));
            } else {
                TableEvent.Total t = (TableEvent.Total) e;
                out.add(new TableEvent.Total(read(t.money()), t.page()));
            }
        }
        return out;
    }

    /**
     * The summary with its ambiguous balances read as decided, and without a balance printed with no grouping
     * ("1865.420", {@link Amount#ungroupedMark}) unless the statement's amounts have three decimals with that mark.
     */
    MetadataReader.Raw apply(MetadataReader.Raw m) {
        Amount opening = summary(m.opening());
        Amount closing = summary(m.closing());
        if (opening == m.opening() && closing == m.closing()) {
            return m;
        }
        return new MetadataReader.Raw(m.account(), m.currency(), m.periodStart(), m.periodEnd(), opening, closing,
                m.statementDate(), m.printedYear(), m.cycleDays());
    }

    private Amount summary(Amount a) {
        char ungrouped = a == null ? 0 : a.ungroupedMark();
        if (ungrouped != 0) {
            return marks != null && marks.indexOf(ungrouped) >= 0 ? a : null;
        }
        return marks == null ? a : read(a);
    }

    // A row's or a total's cells, each read as above, in column-kind order.
    private Map<ColumnKind, Amount> read(Map<ColumnKind, Amount> money) {
        Map<ColumnKind, Amount> out = new EnumMap<>(ColumnKind.class);
        money.forEach((kind, a) -> out.put(kind, read(a)));
        return out;
    }

    private Amount read(Amount a) {
        if (a == null) {
            return null;
        }
        char mark = a.ambiguousMark();
        return mark != 0 && marks.indexOf(mark) >= 0 ? a.withThreeDecimals() : a;
    }

    private static List<Amount> amounts(List<TableEvent> events, MetadataReader.Raw meta) {
        List<Amount> out = new ArrayList<>();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r) {
                out.addAll(r.money().values());
            } else if (e instanceof TableEvent.BalanceMark b) {
                out.add(b.value());
            }
        }
        // A summary balance with no grouping ("1865.420") is for the table's amounts to confirm, no evidence itself.
        for (Amount a : meta == null ? new Amount[0] : new Amount[] {meta.opening(), meta.closing()}) {
            if (a != null && a.ungroupedMark() == 0) {
                out.add(a);
            }
        }
        return out;
    }

    // ISO 4217's minor unit: BHD, KWD, OMR, JOD, TND, LYD, IQD have three digits.
    private static boolean isThreeDigit(String code) {
        return MinorUnits.of(code) == 3;
    }
}
