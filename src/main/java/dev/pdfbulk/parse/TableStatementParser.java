package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The generic {@link StatementParser}: finds column headers on each page, reads the rows under them by
 * x-position, keeps the table that is the statement's transaction list, then resolves dates and signs
 * statement-wide and verifies the arithmetic.
 */
final class TableStatementParser implements StatementParser {

    // Lines outside tables kept for metadata; the header area of the first pages is what matters.
    private static final int MAX_OTHER_LINES = 400;
    private static final Pattern CARD_WORDS = Pattern.compile(
            "credit limit|minimum (?:payment|amount) due|payment due date|available credit|credit card|"
                    + "card account|cardmember|kreditkarte|kreditrahmen|carte de crédit|mindestbetrag|"
                    + "minimum payment|statement balance|new balance.*minimum|payment due|card services|"
                    + "new purchases|cash advances?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIDE_TABLE = Pattern.compile(
            "summary|interest|fee|year[- ]to[- ]date|ytd|zusammenfassung|zinsen|entgelt|récapitulatif|intérêts",
            Pattern.CASE_INSENSITIVE);

    private final List<TableFragment> fragments = new ArrayList<>();
    private final List<Line> otherLines = new ArrayList<>();
    private final StringBuilder cardEvidence = new StringBuilder();
    // Per page, the lines outside any table that read like transactions: rows a missed header left unread.
    private final Map<Integer, Integer> rowsOutsideTables = new HashMap<>();
    private TableFragment openTable;
    private int pages;
    private long words;

    @Override
    public void accept(PageText page) {
        pages++;
        words += page.words().size();
        PageTableReader.Result result = PageTableReader.read(page, openTable);
        fragments.addAll(result.fragments());
        if (!result.fragments().isEmpty()) {
            openTable = result.fragments().get(result.fragments().size() - 1);
        }
        for (Line line : result.otherLines()) {
            if (otherLines.size() < MAX_OTHER_LINES) {
                otherLines.add(line);
            }
            if (cardEvidence.length() < 4096 && CARD_WORDS.matcher(line.text()).find()) {
                cardEvidence.append(line.text()).append('\n');
            }
            if (TableSpan.looksLikeRow(line)) {
                rowsOutsideTables.merge(page.number(), 1, Integer::sum);
            }
        }
    }

    @Override
    public Statement finish() throws StatementException {
        if (words == 0) {
            throw new StatementException(FailureReason.NO_TEXT,
                    "no text layer on any of " + pages + " page(s): a scanned image, OCR is needed");
        }
        List<TableFragment> table = transactionTable();
        List<TableEvent> events = events(table);
        List<RawDate> rowDates = rowDates(events);
        if (rowDates.isEmpty()) {
            throw new StatementException(FailureReason.NO_TRANSACTIONS, "no transactions found in " + pages
                    + " page(s) of text" + (fragments.isEmpty() ? " (no transaction table)" : ""));
        }
        MetadataReader.Raw meta = MetadataReader.read(otherLines);
        Statement statement = statement(table, events, rowDates, meta);
        List<TableFragment> charges = chargeTables(table);
        if (statement.reconciliation().isUnreconciled() && !charges.isEmpty()) {
            // Charges listed in a table of their own (fees, interest) count in the balance when, and only when,
            // with them every balance agrees: a summary that merely repeats amounts never makes it add up.
            List<TableFragment> all = new ArrayList<>(fragments);
            all.removeIf(f -> !table.contains(f) && !charges.contains(f));
            List<TableEvent> withCharges = events(all);
            Statement other = statement(all, withCharges, rowDates(withCharges), meta);
            if (other.reconciliation().status() == ReconciliationStatus.RECONCILED) {
                return other;
            }
        }
        return statement;
    }

    // Reads the statement from the rows of the given tables (the transaction list, maybe with its charges).
    private Statement statement(List<TableFragment> table, List<TableEvent> printed, List<RawDate> rowDates,
                                MetadataReader.Raw printedMeta) {
        // Whether "51.132" is 51132 or 51.132 is the statement's to say, by its other amounts and its currency.
        MinorDigits digits = MinorDigits.decide(printed, printedMeta);
        List<TableEvent> events = digits.apply(printed);
        MetadataReader.Raw meta = digits.apply(printedMeta);
        boolean usd = "USD".equals(meta.currency()) || usesDollar(events);
        // Years come from the statement: its period or statement date, else any full date it prints; the clock
        // only when it prints no year at all.
        DateResolver dates = DateResolver.decide(rowDates, meta.periodStart(), meta.closingDate(), usd,
                meta.printedYear() != null ? meta.printedYear() : LocalDate.now().getYear());
        boolean card = cardEvidence.length() > 0;
        TableSpan span = TableSpan.of(table, unreadRows(table));
        Statement statement = StatementBuilder.build(events, meta, dates, SignConvention.of(card, events), pages,
                span);
        if (statement.reconciliation().isUnreconciled()) {
            // The account kind is read from wording; if the other kind makes every balance agree, the wording misled.
            Statement other = StatementBuilder.build(events, meta, dates, SignConvention.of(!card, events), pages,
                    span);
            if (!other.reconciliation().isUnreconciled() && other.reconciliation().status()
                    != ReconciliationStatus.UNVERIFIED) {
                return withCurrency(unread(table, other), events);
            }
        }
        return withCurrency(unread(table, statement), events);
    }

