package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the transaction tables of one page: each header row starts a table, which runs until a line
 * that cannot belong to it, a wide vertical gap, or the next header. Lines outside tables are kept for
 * metadata. Stateless and thread-safe.
 */
final class PageTableReader {

    /** What one page holds: its table fragments and the lines outside them. */
    record Result(List<TableFragment> fragments, List<Line> otherLines) {
    }

    private PageTableReader() {
    }

    /**
     * @param page      the page's words
     * @param pageLines the page's words grouped into lines ({@link Line#of}), read only
     * @param carryOver the last table fragment of the previous page: its columns are used when this page
     *                  repeats no header, and its last date may be completed by the top of this page; may
     *                  be null
     * @param cellReading how a money cell reads ("1703.889", "12.5": {@link CellReading})
     */
    static Result read(PageText page, List<Line> pageLines, TableFragment carryOver, CellReading cellReading) {
        // A summary box beside the table's first rows: its lines are read outside the table.
        SideBox.Split side = SideBox.split(pageLines, page.width());
        Result result = readLines(page, side.lines(), carryOver, cellReading);
        return side.box().isEmpty() ? result : new Result(result.fragments(), byY(result.otherLines(), side.box()));
    }

    // The lines of `a` and `b`, each top to bottom, merged top to bottom.
    private static List<Line> byY(List<Line> a, List<Line> b) {
        List<Line> out = new ArrayList<>(a.size() + b.size());
        int j = 0;
        for (Line line : a) {
            while (j < b.size() && b.get(j).y() < line.y()) {
                out.add(b.get(j++));
            }
            out.add(line);
        }
        out.addAll(b.subList(j, b.size()));
        return out;
    }

    private static Result readLines(PageText page, List<Line> pageLines, TableFragment carryOver,
                                    CellReading cellReading) {
        List<Line> lines = new ArrayList<>(pageLines);
        List<TableFragment> fragments = new ArrayList<>();
        List<Line> other = new ArrayList<>();
        boolean anyHeader = false;
        boolean anyRows = false;
        int i = 0;
        Optional<HeaderDetector.Found> next = Optional.empty();
        while (i < lines.size()) {
            // A table that ended on a header has already found it: detection is the costly part of a line.
            Optional<HeaderDetector.Found> header = next.isPresent() ? next : HeaderDetector.detect(lines, i);
            next = Optional.empty();
            if (header.isEmpty()) {
                other.add(lines.get(i));
                i++;
                continue;
            }
            anyHeader = true;
            if (fragments.isEmpty() && carryOver != null && i > 0) {
                // Rows above the page's first header go on with the previous page's table ("Detail Continued" over
                // the rest of one section, then the next section's header): they are read in its columns.
                Result top = continuation(page, new ArrayList<>(lines.subList(0, i)), carryOver.columns(), null,
                        cellReading);
                if (!top.fragments().isEmpty()) {
                    other.clear();
                    other.addAll(top.otherLines());
                    fragments.addAll(top.fragments());
                    anyRows = true;
                }
            }
            int from = i + header.get().linesUsed();
            TableColumns earlier = fragments.isEmpty()
                    ? carryOver == null ? null : carryOver.columns() : fragments.get(fragments.size() - 1).columns();
            // Columns reach as far as their cells do (amounts right of a header, text left of a centred one); a table
            // continued under the same header keeps the reach its columns showed before.
            TableColumns columns = TextEdges.learn(AmountEdges.carried(
                    AmountEdges.learn(header.get().columns(), lines, from), earlier), lines, from, earlier);
            // Columns repeated as groups across the line are tables side by side: each row holds one group's cells.
            ColumnGroups groups = ColumnGroups.of(columns);
            if (groups != null) {
                columns = groups.first();
            }
            float headerY = lines.get(i).y();
            for (int k = i + 1; k < from; k++) {
                headerY = Math.max(headerY, lines.get(k).y());
            }
            if (groups != null && groups.readDownEach()) {
                i = readDownEach(lines, from, groups, page, headerY, anyRows ? null : carryOver, cellReading,
                        fragments, other);
                anyRows |= fragments.stream().anyMatch(f -> !f.lines().isEmpty());
                continue;
            }
            TableFragment fragment = new TableFragment(page.number(), columns, title(lines, i), headerY);
            fragment.headerCurrency(HeaderCurrency.of(lines.subList(i, from), columns));
            fragment.principalBalance(PrincipalBalance.headed(lines.subList(i, from), columns));
            if (PendingTitle.above(lines, i)) {
                fragment.markPending();
            }
            TableRowReader.End end = TableRowReader.read(lines, from, fragment, groups, page.width(),
                    anyRows ? null : carryOver, cellReading);
            if (end.index() - i <= SummaryGrid.MAX_LINES || CurrencyColumnSections.mayHold(columns)
                    || CurrencyColumnCells.headed(lines.subList(i, from))) {
                // A short table may be a summary grid read as one: its lines may be needed for metadata; so are a table's
                // with amount columns in several currencies, to tell which column each row's amount stands in, and a
                // table's with a currency column, whose cells may name the statement's currency.
                fragment.printed(lines.subList(i, end.index()));
            }
            i = end.index();
            next = end.header();
            fragments.add(fragment);
            if (next.isEmpty() && !fragment.lines().isEmpty()) {
                // "Interest Charged" over undated charges under the table: a block of its own (UndatedCharges).
                i = UndatedCharges.read(lines, i, columns, page.width(), cellReading, fragments);
            }
            anyRows |= !fragment.lines().isEmpty();
        }
        if (!anyHeader && carryOver != null) {
            return continuation(page, lines, carryOver.columns(), carryOver, cellReading);
        }
        return new Result(fragments, other);
    }

