package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.MinorUnits;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic {@link StatementParser}: finds column headers on each page, reads the rows under them by
 * x-position, keeps the table that is the statement's transaction list, then resolves dates and signs
 * statement-wide and verifies the arithmetic.
 */
final class TableStatementParser implements StatementParser {

    // Pages kept for a statement that prints no header; one longer than this is read as it is.
    private static final int MAX_UNHEADED = 200;

    private final TableReading strict = new TableReading(CellReading.AS_PRINTED);
    // The same pages read with ungrouped three-decimal cells ("1703.889") as amounts, from the first page printing one.
    private TableReading ungrouped;
    // The same pages read with money cells' trailing zeros trimmed ("12.5", "100"), from the first page printing
    // such numbers: kept only where the statement then reconciles and does not otherwise.
    private TableReading trimmed;
    private int pages;
    private long words;
    // The pages read while no column header has been found: a statement that prints none is read again from them.
    private final List<PageText> unheaded = new ArrayList<>();
    // Statements list what has happened: no date of theirs lies after today.
    private final LocalDate today;
    // Thai script or the baht printed anywhere: two-digit years may be of the Buddhist era.
    private boolean thai;
    // Persian letters printed anywhere: year-first dates may be Solar Hijri.
    private boolean persian;
    // Whether a bare "$" is the US dollar.
    private final BareDollar dollar = new BareDollar();
    // Rows dated "Tue 13" under a band naming their month: the band last seen, carried to the next page.
    private final MonthBands bands = new MonthBands();
    // Reads the rows into a statement, once every page is in (finish).
    private StatementFromRows fromRows;

    TableStatementParser() {
        this(LocalDate.now());
    }

    TableStatementParser(LocalDate today) {
        this.today = today;
    }

    @Override
    public void accept(PageText printed) {
        PageText page = bands.rewrite(printed);
        pages++;
        words += page.words().size();
        for (int i = 0; !thai && i < page.words().size(); i++) {
            thai = BuddhistEra.thaiWord(page.words().get(i).text());
        }
        for (int i = 0; !persian && i < page.words().size(); i++) {
            persian = SolarHijri.persianWord(page.words().get(i).text());
        }
        if (ungrouped == null && UngroupedThreeDecimals.printedIn(page.words())) {
            ungrouped = strict.fork(CellReading.UNGROUPED);
        }
        if (trimmed == null && TrimmedAmounts.printedIn(page.words())) {
            trimmed = strict.fork(CellReading.TRIMMED);
        }
        // Grouped once for every reading of the page.
        List<Line> lines = Line.of(page);
        dollar.accept(page, lines);
        strict.accept(page, lines);
        if (ungrouped != null) {
            ungrouped.accept(page, lines);
        }
        if (trimmed != null) {
            trimmed.accept(page, lines);
        }
        // Once a header is found the pages before it stay: a statement may head only its later pages.
        if (strict.fragments().isEmpty()) {
            if (unheaded.size() < MAX_UNHEADED) {
                unheaded.add(page);
            } else {
                unheaded.clear();
            }
        }
    }

    @Override
    public Statement finish() throws StatementException {
        fromRows = new StatementFromRows(today, thai, persian, dollar, pages);
        TableReading reading = chosenReading();
        Statement read = null;
        StatementException failure = null;
        try {
            read = read(reading);
        } catch (StatementException e) {
            failure = e;
        }
        Statement other = trimmed != null && (failure != null || !reconciled(read)) ? trimmedRead() : null;
        if (other != null) {
            read = other;
            reading = trimmed;
        } else if (failure != null) {
            throw failure;
        }
        // Balances or accounts in several currencies: no one currency, opening or closing, never reconciled.
        Statement statement = SeveralCurrencies.apart(read, reading.otherLines(), reading.transactionTable());
        // An amount with more decimals than its currency has was misread: fail the file, never store it.
        for (Statement part : SectionedStatement.parts(statement)) {
            int digits = MinorUnits.of(part.metadata().currency());
            if (digits >= 0) {
                MinorUnits.check(part, digits);
            }
        }
        return statement;
    }

