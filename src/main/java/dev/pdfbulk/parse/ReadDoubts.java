package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;

import java.util.List;

/**
 * What a statement read by {@link TableStatementParser} cannot prove however its balances agree: the rows a line of
 * text belongs to, a row of the table left unread; and whether its amounts name the US dollar. Stateless.
 */
final class ReadDoubts {

    private ReadDoubts() {
    }

    // Balances that agree prove the amounts, not which row each line of text belongs to.
    static Statement inDoubt(Statement s, String doubt) {
        if (doubt == null || s.reconciliation().status() != ReconciliationStatus.RECONCILED) {
            return s;
        }
        return new Statement(s.metadata(), s.transactions(), s.pageCount(), Reconciliation.unverified(doubt));
    }

    // Balances read above a row the table could not read say nothing of it: the statement cannot be reconciled.
    // Naming the row says more than "rows after it may be missing", less than a balance that disagrees.
    static Statement unread(List<TableFragment> table, Statement s) {
        if (s.reconciliation().isUnreconciled() && s.reconciliation().expected() != null) {
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

    static boolean usesDollar(List<TableEvent> events) {
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
}
