package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts together a statement holding several accounts from its sections ({@link AccountSections}), each read and
 * verified on its own as a statement of one account. The sections are kept only where each proves itself by a
 * balance of its own (an opening or a closing printed in it, on a row or a line of its own); the statement is reconciled only when every section
 * is, else it takes the first section's verdict that is not (unreconciled before unverified). Its metadata names no
 * account (each section is another), a currency only where every section shares it, and no opening or closing
 * balance (each section has its own). Stateless.
 */
final class SectionedStatement {

    private SectionedStatement() {
    }

    /**
     * A section's metadata: its own account, balances and currency, read from its lines, over the statement's
     * period and year; its currency, where its lines print none, the statement's unless the statement names several.
     */
    private static MetadataReader.Raw meta(MetadataReader.Raw statement, MetadataReader.Raw own, AccountSections.Part part,
                                   boolean severalCurrencies) {
        String currency = own.currency() != null ? own.currency() : severalCurrencies ? null : statement.currency();
        return new MetadataReader.Raw(part.account(), currency, statement.periodStart(), statement.periodEnd(),
                own.opening(), own.closing(), statement.statementDate(), statement.printedYear());
    }

    /** Reads one section's rows, under its own metadata, as a statement of one account; a debt's as a card's. */
    interface Reader {
        Statement read(List<TableFragment> fragments, AssembledRows rows, MetadataReader.Raw meta, boolean debt);
    }

    /**
     * The statement of several accounts the table holds, each section read by {@code reader}; null where the table
     * holds no sections ({@link AccountSections}) or where one of them lacks balances of its own.
     */
    static Statement read(List<TableFragment> table, List<Line> otherLines, MetadataReader.Raw meta, int pages,
                          Reader reader) {
        List<AccountSections.Part> parts = AccountSections.of(table, otherLines);
        if (parts.isEmpty()) {
            return null;
        }
        boolean several = SeveralCurrencies.named(otherLines).size() > 1;
        List<Statement> read = new ArrayList<>(parts.size());
        Grid grid = new Grid(table, otherLines);
        for (AccountSections.Part part : parts) {
            AssembledRows rows = AssembledRows.of(part.fragments());
            MetadataReader.Raw found = MetadataReader.read(part.lines(), meta.periodStart(), meta.periodEnd());
            if (found.opening() == null && found.closing() == null) {
                found = fromGrid(found, grid.answer(part));
            }
            MetadataReader.Raw own = meta(meta, found, part, several);
            Statement s = AssembledRows.dates(rows.events()).isEmpty()
                    ? empty(rows.events(), own, pages, part.quiet())
                    : reader.read(part.fragments(), rows, own, LoanWording.titles(part.heading()));
            if (s == null) {
                return null;
            }
            read.add(s);
        }
        return allListedRead(of(parts, read, pages), parts, grid);
    }

    // The summary grid of the statement's accounts (AccountBalanceRows), read once, and the row answering to each
    // section, worked out once: a section without balances and the check that every listed account was read both ask.
    private static final class Grid {
        private final List<TableFragment> table;
        private final List<Line> lines;
        private List<AccountBalanceRows.Row> rows;
        private final Map<AccountSections.Part, Optional<AccountBalanceRows.Row>> answers = new IdentityHashMap<>();

        Grid(List<TableFragment> table, List<Line> lines) {
            this.table = table;
            this.lines = lines;
        }

        List<AccountBalanceRows.Row> rows() {
            if (rows == null) {
                rows = AccountBalanceRows.of(lines);
            }
            return rows;
        }

        // The grid's row answering to the section, or null.
        AccountBalanceRows.Row answer(AccountSections.Part part) {
            return answers.computeIfAbsent(part, p -> rows().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(AccountBalanceRows.of(rows(), p.account(),
                            AccountBalanceRows.currency(p, table, lines), p.heading()))).orElse(null);
        }
    }

    // The verdict's words where a listed account's rows went unread (allListedRead).
    private static final String LISTED_UNREAD = "the summary lists an account no section reads";

    /** Whether the sections add up but the summary lists an account, its balance moved, that none of them reads. */
    static boolean leftListedUnread(Statement s) {
        return !s.sections().isEmpty() && s.reconciliation().status() == ReconciliationStatus.UNVERIFIED
                && s.reconciliation().detail() != null && s.reconciliation().detail().startsWith(LISTED_UNREAD);
    }

    // An account the summary grid lists, its balance moved, that no section answers to had its rows left unread (a
    // loan under columns of its own): the sections adding up are then not the whole statement, which proves nothing.
    private static Statement allListedRead(Statement s, List<AccountSections.Part> parts, Grid grid) {
        if (s == null || s.reconciliation().status() != ReconciliationStatus.RECONCILED || grid.rows().isEmpty()) {
            return s;
        }
        List<AccountBalanceRows.Row> answered = new ArrayList<>();
        for (AccountSections.Part part : parts) {
            answered.add(grid.answer(part));
        }
        for (AccountBalanceRows.Row row : grid.rows()) {
            if (!answered.contains(row) && row.opening().signed().compareTo(row.closing().signed()) != 0) {
                return new Statement(s.metadata(), s.transactions(), s.pageCount(), Reconciliation.unverified(
                        LISTED_UNREAD + ", its balance moved (" + row.name() + ")"),
                        s.sections());
            }
        }
        return s;
    }

