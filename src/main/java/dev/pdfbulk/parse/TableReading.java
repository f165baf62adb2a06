package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the pages of one statement read as so far: its table fragments, the lines outside them (for metadata and
 * the card wording), and the lines outside tables that read like rows. Pages come in order. Not thread-safe.
 */
final class TableReading {

    // Lines outside tables kept for metadata; the header area of the first pages is what matters.
    private static final int MAX_OTHER_LINES = 400;
    private static final int MAX_MONEY_LINES = 4000;
    // "Representative example": a notice's illustration of what a charge would cost, no account's rows.
    private static final Pattern SIDE_TABLE = Pattern.compile(
            "summary|interest|fee|year[- ]to[- ]date|ytd|zusammenfassung|zinsen|entgelt|recapitulatif|interets|example",
            Pattern.CASE_INSENSITIVE);
    // A table titled as balances ("Daily ending balance") lists the balance day by day: none of its rows moved money.
    private static final Pattern BALANCE_LIST = Pattern.compile("\\b(?:balances?|saldo|solde|kontostand)\\b");

    private final CellReading cellReading;
    private final List<TableFragment> fragments;
    private final List<Line> otherLines;
    private final StringBuilder cardEvidence;
    // The lines outside any table that read like transactions: rows a missed header left unread.
    private final List<TableSpan.Place> rowsOutsideTables;
    // The lines outside any table ending in an amount, with their page's width: undated rows a page left unread.
    private final List<TableSpan.MoneyLine> moneyLines;
    private TableFragment openTable;

    /** @param cellReading how a money cell reads ("1703.889", "12.5"; {@link CellReading}) */
    TableReading(CellReading cellReading) {
        this(cellReading, new ArrayList<>(), new ArrayList<>(), new StringBuilder(), new ArrayList<>(), new ArrayList<>(),
                null);
    }

    private TableReading(CellReading cellReading, List<TableFragment> fragments, List<Line> otherLines,
                         StringBuilder cardEvidence, List<TableSpan.Place> rowsOutsideTables,
                         List<TableSpan.MoneyLine> moneyLines, TableFragment openTable) {
        this.cellReading = cellReading;
        this.fragments = fragments;
        this.otherLines = otherLines;
        this.cardEvidence = cardEvidence;
        this.rowsOutsideTables = rowsOutsideTables;
        this.moneyLines = moneyLines;
        this.openTable = openTable;
    }

    /** This reading so far, to go on with another way of reading money cells. */
    TableReading fork(CellReading other) {
        List<TableFragment> copied = new ArrayList<>(fragments);
        // Only the open table is still written to (the next page may continue it); the others are done.
        TableFragment open = openTable == null ? null : openTable.copy();
        if (open != null) {
            copied.set(copied.lastIndexOf(openTable), open);
        }
        return new TableReading(other, copied, new ArrayList<>(otherLines), new StringBuilder(cardEvidence),
                new ArrayList<>(rowsOutsideTables), new ArrayList<>(moneyLines), open);
    }

    /** Reads one page, given its words grouped into lines ({@link Line#of}). */
    void accept(PageText page, List<Line> lines) {
        take(page, PageTableReader.read(page, lines, openTable, cellReading));
    }

    /**
     * Reads the pages of a statement that printed no column header anywhere, as tables under the columns their rows
     * imply ({@link HeaderlessPage}).
     */
    static TableReading headerless(List<PageText> pages, CellReading cellReading) {
        TableReading reading = new TableReading(cellReading);
        // Pages before the first that implies columns (a first page whose every few rows wrap, never three one-line
        // rows in a run) read under the first columns implied: one layout; the balances must still prove it.
        TableColumns columns = null;
        if (!pages.isEmpty() && ImpliedColumns.of(Line.of(pages.get(0))) == null) {
            for (int k = 1; k < pages.size() && columns == null; k++) {
                columns = ImpliedColumns.of(Line.of(pages.get(k)));
            }
        }
        for (PageText page : pages) {
            HeaderlessPage.Result result = HeaderlessPage.read(page, columns, cellReading);
            columns = result.columns();
            reading.take(page, result.read());
        }
        return reading;
    }

    CellReading cellReading() {
        return cellReading;
    }

    private void take(PageText page, PageTableReader.Result result) {
        fragments.addAll(result.fragments());
        for (TableFragment f : result.fragments()) {
            // A block of undated charges is complete where printed: the next page goes on with the table.
            if (!f.undatedCharges()) {
                openTable = f;
            }
        }
        for (Line line : result.otherLines()) {
            if (otherLines.size() < MAX_OTHER_LINES) {
                otherLines.add(line);
            }
            if (cardEvidence.length() < 4096 && CardWording.names(line)) {
                cardEvidence.append(line.text()).append('\n');
            }
            if (TableSpan.looksLikeRow(line)) {
                rowsOutsideTables.add(new TableSpan.Place(page.number(), line.y()));
            } else if (moneyLines.size() < MAX_MONEY_LINES && TableSpan.endsInAmount(line)) {
                moneyLines.add(new TableSpan.MoneyLine(line, page.width()));
            }
        }
    }

    List<TableFragment> fragments() {
        return fragments;
    }

    List<Line> otherLines() {
        return otherLines;
    }