    // The statement as read with trimmed amounts ("12.5", "100"), where it reconciles; else null.
    private Statement trimmedRead() {
        try {
            Statement s = read(trimmed);
            return reconciled(s) ? s : null;
        } catch (StatementException e) {
            return null;
        }
    }

    // Where nothing outside the table names the currency, the currency column's cells may ("人民币" on every row).
    private static MetadataReader.Raw withColumnCurrency(MetadataReader.Raw m, List<TableFragment> table) {
        String code = m.currency() == null ? CurrencyColumnCells.of(table) : null;
        return code == null ? m : new MetadataReader.Raw(m.account(), code, m.periodStart(), m.periodEnd(), m.opening(),
                m.closing(), m.statementDate(), m.printedYear(), m.cycleDays());
    }

    private static boolean reconciled(Statement s) {
        return s.reconciliation().status() == ReconciliationStatus.RECONCILED;
    }

    private Statement read(TableReading reading) throws StatementException {
        if (words == 0) {
            throw new StatementException(FailureReason.NO_TEXT,
                    "no text layer on any of " + pages + " page(s): a scanned image, OCR is needed");
        }
        List<TableFragment> table = reading.transactionTable();
        AssembledRows assembled = AssembledRows.of(table);
        List<TableEvent> events = assembled.events();
        List<RawDate> rowDates = AssembledRows.dates(events);
        if (rowDates.isEmpty()) {
            // No header anywhere: rows found by their shape, else an app's blocks (AppBlocks), kept only where proven.
            boolean unheadedOnly = reading.fragments().isEmpty() && unheaded.size() == pages;
            Statement headerless = unheadedOnly ? headerless(unheaded, reading, List.of()) : null;
            List<PageText> blocks = unheadedOnly && headerless == null ? AppBlocks.asRows(unheaded) : null;
            headerless = blocks != null ? headerless(blocks, reading, List.of()) : headerless;
            // Rows under day headings (DayBlocks), kept only where proven too.
            List<PageText> days = unheadedOnly && headerless == null ? DayBlocks.asRows(unheaded) : null;
            headerless = days != null ? headerless(days, reading, List.of()) : headerless;
            if (headerless != null) {
                return headerless;
            }
            throw new StatementException(FailureReason.NO_TRANSACTIONS, "no transactions found in " + pages
                    + " page(s) of text" + (reading.fragments().isEmpty() ? " (no transaction table)" : ""));
        }
        List<Line> metaLines = reading.metadataLines(table);
        MetadataReader.Raw meta = withColumnCurrency(
                PrincipalBalance.closing(MetadataReader.read(metaLines), table, metaLines), table);
        StatementFromRows.Read read = fromRows.read(reading, table, assembled, rowDates, meta);
        if (MergedStatement.worthTrying(read.balanced())) {
            // One account's statements merged into one file: each read under its own period, their balances chained.
            Statement merged = MergedStatement.read(table, reading.otherLines(), meta, pages, (part, rows, own) ->
                    fromRows.read(reading, part, table, rows, AssembledRows.dates(rows.events()), own).statement());
            if (merged != null) {
                return FutureDates.checked(merged, today);
            }
        }
        if (!read.reconciled() && !unheaded.isEmpty() && table.get(0).page() > unheaded.size()) {
            // The pages before the first header, read without one ("Detail Continued | Amount" heading an Amex
            // statement's later pages only), with the table after them: kept only where the balances then agree.
            Statement mixed = headerless(unheaded, reading, table);
            if (mixed != null) {
                return mixed;
            }
        }
        List<TableFragment> charges = reading.chargeTables(table);
        if (read.balanced().reconciliation().isUnreconciled()) {
            // Charges listed in a table of their own (fees, interest) count in the balance when, and only when,
            // with them every balance agrees: a summary that merely repeats amounts never makes it add up. So do
            // undated charges under the table, dated the period's last day.
            List<TableFragment> all = new ArrayList<>(reading.fragments());
            all.removeIf(f -> !table.contains(f) && !charges.contains(f));
            for (List<TableFragment> tables : List.of(charges.isEmpty() ? List.<TableFragment>of() : all,
                    UndatedCharges.counted(reading.fragments(), table, charges, meta.closingDate()))) {
                if (tables.isEmpty()) {
                    continue;
                }
                AssembledRows withCharges = AssembledRows.of(tables);
                StatementFromRows.Read other =
                        fromRows.read(reading, tables, withCharges, AssembledRows.dates(withCharges.events()), meta);
                if (other.reconciled()) {
                    return FutureDates.checked(other.statement(), today);
                }
            }
        }
        // Rows that do not add up as one account may be several, each in a section of its own.
        Statement sectioned = read.reconciled() ? null : SectionedStatement.read(table, reading.otherLines(), meta, pages,
                (part, rows, own, debt) -> fromRows.read(reading, part, table, rows, rowDates, own, debt).statement());
        if (!read.reconciled() && (sectioned == null || SectionedStatement.leftListedUnread(sectioned))) {
            // An account the summary lists may print its rows under columns of their own (a loan's).
            Statement other = otherColumns(reading, table, meta);
            sectioned = other != null ? other : sectioned;
        }
        if (sectioned == null && !read.reconciled()) {
            // One account's amounts in a column per currency: each column's rows a section of its own.
            sectioned = CurrencyColumnSections.read(table, reading.otherLines(), meta, pages,
                    (part, rows, own, debt) -> fromRows.read(reading, part, table, rows, rowDates, own, debt).statement());
        }
        return FutureDates.checked(sectioned != null ? sectioned : read.statement(), today);
    }

