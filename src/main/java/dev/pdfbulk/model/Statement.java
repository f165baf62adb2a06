package dev.pdfbulk.model;

import java.util.List;

/**
 * A parsed and verified statement.
 *
 * @param metadata       what the statement says about itself
 * @param transactions   transactions in statement order, never null
 * @param pageCount      pages read
 * @param reconciliation outcome of the arithmetic check: for several sections, reconciled only when every section is
 * @param sections       the accounts of a statement holding several, in printed order, each row in exactly one of
 *                       them; empty for a statement of one account (its metadata says all of it), never one section
 */
public record Statement(StatementMetadata metadata, List<Transaction> transactions, int pageCount,
                        Reconciliation reconciliation, List<Section> sections) {
    public Statement {
        transactions = List.copyOf(transactions);
        sections = List.copyOf(sections);
        if (sections.size() == 1) {
            throw new IllegalArgumentException("a statement of one account has no sections");
        }
    }

    /** A statement of one account. */
    public Statement(StatementMetadata metadata, List<Transaction> transactions, int pageCount,
                     Reconciliation reconciliation) {
        this(metadata, transactions, pageCount, reconciliation, List.of());
    }

    /** This statement with another verdict, its sections kept. */
    public Statement withReconciliation(Reconciliation verdict) {
        return new Statement(metadata, transactions, pageCount, verdict, sections);
    }

    /** The section holding row {@code index} (0-based), or null for a statement of one account. */
    public Section sectionOf(int index) {
        for (Section s : sections) {
            if (s.holds(index)) {
                return s;
            }
        }
        return null;
    }
}
