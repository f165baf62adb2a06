package dev.pdfbulk.store;

import dev.pdfbulk.model.MinorUnits;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** SQL of the {@code transactions} table: a statement's rows, numbered from 1 in statement order. */
final class TransactionTable {

    /** Minor-unit digits when the statement names no currency (or an unknown one): cents. */
    static final int DEFAULT_MINOR_DIGITS = MinorUnits.DEFAULT_DIGITS;

    private static final String INSERT = "INSERT INTO transactions "
            + "(file_hash, seq, date, description, amount, amount_minor, balance, page, section) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Rows sent to SQLite per {@code executeBatch}: sqlite-jdbc keeps a statement's batch array at its largest
     * size and clears all of it after every batch, so one 15,000-row statement would slow every later file.
     */
    static final int BATCH_ROWS = 512;

    private TransactionTable() {
    }

    private static final String DELETE = "DELETE FROM transactions WHERE file_hash = ?";

    static int deleteAll(StatementCache statements, String hash) throws SQLException {
        PreparedStatement delete = statements.get(DELETE);
        delete.setString(1, hash);
        return delete.executeUpdate();
    }

    /**
     * Inserts {@code transactions} as rows {@code seq} 1, 2, … of {@code hash}, in one batch.
     *
     * @throws ArithmeticException when an amount has more decimals than the currency's minor unit
     */
    static void insertAll(StatementCache statements, String hash, String currency, List<Transaction> transactions)
            throws SQLException {
        insertAll(statements, hash, currency, transactions, List.of());
    }

    /**
     * As {@link #insertAll(StatementCache, String, String, List)}, each row naming its section's seq (1, 2, …) among
     * {@code sections} (none: a statement of one account, its rows' section NULL), and counted in minor units of its
     * section's currency where the section names one.
     */
    static void insertAll(StatementCache statements, String hash, String currency, List<Transaction> transactions,
                          List<Section> sections) throws SQLException {
        int digits = minorDigits(currency);
        PreparedStatement insert = statements.get(INSERT);
        try {
            int seq = 0;
            int section = 0;
            for (Transaction transaction : transactions) {
                while (section < sections.size() && !sections.get(section).holds(seq)) {
                    section++;
                }
                Section in = section < sections.size() ? sections.get(section) : null;
                int rowDigits = in != null && in.currency() != null ? minorDigits(in.currency()) : digits;
                insert.setString(1, hash);
                insert.setInt(2, ++seq);
                insert.setString(3, transaction.date().toString());
                insert.setString(4, transaction.description());
                insert.setString(5, transaction.amount().toPlainString());
                insert.setLong(6, minorUnits(transaction.amount(), rowDigits, seq));
                if (transaction.balance() == null) {
                    insert.setNull(7, Types.VARCHAR);
                } else {
                    insert.setString(7, transaction.balance().toPlainString());
                }
                insert.setInt(8, transaction.page());
                if (in == null) {
                    insert.setNull(9, Types.INTEGER);
                } else {
                    insert.setInt(9, section + 1);
                }
                insert.addBatch();
                if (seq % BATCH_ROWS == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException | RuntimeException e) {
            // The statement is reused: rows batched before a bad one must not go in with the next file's.
            insert.clearBatch();
            throw e;
        }
    }

    /** Digits of the currency's minor unit (2 for GBP, 0 for JPY, 3 for BHD), {@value #DEFAULT_MINOR_DIGITS} when unknown. */
    static int minorDigits(String currency) {
        return MinorUnits.stored(currency);
    }

    /**
     * {@code amount} in minor units, exactly; {@code seq} only names the row in the error.
     *
     * @throws ArithmeticException when it has a non-zero digit past the minor unit, or does not fit a long
     */
    static long minorUnits(BigDecimal amount, int digits, int seq) {
        try {
            return amount.movePointRight(digits).longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("transaction " + seq + ": amount " + amount.toPlainString()
                    + " is not a whole number of minor units (" + digits + " decimals)");
        }
    }
}
