package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The debit/credit words of one table line printed in a column of their own ("Af"/"Bij", "D"/"C", "DR"/"CR",
 * "Soll"/"Haben", "Debit"/"Credit" under "Type"): they say which way the line's unsigned amount goes. Collects
 * the words of the line's reference-like columns, then reads each column's cell whole, so "Credit card" or a
 * code says nothing. Not thread-safe: one per line.
 */
final class SignWords {

    private static final Set<String> OUT = Set.of("debit", "debito", "dr", "db", "af", "soll", "debe",
            "dare", "cargo", "withdrawal", "支出");
    private static final Set<String> IN = Set.of("credit", "credito", "cr", "bij", "haben", "haber",
            "avere", "abono", "deposit", "收入");
    // A wallet's record of payments (Alipay "收/支": 收入 / 支出 / 不计收支; WeChat Pay prints "/") marks the rows it
    // counts neither in nor out (moves between the holder's own purses, a card repaid) in the sign column itself.
    private static final Set<String> NEITHER = Set.of("不计收支", "不計收支", "/");
    // Single letters and signs say it only under a header that names a sign column ("D/C", "S/H", "+/-"; the Baltic
    // "D/K", K for kredit).
    private static final Set<String> OUT_MARKS = Set.of("d", "s", "-");
    private static final Set<String> IN_MARKS = Set.of("c", "h", "k", "+");

    private List<Column> columns;
    private List<StringBuilder> cells;
    private Column last;

    /** Adds a word the line prints under {@code column}, a reference-like or sign column. */
    void add(Column column, Word word) {
        if (column.kind() != ColumnKind.SIGN && column.kind() != ColumnKind.OTHER) {
            return;
        }
        last = column;
        if (columns == null) {
            columns = new ArrayList<>(2);
            cells = new ArrayList<>(2);
        }
        int k = columns.indexOf(column);
        if (k < 0) {
            columns.add(column);
            cells.add(new StringBuilder(word.text()));
        } else {
            cells.get(k).append(' ').append(word.text());
        }
    }

    /**
     * True when a reference-like column's cell is a balance label ("Statement balance" set under a card's
     * "Category" column, its amount beside): the line is that balance, no row.
     */
    boolean namesBalance() {
        for (int k = 0; columns != null && k < columns.size(); k++) {
            if (columns.get(k).kind() == ColumnKind.OTHER && Marker.of(cells.get(k).toString(), false) == Marker.BALANCE) {
                return true;
            }
        }
        return false;
    }

    /** The column the line's last word so far was added under, or null. */
    Column lastColumn() {
        return last;
    }

    /** +1 when the cells say money in, -1 money out, 0 when none says or they disagree. */
    int direction() {
        int direction = 0;
        for (int k = 0; columns != null && k < columns.size(); k++) {
            int d = directionOf(cells.get(k).toString(), columns.get(k).kind() == ColumnKind.SIGN);
            if (d != 0 && direction != 0 && d != direction) {
                return 0;
            }
            direction = d != 0 ? d : direction;
        }
        return direction;
    }

    /**
     * True when a sign column's cell says the line moves no money in or out ("不计收支", "/"): the statement counts it
     * neither way, so it is no transaction.
     */
    boolean neither() {
        for (int k = 0; columns != null && k < columns.size(); k++) {
            if (columns.get(k).kind() == ColumnKind.SIGN && NEITHER.contains(cells.get(k).toString().strip())) {
                return true;
            }
        }
        return false;
    }

    /** What one cell says: +1 money in, -1 money out, 0 nothing; letters and signs count only in a sign column. */
    static int directionOf(String cell, boolean signColumn) {
        String c = HeaderVocabulary.normalise(cell);
        if (OUT.contains(c) || signColumn && OUT_MARKS.contains(c)) {
            return -1;
        }
        if (IN.contains(c) || signColumn && IN_MARKS.contains(c)) {
            return 1;
        }
        return 0;
    }
}