    /**
     * Reads a newspaper page: each group of columns is a table of its own, read down before the next group's;
     * returns the index of the first line below all of them. Parts of lines beside or between them that no
     * table took are kept for metadata.
     */
    private static int readDownEach(List<Line> lines, int from, ColumnGroups groups, PageText page, float headerY,
                                    TableFragment carryOver, CellReading cellReading, List<TableFragment> fragments,
                                    List<Line> other) {
        List<List<Line>> parts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        float bottom = Float.NEGATIVE_INFINITY;
        for (int g = 0; g < groups.size(); g++) {
            List<Line> own = new ArrayList<>();
            for (int k = from; k < lines.size(); k++) {
                Line part = groups.part(lines.get(k), g);
                if (part != null) {
                    own.add(part);
                }
            }
            TableFragment fragment = new TableFragment(page.number(), groups.group(g), "", headerY);
            int end = TableRowReader.read(own, 0, fragment, null, page.width(), g == 0 ? carryOver : null, cellReading)
                    .index();
            fragments.add(fragment);
            parts.add(own);
            ends.add(end);
            if (end > 0) {
                bottom = Math.max(bottom, own.get(end - 1).y());
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Line> own = parts.get(g);
            for (int k = ends.get(g); k < own.size() && own.get(k).y() <= bottom; k++) {
                other.add(own.get(k));
            }
        }
        int next = from;
        while (next < lines.size() && lines.get(next).y() <= bottom) {
            next++;
        }
        return next;
    }

    // A page that continues a table without repeating its header: rows start at the first dated money line. {@code
    // open}: the previous page's table, where this page holds no header (null: a header below starts another).
    private static Result continuation(PageText page, List<Line> lines, TableColumns columns, TableFragment open,
                                       CellReading cellReading) {
        List<Line> other = new ArrayList<>();
        int start = -1;
        for (int k = 0; k < lines.size() && start < 0; k++) {
            if (BalanceGridHeader.at(lines.get(k))) {
                // A grid of daily balances heads the page: the table above does not go on under it.
                return new Result(List.of(), lines);
            }
            Optional<TableLine> t = LineClassifier.classify(lines.get(k), columns, page.width(), cellReading);
            if (t.isPresent() && t.get().date() != null && t.get().hasTransactionMoney()) {
                start = k;
            } else {
                other.add(lines.get(k));
            }
        }
        if (start < 0 && open != null && DayHeadedPage.dayHeaded(open)) {
            // Rows under day headings carry no date: the page goes on with them from its first undated row.
            start = DayHeadedPage.firstRow(lines, columns, page.width(), cellReading);
            other.subList(Math.max(start, 0), other.size()).clear();
        }
        if (start < 0) {
            return open != null ? rest(page, lines, columns, open, cellReading) : new Result(List.of(), lines);
        }
        // A row's wrapped text right above the first row, split by the page break, is the table's, not furniture.
        int from = PageTopText.start(lines, start, columns, page.width(), cellReading);
        // Such text over the table's total above the first row can only end the previous page's last row: it is read
        // so, but nothing shows it is not furniture set there, so the statement is in doubt.
        int over = open != null ? PageTopText.overTotal(lines, from, columns, page.width(), cellReading) : from;
        // A balance brought over the break right above them carries the running balance, as under a repeated header.
        int rest = open != null ? PageTopText.broughtForward(lines, over, columns, page.width(), cellReading) : over;
        other.subList(rest, start).clear();
        start = rest;
        TableFragment fragment = new TableFragment(page.number(), columns, "");
        int end = TableRowReader.read(lines, start, fragment, null, page.width(), null, cellReading).index();
        if (over < from) {
            Line first = lines.get(over);
            fragment.lines().stream().filter(t -> t.y() == first.y()).findFirst().ifPresent(t -> fragment.unproven(t,
                    "text at the top of page " + page.number() + " (\"" + t.description() + "\") over the table's "
                            + "total, may end the previous page's last row"));
        }
        other.addAll(lines.subList(end, lines.size()));
        return new Result(List.of(fragment), other);
    }

    // A page that continues a table with none of its rows: the previous page's last row may end at its top, read
    // under a title carried over the break or the table's header repeated. Else, where the page shows the table goes
    // on there (its total or balance lines, a row wrapping to the page's end, the text standing alone after a table
    // ending on a row), the text is read in doubt; else it is read outside the table, as before.
    private static Result rest(PageText page, List<Line> lines, TableColumns columns, TableFragment open,
                               CellReading cellReading) {
        PageTopText.Rest rest = PageTopText.alone(lines, columns, page.width(), cellReading);
        if (rest == null) {
            return new Result(List.of(), lines);
        }
        boolean read = PageTopText.endsLastRow(rest, open);
        if (!read && !PageTopText.goesOn(rest, lines, open, columns, page.width(), cellReading)) {
            return new Result(List.of(), lines);
        }
        TableFragment fragment = new TableFragment(page.number(), columns, "");
        // The balance brought forward over the rest is the table's too, not the statement's opening.
        int first = lines.indexOf(rest.printed().get(0));
        List<Line> carried = lines.subList(PageTopText.broughtForward(lines, first, columns, page.width(), cellReading),
                first);
        List<TableLine> balance = PageTopText.tableLines(carried, columns, page.width(), cellReading);
        for (int k = 0; k < carried.size(); k++) {
            fragment.add(balance.get(k), carried.get(k));
        }
        for (int k = 0; k < rest.lines().size(); k++) {
            fragment.add(rest.lines().get(k), rest.printed().get(k));
        }
        if (!read) {
            fragment.unproven(rest.lines().get(0), "text alone at the top of page " + page.number() + " (\""
                    + rest.lines().get(0).description() + "\"), no row under it, may end the previous page's last row");
        }
        List<Line> other = new ArrayList<>(lines);
        other.removeAll(rest.printed());
        other.removeAll(carried);
        return new Result(List.of(fragment), other);
    }

    private static String title(List<Line> lines, int headerIndex) {
        if (headerIndex == 0) {
            return "";
        }
        Line above = lines.get(headerIndex - 1);
        Line header = lines.get(headerIndex);
        if (headerIndex >= 2 && SectionNote.counts(above) && header.y() - above.y() < 3f * header.height()) {
            // "There were 16 Banking/Debit Card Withdrawals and Purchases totaling $1,688.96." between the section's
            // title and its header: a note on the section; the title is the line above it.
            header = above;
            above = lines.get(headerIndex - 2);
        }
        // A title is a short line of words just above the header, not the last row of a table before it, nor
        // cells of a summary grid set apart on one line ("purchases" ... "balance").
        boolean titleLike = above.words().size() <= 6 && above.text().chars().noneMatch(Character::isDigit)
                && Phrase.split(above).size() == 1;
        return titleLike && header.y() - above.y() < titleReach(above, header) ? above.text() : "";
    }

    /**
     * How far above the header its title may stand: three header heights, or, for a heading set in larger type than
     * the header (a section's 10-point "Checks" over 7.5-point column titles, a blank line or two between), four of
     * the heading's own heights: a larger heading stands further off.
     */
    private static float titleReach(Line title, Line header) {
        float reach = 3f * header.height();
        return title.height() > 1.2f * header.height() ? Math.max(reach, 4f * title.height()) : reach;
    }
}
