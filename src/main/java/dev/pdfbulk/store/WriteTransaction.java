package dev.pdfbulk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work on an auto-commit connection inside {@code BEGIN IMMEDIATE … COMMIT}, rolling back on any failure. */
final class WriteTransaction {

    /** Database work done inside the transaction, on the calling thread. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param connection the writer, inside the open transaction; never commit or roll back here
         * @throws SQLException to roll the transaction back
         */
        T run(Connection connection) throws SQLException;
    }

    private WriteTransaction() {
    }

    /**
     * Runs {@code work} in one write transaction; it commits or nothing of it stays.
     *
     * @throws SQLException the failure of {@code work}, of the commit, or, wrapping it, of the rollback after it
     *                      (a plain {@link SQLException}, which {@link LedgerException#isFatal} takes as fatal:
     *                      the connection may still be inside the transaction)
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        // IMMEDIATE takes the write lock now, so a wait for it honours the busy timeout instead of failing later.
        execute(connection, "BEGIN IMMEDIATE");
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                SQLException wrapped = new SQLException(
                        "rollback failed after: " + LedgerException.oneLine(e), rollbackFailure);
                wrapped.addSuppressed(e);
                throw wrapped;
            }
            throw e;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