    // Accounts each under columns of their own (a card's table after the current account's): kept only where every
    // section's balances agree, the tables of other columns being otherwise no rows of the statement.
    private Statement otherColumns(TableReading reading, List<TableFragment> table, MetadataReader.Raw meta) {
        List<TableFragment> all = reading.withOtherTables(table);
        if (all == table) {
            return null;
        }
        List<RawDate> allDates = AssembledRows.dates(AssembledRows.of(all).events());
        Statement s = SectionedStatement.read(all, reading.otherLines(), meta, pages,
                (part, rows, own, debt) -> fromRows.read(reading, part, all, rows, allDates, own, debt).statement());
        return s != null && reconciled(s) ? s : null;
    }

    // No header anywhere: runs of dated rows ending in aligned amounts imply one (Amex, UK cards). A table found so is
    // only a guess at the layout, kept only when the statement's balances prove it; otherwise there is none.
    private Statement headerless(List<PageText> unheadedPages, TableReading headed, List<TableFragment> after) {
        TableReading reading = TableReading.headerless(unheadedPages, headed.cellReading());
        List<TableFragment> table = new ArrayList<>(reading.fragments());
        if (table.isEmpty()) {
            return null;
        }
        table.addAll(after);
        AssembledRows assembled = AssembledRows.of(table);
        List<RawDate> rowDates = AssembledRows.dates(assembled.events());
        if (rowDates.isEmpty()) {
            return null;
        }
        TableReading context = after.isEmpty() ? reading : headed;
        StatementFromRows.Read read =
                fromRows.read(context, table, assembled, rowDates, MetadataReader.read(context.otherLines()));
        // Balances that agree prove the layout even where the years of its dates are a guess.
        return read.reconciled() ? FutureDates.checked(read.statement(), today) : null;
    }

    // "1703.889" can only be 1703.889, yet a statement of two-decimal amounts reads it as it always has (no amount):
    // the cells that show no grouping count as amounts only when the statement's amounts have three decimals.
    private TableReading chosenReading() {
        if (ungrouped == null) {
            return strict;
        }
        List<TableEvent> events = AssembledRows.of(ungrouped.transactionTable()).events();
        MinorDigits digits = MinorDigits.decide(events, MetadataReader.read(ungrouped.otherLines()));
        return digits.readsUngrouped(events) ? ungrouped : strict;
    }
}
