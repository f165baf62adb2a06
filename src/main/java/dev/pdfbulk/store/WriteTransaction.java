package dev.pdfbulk.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs work on an auto-commit connection inside {@code BEGIN IMMEDIATE … COMMIT}, rolling back on any failure.
 * The transaction statements come from the connection's {@link StatementCache}, as the work's should.
 */
final class WriteTransaction {

    /** Database work done inside the transaction, on the calling thread. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param statements the writer's statements, inside the open transaction; never commit or roll back here
         * @throws SQLException to roll the transaction back
         */
        T run(StatementCache statements) throws SQLException;
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
    static <T> T run(StatementCache statements, Work<T> work) throws SQLException {
        // IMMEDIATE takes the write lock now, so a wait for it honours the busy timeout instead of failing later.
        execute(statements, "BEGIN IMMEDIATE");
        try {
            T result = work.run(statements);
            execute(statements, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(statements, "ROLLBACK");
            } catch (SQLException rollbackFailure) {
                SQLException wrapped = new SQLException(
                        "rollback failed after: " + LedgerException.oneLine(e), rollbackFailure);
                wrapped.addSuppressed(e);
                throw wrapped;
            }
            throw e;
        }
    }

    /**
     * Runs each of {@code works} inside its own savepoint of one write transaction, then commits once. A work
     * that fails with a per-row error (see {@link LedgerException#isFatal}) or a runtime exception is rolled
     * back to its savepoint and the others go on.
     *
     * @return per work, in order: null, or the failure that undid it
     * @throws SQLException a fatal failure, of a work or of the commit, after the whole transaction was rolled back
     */
    static List<Exception> runGroup(StatementCache statements, List<? extends Work<?>> works) throws SQLException {
        List<Exception> failures = new ArrayList<>(works.size());
        run(statements, c -> {
            for (Work<?> work : works) {
                execute(c, "SAVEPOINT one_file");
                try {
                    work.run(c);
                    failures.add(null);
                } catch (SQLException e) {
                    if (LedgerException.isFatal(e)) {
                        throw e;
                    }
                    execute(c, "ROLLBACK TO one_file");
                    failures.add(e);
                } catch (RuntimeException e) {
                    execute(c, "ROLLBACK TO one_file");
                    failures.add(e);
                }
                execute(c, "RELEASE one_file");
            }
            return null;
        });
        return failures;
    }

    private static void execute(StatementCache statements, String sql) throws SQLException {
        statements.get(sql).execute();
    }
}