    // Balances read above a row the table could not read say nothing of it: the statement cannot be reconciled.
    private static Statement unread(List<TableFragment> table, Statement s) {
        if (s.reconciliation().isUnreconciled()) {
            return s;
        }
        for (TableFragment f : table) {
            if (f.unreadRow() != null) {
                return new Statement(s.metadata(), s.transactions(), s.pageCount(), Reconciliation.mismatch(0, null,
                        null, "a row of the table could not be read (page " + f.page() + ": \""
                        + f.unreadRow().text() + "\")"));
            }
        }
        return s;
    }

    // Each table is assembled on its own: a row or section heading of one never runs on into another.
    private static List<TableEvent> events(List<TableFragment> fragments) {
        List<TableEvent> events = new ArrayList<>();
        RowAssembler rows = new RowAssembler();
        String signature = null;
        for (TableFragment f : fragments) {
            if (signature != null && !signature.equals(f.columns().signature())) {
                events.addAll(rows.events());
                rows = new RowAssembler();
            }
            signature = f.columns().signature();
            rows.accept(f);
        }
        events.addAll(rows.events());
        return events;
    }

    private static List<RawDate> rowDates(List<TableEvent> events) {
        List<RawDate> rowDates = new ArrayList<>();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r && r.date() != null) {
                rowDates.add(r.date());
            }
        }
        return rowDates;
    }

    // Tables beside the transaction list that list dated charges: every row a date and an amount, no balance.
    private List<TableFragment> chargeTables(List<TableFragment> table) {
        List<TableFragment> out = new ArrayList<>();
        for (TableFragment f : fragments) {
            if (!table.contains(f) && f.columns().first(ColumnKind.BALANCE) == null && f.dataLines() > 0
                    && f.lines().stream().allMatch(l -> l.marker() == Marker.TOTAL || l.marker() == Marker.FURNITURE
                    || l.marker() == null && (l.isTextOnly() || l.date() != null && l.hasTransactionMoney()))) {
                out.add(f);
            }
        }
        return out;
    }

    // Of the tables found, the transaction list is the one whose header recurs with the most rows.
    private List<TableFragment> transactionTable() {
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

    // Rows no transaction table read: lines outside tables, and rows of tables with other columns (not titled
    // as summaries), which may be the transaction list under a header read differently.
    private Map<Integer, Integer> unreadRows(List<TableFragment> table) {
        Map<Integer, Integer> rows = new HashMap<>(rowsOutsideTables);
        for (TableFragment f : fragments) {
            if (!table.contains(f) && !isSideTable(f) && f.dataLines() > 0) {
                rows.merge(f.page(), (int) f.dataLines(), Integer::sum);
            }
        }
        return rows;
    }

    private boolean isSideTable(TableFragment f) {
        return !f.title().isEmpty() && SIDE_TABLE.matcher(f.title()).find()
                && !f.title().toLowerCase(Locale.ROOT).contains("transaction");
    }

    private static boolean usesDollar(List<TableEvent> events) {
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r) {
                for (Amount a : r.money().values()) {
                    if (a.currency() != null) {
                        return "USD".equals(a.currency());
                    }
                }
            }
        }
        return false;
    }

    private static Statement withCurrency(Statement s, List<TableEvent> events) {
        if (s.metadata().currency() != null) {
            return s;
        }
        for (TableEvent e : events) {
            if (e instanceof TableEvent.Row r) {
                for (Amount a : r.money().values()) {
                    if (a.currency() != null) {
                        var m = s.metadata();
                        return new Statement(new dev.pdfbulk.model.StatementMetadata(m.account(), a.currency(),
                                m.periodStart(), m.periodEnd(), m.openingBalance(), m.closingBalance()),
                                s.transactions(), s.pageCount(), s.reconciliation());
                    }
                }
            }
        }
        return s;
    }
}
