package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a file of one account's statements merged into one ({@link MonthlyParts}) as one statement: each part is
 * read and verified as a statement of its own, under its own period (the years of its rows are its period's) and
 * balances; the statement is every part's rows, the first part's opening balance, the last part's closing balance,
 * the period from the first part's start to the last part's end. It is reconciled only when every part is, each
 * part's closing balance is the next one's opening balance and each period starts the day after the one before
 * ends: a gap or parts out of order leave it unreconciled, never joined in silence. Parts naming two accounts or two
 * currencies, periods that overlap (one printed two ways, the year to date), or a part printing no opening and no
 * closing balance are no parts of one statement: null, the file is
 * read as one statement. Stateless.
 */
final class MergedStatement {

    private MergedStatement() {
    }

    /** Reads one part's rows, under its own metadata, as a statement. */
    interface Reader {
        Statement read(List<TableFragment> fragments, AssembledRows rows, MetadataReader.Raw meta);
    }

    /**
     * Whether the file read as one statement leaves room for months merged into it: it does not reconcile, or a row
     * falls outside the period it names (the later months' rows). Every other statement skips the search, whose
     * period reading of each line would cost every multi-page statement its time.
     */
    static boolean worthTrying(Statement one) {
        if (one.reconciliation().status() != ReconciliationStatus.RECONCILED) {
            return true;
        }
        LocalDate start = one.metadata().periodStart();
        LocalDate end = one.metadata().periodEnd();
        return start != null && end != null
                && one.transactions().stream().anyMatch(t -> t.date().isBefore(start) || t.date().isAfter(end));
    }

    /** The merged statement, or null where the file is not one account's statements merged. */
    static Statement read(List<TableFragment> table, List<Line> otherLines, MetadataReader.Raw meta, int pages,
                          Reader reader) {
        List<MonthlyParts.Part> parts = MonthlyParts.of(table, otherLines);
        if (parts.isEmpty()) {
            return null;
        }
        List<Statement> read = new ArrayList<>(parts.size());
        String account = null;
        for (MonthlyParts.Part part : parts) {
            MetadataReader.Raw own = MetadataReader.read(part.lines());
            if (own.account() != null && account != null && !own.account().equals(account)) {
                return null;
            }
            account = own.account() != null ? own.account() : account;
            AssembledRows rows = AssembledRows.of(part.fragments());
            if (AssembledRows.dates(rows.events()).isEmpty()) {
                return null;
            }
            Statement s = reader.read(part.fragments(), rows, new MetadataReader.Raw(own.account(),
                    own.currency() != null ? own.currency() : meta.currency(), own.periodStart(), own.periodEnd(),
                    own.opening(), own.closing(), own.statementDate(),
                    own.printedYear() != null ? own.printedYear() : meta.printedYear()));
            StatementMetadata m = s.metadata();
            if (m.openingBalance() == null && m.closingBalance() == null || m.periodStart() == null
                    || m.periodEnd() == null || !read.isEmpty()
                    && !Objects.equals(read.get(0).metadata().currency(), m.currency())) {
                return null;
            }
            for (Statement earlier : read) {
                if (overlap(earlier.metadata(), m)) {
                    // One period printed two ways, or a period holding another (the year to date): no months.
                    return null;
                }
            }
            read.add(s);
        }
        return joined(read, account != null ? account : meta.account(), pages);
    }

    private static boolean overlap(StatementMetadata a, StatementMetadata b) {
        return !a.periodStart().isAfter(b.periodEnd()) && !b.periodStart().isAfter(a.periodEnd());
    }

    private static Statement joined(List<Statement> read, String account, int pages) {
        List<Transaction> rows = new ArrayList<>();
        Reconciliation unreconciled = null;
        Reconciliation unverified = null;
        Statement before = null;
        for (Statement s : read) {
            StatementMetadata m = s.metadata();
            String name = "statement of " + m.periodStart() + " to " + m.periodEnd() + ": ";
            Reconciliation link = before == null ? null : chain(before.metadata(), m, name);
            if (link != null && link.isUnreconciled() && unreconciled == null) {
                unreconciled = link;
            } else if (link != null && unverified == null) {
                unverified = link;
            }
            Reconciliation r = s.reconciliation();
            if (r.isUnreconciled() && unreconciled == null) {
                unreconciled = Reconciliation.mismatch(r.row() > 0 ? rows.size() + r.row() : r.row(), r.expected(),
                        r.found(), name + r.detail());
            } else if (r.status() == ReconciliationStatus.UNVERIFIED && unverified == null) {
                unverified = Reconciliation.unverified(name + r.detail());
            }
            rows.addAll(s.transactions());
            before = s;
        }
        Reconciliation verdict = unreconciled != null ? unreconciled : unverified != null ? unverified
                : Reconciliation.reconciled(read.size() + " statements merged, each reconciled, each closing balance "
                + "the next one's opening");
        StatementMetadata first = read.get(0).metadata();
        StatementMetadata last = read.get(read.size() - 1).metadata();
        StatementMetadata metadata = new StatementMetadata(account, first.currency(), first.periodStart(),
                last.periodEnd(), first.openingBalance(), last.closingBalance());
        return new Statement(metadata, rows, pages, verdict);
    }

    // Where a part does not go on from the one before: its period does not start the day after, or its opening
    // balance is not the closing balance before it; unverified where a balance is missing. Null when it does.
    private static Reconciliation chain(StatementMetadata before, StatementMetadata m, String name) {
        LocalDate next = before.periodEnd().plusDays(1);
        if (!m.periodStart().equals(next)) {
            return Reconciliation.mismatch(0, null, null, name + "does not follow the statement before, which ends "
                    + before.periodEnd() + (m.periodStart().isAfter(next) ? " (a gap)" : " (out of order)"));
        }
        BigDecimal closed = before.closingBalance();
        BigDecimal opened = m.openingBalance();
        if (closed == null || opened == null) {
            return Reconciliation.unverified(name + "no opening balance, or none closing the statement before, shows "
                    + "that it goes on from it");
        }
        return closed.compareTo(opened) == 0 ? null : Reconciliation.mismatch(0, closed, opened, name + "opening "
                + "balance: " + opened.toPlainString() + " printed, " + closed.toPlainString()
                + " expected (the closing balance of the statement before)");
    }
}
