package dev.pdfbulk.store;

import dev.pdfbulk.model.Section;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * SQL of the {@code statement_sections} table (schema version 3): the accounts of a statement holding several, one
 * row each, numbered from 1 in printed order; none for a statement of one account.
 */
final class SectionTable {

    private static final String INSERT = "INSERT INTO statement_sections (file_hash, seq, account, currency, "
            + "opening_balance, closing_balance, reconciliation, transaction_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM statement_sections WHERE file_hash = ?";

    private SectionTable() {
    }

    static int deleteAll(StatementCache statements, String hash) throws SQLException {
        PreparedStatement delete = statements.get(DELETE);
        delete.setString(1, hash);
        return delete.executeUpdate();
    }

    /** Inserts {@code sections} as rows {@code seq} 1, 2, … of {@code hash}. */
    static void insertAll(StatementCache statements, String hash, List<Section> sections) throws SQLException {
        if (sections.isEmpty()) {
            return;
        }
        PreparedStatement insert = statements.get(INSERT);
        try {
            int seq = 0;
            for (Section s : sections) {
                insert.setString(1, hash);
                insert.setInt(2, ++seq);
                text(insert, 3, s.account());
                text(insert, 4, s.currency());
                text(insert, 5, plain(s.openingBalance()));
                text(insert, 6, plain(s.closingBalance()));
                insert.setString(7, s.reconciliation().status().label());
                insert.setInt(8, s.rowCount());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | RuntimeException e) {
            // The statement is reused: rows batched before a bad one must not go in with the next file's.
            insert.clearBatch();
            throw e;
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void text(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