    // A section printing no balance of its own takes them from the summary grid's row answering to it, if one does:
    // its rows must still add up to them.
    private static MetadataReader.Raw fromGrid(MetadataReader.Raw own, AccountBalanceRows.Row row) {
        if (row == null) {
            return own;
        }
        // The row's currency is the section's once its balances are (its lines may end with the next one's title).
        return new MetadataReader.Raw(own.account(), row.currency() != null ? row.currency() : own.currency(),
                own.periodStart(), own.periodEnd(),
                row.opening(), row.closing(), own.statementDate(), own.printedYear());
    }

    /**
     * A section without a row ("No transactions this period"): its balances, the first printed its opening and the
     * last its closing, agree when they are equal; null where it does not print both, unless it has no table at all
     * and says it listed nothing ({@link QuietSections}): its one balance is then both.
     */
    static Statement empty(List<TableEvent> events, MetadataReader.Raw meta, int pages, boolean quiet) {
        BigDecimal opening = meta.opening() == null ? null : meta.opening().signed();
        BigDecimal closing = meta.closing() == null ? null : meta.closing().signed();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.BalanceMark mark) {
                opening = opening == null ? mark.value().signed() : opening;
                closing = mark.value().signed();
            }
        }
        if (quiet) {
            opening = opening == null ? closing : opening;
            closing = closing == null ? opening : closing;
        }
        if (opening == null || closing == null) {
            return null;
        }
        Reconciliation r = opening.compareTo(closing) == 0 ? Reconciliation.reconciled("no rows; opening equals closing")
                : Reconciliation.mismatch(0, opening, closing, "closing balance: " + closing.toPlainString()
                + " printed, " + opening.toPlainString() + " expected (no rows)");
        StatementMetadata m = new StatementMetadata(meta.account(), meta.currency(), null, null, opening, closing);
        return new Statement(m, List.of(), pages, r);
    }

    /** The statement of the sections read, or null where a section has neither an opening nor a closing of its own. */
    static Statement of(List<AccountSections.Part> parts, List<Statement> read, int pages) {
        List<Transaction> rows = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Reconciliation unreconciled = null;
        Reconciliation unverified = null;
        for (int i = 0; i < parts.size(); i++) {
            Statement s = read.get(i);
            StatementMetadata m = s.metadata();
            if (m.openingBalance() == null && m.closingBalance() == null) {
                return null;
            }
            Reconciliation r = s.reconciliation();
            String name = "account " + parts.get(i).account() + ": ";
            if (r.isUnreconciled() && unreconciled == null) {
                unreconciled = Reconciliation.mismatch(r.row() > 0 ? rows.size() + r.row() : r.row(), r.expected(),
                        r.found(), name + r.detail());
            } else if (r.status() == ReconciliationStatus.UNVERIFIED && unverified == null) {
                unverified = Reconciliation.unverified(name + r.detail());
            }
            sections.add(new Section(parts.get(i).account(), m.currency(), m.openingBalance(), m.closingBalance(), r,
                    rows.size(), s.transactions().size()));
            rows.addAll(s.transactions());
        }
        Reconciliation verdict = unreconciled != null ? unreconciled : unverified != null ? unverified
                : Reconciliation.reconciled(parts.size() + " accounts, each reconciled on its own");
        // Each section is another account (two with the same last four digits are still two): none is the statement's.
        StatementMetadata metadata = new StatementMetadata(null, shared(sections),
                period(read, true), period(read, false), null, null);
        return new Statement(metadata, rows, pages, verdict, sections);
    }

    /** The statement itself for one account, else each section's rows as a statement of its own currency. */
    static List<Statement> parts(Statement s) {
        if (s.sections().isEmpty()) {
            return List.of(s);
        }
        List<Statement> out = new ArrayList<>(s.sections().size());
        for (Section section : s.sections()) {
            StatementMetadata m = new StatementMetadata(section.account(), section.currency(), null, null,
                    section.openingBalance(), section.closingBalance());
            out.add(new Statement(m, s.transactions().subList(section.firstRow(),
                    section.firstRow() + section.rowCount()), s.pageCount(), section.reconciliation()));
        }
        return out;
    }

    // The currency every section names, else null.
    private static String shared(List<Section> sections) {
        String first = sections.get(0).currency();
        for (Section s : sections) {
            if (first == null || !first.equals(s.currency())) {
                return null;
            }
        }
        return first;
    }

    private static java.time.LocalDate period(List<Statement> read, boolean start) {
        return read.stream().map(s -> start ? s.metadata().periodStart() : s.metadata().periodEnd())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