    /**
     * The lines outside the tables, with those of a summary grid that a header word made a table of its own beside
     * {@code table} (KBank's "CARD NUMBER | STATEMENT DATE | PAYMENT DUE DATE | CREDIT LIMIT" over its values;
     * {@link SummaryGrid}), in printed order: what metadata is read from.
     */
    List<Line> metadataLines(List<TableFragment> table) {
        List<Line> out = null;
        for (TableFragment f : fragments) {
            if (!f.printed().isEmpty() && !table.contains(f) && SummaryGrid.is(f)) {
                out = out == null ? new ArrayList<>(otherLines) : out;
                SummaryGrid.insert(out, f.printed());
            }
        }
        return out == null ? otherLines : out;
    }

    /** True when the wording outside the tables says the account is a credit card. */
    boolean cardWording() {
        return cardEvidence.length() > 0;
    }

    // Tables beside the transaction list that list dated charges: every row a date and an amount, no balance.
    List<TableFragment> chargeTables(List<TableFragment> table) {
        List<TableFragment> out = new ArrayList<>();
        for (TableFragment f : fragments) {
            if (!table.contains(f) && !listsBalances(f) && !f.pending() && f.columns().first(ColumnKind.BALANCE) == null
                    && f.dataLines() > 0
                    && f.lines().stream().allMatch(l -> l.marker() == Marker.TOTAL || l.marker() == Marker.FURNITURE
                    || l.marker() == null && (l.isTextOnly() || l.date() != null && l.hasTransactionMoney()))) {
                out.add(f);
            }
        }
        return out;
    }

    // Of the tables found, the transaction list is the one whose header recurs with the most rows.
    List<TableFragment> transactionTable() {
        Map<String, Long> rowsBySignature = new LinkedHashMap<>();
        for (TableFragment f : fragments) {
            if (!isSideTable(f)) {
                rowsBySignature.merge(f.columns().signature(), f.dataLines(), Long::sum);
            }
        }
        String best = rowsBySignature.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        List<TableFragment> out = new ArrayList<>();
        for (TableFragment f : fragments) {
            if (f.columns().signature().equals(best) && !isSideTable(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The transaction table with the tables of other columns that list dated rows of money, in printed order: a
     * statement of several accounts may print each account's table under columns of its own (a card's "Buchungstag |
     * Umsatztag | Vorgang | Referenz" after the current account's "Buchungstag | Wertstellung | Vorgang"). The same
     * list when there are none.
     */
    List<TableFragment> withOtherTables(List<TableFragment> table) {
        List<TableFragment> out = new ArrayList<>();
        for (TableFragment f : fragments) {
            if (table.contains(f) || !isSideTable(f) && !f.undatedCharges() && listsDatedMoney(f)) {
                out.add(f);
            }
        }
        return out.size() == table.size() ? table : out;
    }

    private static boolean listsDatedMoney(TableFragment f) {
        for (TableLine l : f.lines()) {
            if (l.marker() == null && l.date() != null && l.hasTransactionMoney()) {
                return true;
            }
        }
        return false;
    }

    /** The first page after {@code table}'s last holding undated rows no table read ({@link TableSpan}), or 0. */
    int undatedRowsAfter(List<TableFragment> table) {
        return TableSpan.undatedRowsAfter(table.get(table.size() - 1), moneyLines, cellReading);
    }

    /** The first page between two of {@code table}'s, none of it read, holding undated rows ({@link TableSpan}), or 0. */
    int undatedRowsBetween(List<TableFragment> table) {
        return TableSpan.undatedRowsBetween(table, moneyLines, cellReading);
    }

    // Rows no transaction table read: lines outside tables, and rows of tables with other columns (not titled
    // as summaries or pending), which may be the transaction list under a header read differently.
    List<TableSpan.Place> unreadRows(List<TableFragment> table) {
        List<TableSpan.Place> rows = new ArrayList<>(rowsOutsideTables);
        for (TableFragment f : fragments) {
            if (!table.contains(f) && !isSideTable(f) && f.dataLines() > 0) {
                for (TableLine l : f.lines()) {
                    if (l.marker() == null && (l.date() != null || l.hasTransactionMoney())) {
                        rows.add(new TableSpan.Place(f.page(), l.y()));
                    }
                }
            }
        }
        return rows;
    }

    private boolean isSideTable(TableFragment f) {
        // Items not yet posted are outside the statement's balances, whatever else the title says.
        return f.pending() || f.undatedCharges() || !f.title().isEmpty() && (sideTitle(f.title()) || listsBalances(f))
                && !f.title().toLowerCase(Locale.ROOT).contains("transaction");
    }

    // "Interest" or "fee" in a title that names money coming in ("Deposits, credits and interest", Truist's section of
    // deposits) is one kind of the rows it lists, no table of rates or charges beside the list.
    private static boolean sideTitle(String title) {
        String t = Folding.fold(title);
        return SIDE_TABLE.matcher(t).find() && (t.contains("summary") || Marker.sectionDirection(title) <= 0);
    }

    private static boolean listsBalances(TableFragment f) {
        return !f.title().isEmpty() && BALANCE_LIST.matcher(Folding.fold(f.title())).find();
    }
}
