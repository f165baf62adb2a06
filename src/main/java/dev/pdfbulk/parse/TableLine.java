package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a transaction table split into its cells.
 *
 * @param page        page number
 * @param y           baseline of the line on its page
 * @param date        date printed in the date column, or null
 * @param description text in the description area, possibly empty: its cells joined left to right
 * @param cells       the text under each text column, left to right ("" where a column is blank); one for a table
 *                    with one text column
 * @param money       amounts by column kind (debit, credit, amount, balance)
 * @param marker      non-null when the line is a balance, total or furniture row
 * @param direction   what a debit/credit word in a column of its own says of the line's unsigned amount: +1 money
 *                    in, -1 money out, 0 no such word
 * @param fit         in a table with one text column, where the line's text ends, what its first word takes and how
 *                    far it may reach ({@link WrapEdge}); null where not measured
 */
record TableLine(int page, float y, RawDate date, String description, List<String> cells,
                 Map<ColumnKind, Amount> money, Marker marker, int direction, Fit fit) {

    TableLine {
        cells = List.copyOf(cells);
        money = money.isEmpty() ? Map.of() : new EnumMap<>(money);
    }

    /** A line whose text was not measured. */
    TableLine(int page, float y, RawDate date, String description, List<String> cells, Map<ColumnKind, Amount> money,
              Marker marker, int direction) {
        this(page, y, date, description, cells, money, marker, direction, null);
    }

    /** A line whose text is one cell. */
    TableLine(int page, float y, RawDate date, String description, Map<ColumnKind, Amount> money, Marker marker,
              int direction) {
        this(page, y, date, description, List.of(description), money, marker, direction);
    }

    /** The same line with {@code date} as its date. */
    TableLine withDate(RawDate date) {
        return new TableLine(page, y, date, description, cells, money, marker, direction, fit);
    }

    /** The non-blank cells, stripped, joined by single spaces. */
    static String joined(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (String c : cells) {
            String t = c.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    /** Only text: a wrapped part of some row's description. */
    boolean isTextOnly() {
        return marker == null && date == null && money.isEmpty() && !description.isEmpty();
    }

    /**
     * Whether this undated line only repeats {@code reached} (the balance of the row above, null when it printed
     * none), as printed: its one value sits in the balance column and is that balance.
     */
    boolean repeatsBalance(Amount reached) {
        Amount value = money.get(ColumnKind.BALANCE);
        return value != null && reached != null && money.size() == 1 && date == null
                && value.magnitude().compareTo(reached.magnitude()) == 0 && value.mark() == reached.mark();
    }

    /** Whether the line prints under the balance column the balance the rows reached (a total row's, maybe dated). */
    boolean printsBalance(Amount reached) {
        Amount value = money.get(ColumnKind.BALANCE);
        return value != null && reached != null && value.magnitude().compareTo(reached.magnitude()) == 0
                && value.mark() == reached.mark();
    }

    boolean hasTransactionMoney() {
        return money.containsKey(ColumnKind.DEBIT) || money.containsKey(ColumnKind.CREDIT)
                || money.containsKey(ColumnKind.AMOUNT);
    }

    /**
     * How a line's text sits in its column, in points.
     *
     * @param left  left edge of its first word of text
     * @param right right edge of its last word of text
     * @param lead  the room its first word of text takes at the end of the line above: a space and the word
     * @param reach the furthest its text may end: short of where the next column starts on the line (its header's
     *              left edge, or the cell after the text where that starts further left) by the gap that sets cells
     *              apart
     */
    record Fit(float left, float right, float lead, float reach) {

        /**
         * The fit of a line's text from its first and last words of text, the last at {@code lastAt} among the line's
         * {@code words} (in x order): it reaches short of the next column's start on the line (its header's left
         * edge, {@code limit}, or the word after the text where that starts further left) by a cell gap.
         */
        static Fit of(List<Word> words, Word first, Word last, int lastAt, float limit) {
            float next = lastAt + 1 < words.size() && words.get(lastAt) == last
                    ? Math.min(limit, words.get(lastAt + 1).x()) : limit;
            return new Fit(first.x(), last.right(), first.space() + first.width(), next - Phrase.cellGap(last, last));
        }

        // Written out as the record's own would be, like TableLine's.
        @Override
        public boolean equals(Object o) {
            return o instanceof Fit f && Column.same(left, f.left) && Column.same(right, f.right)
                    && Column.same(lead, f.lead) && Column.same(reach, f.reach);
        }

        @Override
        public int hashCode() {
            int h = 31 * Float.hashCode(left) + Float.hashCode(right);
            return 31 * (31 * h + Float.hashCode(lead)) + Float.hashCode(reach);
        }
    }

    // Written out as the record's own would be (same values, so the same hash order): the generated ones spin
    // method-handle classes at run time, with the JDK's ASM, on the first lines they hash (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof TableLine t && page == t.page && Column.same(y, t.y) && Objects.equals(date, t.date)
                && Objects.equals(description, t.description) && Objects.equals(cells, t.cells)
                && Objects.equals(money, t.money) && marker == t.marker && direction == t.direction
                && Objects.equals(fit, t.fit);
    }

    @Override
    public int hashCode() {
        int h = 31 * page + Float.hashCode(y);
        h = 31 * h + Objects.hashCode(date);
        h = 31 * h + Objects.hashCode(description);
        h = 31 * h + Objects.hashCode(cells);
        h = 31 * h + Objects.hashCode(money);
        h = 31 * h + Objects.hashCode(marker);
        h = 31 * h + direction;
        return 31 * h + Objects.hashCode(fit);
    }
}
