package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pages at which the transaction table was read from its first row and to its last: a balance printed in
 * the table can stand for the statement's opening (or closing) only if it is read on the first (last) of them;
 * one on a later (earlier) page would leave rows lost before (after) it uncounted.
 *
 * @param firstPage the page whose table was read from its start, or 0 when rows may be missing there: the
 *                  first header read nothing, or an earlier page prints rows no table took
 * @param lastPage  the page whose table was read to its end, or 0 when rows may be missing there: the last
 *                  header read nothing, or rows no table took are printed below the table's last row (on its
 *                  page or a later one)
 * @param undatedAfter the first page after the table's last that prints undated rows under its columns, none read
 *                     (rows under a day's heading on a page the table went on to unread), or 0
 * @param undatedBetween the first page between two of the table's pages, none of it read, that prints undated rows
 *                       under the columns of the table's page before it, or 0
 */
record TableSpan(int firstPage, int lastPage, int undatedAfter, int undatedBetween) {

    /** Where a line was printed: its page and baseline (larger is lower). */
    record Place(int page, float y) {
    }

    /** A line outside any table that ends in an amount, with the width of its page. */
    record MoneyLine(Line line, float pageWidth) {
    }

    /** True when {@code limit} (a first or last page) is known and {@code page} is it. */
    static boolean at(int limit, int page) {
        return limit > 0 && page == limit;
    }

    /**
     * @param table      the transaction table's fragments, in page order, not empty
     * @param unreadRows the lines no transaction table read that look like transactions (a date, text and an
     *                   amount): outside any table, or in a table of other columns
     * @param undatedAfter see the record's component
     * @param undatedBetween see the record's component
     */
    static TableSpan of(List<TableFragment> table, List<Place> unreadRows, int undatedAfter, int undatedBetween) {
        TableFragment first = table.get(0);
        TableFragment last = table.get(table.size() - 1);
        int k = table.size() - 1;
        while (k > 0 && !last.lines().isEmpty() && last.lines().stream().allMatch(TableLine::isTextOnly)) {
            // A page holding only the rest of the last row (split from it by the page break) ends no rows: the table
            // was read to its end on the page before; a row unread on the rest's page still counts as after it.
            last = table.get(--k);
        }
        float end = bottom(last);
        boolean rowsBefore = false;
        boolean rowsAfter = false;
        for (Place p : unreadRows) {
            rowsBefore |= p.page() < first.page();
            rowsAfter |= p.page() > last.page() || p.page() == last.page() && p.y() > end;
        }
        return new TableSpan(read(first) && !rowsBefore ? first.page() : 0,
                read(last) && !rowsAfter ? last.page() : 0, undatedAfter, undatedBetween);
    }

    // The baseline of the fragment's last line, or of its header when it has none.
    private static float bottom(TableFragment fragment) {
        List<TableLine> lines = fragment.lines();
        return lines.isEmpty() ? fragment.headerY() : lines.get(lines.size() - 1).y();
    }

    // A header under which no row and no balance was read stands where rows may have been lost.
    private static boolean read(TableFragment fragment) {
        for (TableLine l : fragment.lines()) {
            if (l.date() != null || !l.money().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A line that reads like a transaction: a date first, an amount last, and text between that names no balance. */
    static boolean looksLikeRow(Line line) {
        List<Word> words = line.words();
        int date = DatePrefix.of(words, Math.min(3, words.size() - 1), true);
        if (date == 0) {
            return false;
        }
        int amount = words.size();
        for (int n = 1; n <= 2 && words.size() - n > date && amount == words.size(); n++) {
            if (AmountParser.parse(Phrase.join(words, words.size() - n, words.size())).isPresent()) {
                amount = words.size() - n;
            }
        }
        // "05/01/25 BEGINNING BALANCE 3,412.80" in a summary box is the opening, not a lost row.
        return amount < words.size() && amount > date
                && Marker.of(Phrase.join(words, date, amount), true) == null;
    }

    /** Whether the line's last word or two read as an amount after other words. */
    static boolean endsInAmount(Line line) {
        List<Word> words = line.words();
        for (int n = 1; n <= 2 && words.size() > n; n++) {
            if (AmountParser.parse(Phrase.join(words, words.size() - n, words.size())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines on pages after the table's last that read as undated rows under its columns (text, then an amount in
     * its money column: rows under a day's heading), where a page holds two or more: a page the table went on to
     * unread; the first such page, or 0. {@code last}: the table's last fragment.
     */
    static int undatedRowsAfter(TableFragment last, List<MoneyLine> lines, CellReading cellReading) {
        Map<Integer, Integer> byPage = new TreeMap<>();
        for (MoneyLine m : lines) {
            if (m.line().page() <= last.page()) {
                continue;
            }
            Optional<TableLine> t = LineClassifier.classify(m.line(), last.columns(), m.pageWidth(), cellReading);
            if (t.isPresent() && DayHeadedPage.readsAsRow(t.get())) {
                byPage.merge(m.line().page(), 1, Integer::sum);
            }
        }
        return firstWithTwo(byPage);
    }

    /**
     * The lines on a page between two of the table's pages, holding none of its fragments, that read as undated rows
     * under the columns of the table's fragment before it, where a page holds two or more: a page the table went on
     * to unread, whose rows a balance past it proves nothing of where they net to nothing; the first such page, or 0.
     */
    static int undatedRowsBetween(List<TableFragment> table, List<MoneyLine> lines, CellReading cellReading) {
        Map<Integer, Integer> byPage = new TreeMap<>();
        int first = table.get(0).page();
        int last = table.get(table.size() - 1).page();
        // Each read page's last fragment, found once rather than by a pass over the table for every line.
        TreeMap<Integer, TableFragment> lastOnPage = new TreeMap<>();
        for (TableFragment f : table) {
            lastOnPage.put(f.page(), f);
        }
        for (MoneyLine m : lines) {
            int page = m.line().page();
            if (page <= first || page >= last || lastOnPage.containsKey(page)) {
                continue;
            }
            TableFragment before = lastOnPage.lowerEntry(page).getValue();
            Optional<TableLine> t = LineClassifier.classify(m.line(), before.columns(), m.pageWidth(), cellReading);
            if (t.isPresent() && DayHeadedPage.readsAsRow(t.get())) {
                byPage.merge(m.line().page(), 1, Integer::sum);
            }
        }
        return firstWithTwo(byPage);
    }

    // The first page holding two such lines at least (one alone may be a total or a note), or 0.
    private static int firstWithTwo(Map<Integer, Integer> byPage) {
        return byPage.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).findFirst().orElse(0);
    }
}
