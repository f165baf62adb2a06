package dev.pdfbulk.model;

import java.util.List;

/**
 * A parsed and verified statement.
 *
 * @param metadata       what the statement says about itself
 * @param transactions   transactions in statement order, never null
 * @param pageCount      pages read
 * @param reconciliation outcome of the arithmetic check
 */
public record Statement(StatementMetadata metadata, List<Transaction> transactions, int pageCount,
                        Reconciliation reconciliation) {
    public Statement {
        transactions = List.copyOf(transactions);
    }
}
