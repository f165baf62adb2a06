package dev.pdfbulk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, each prepared on first use and kept until {@link #close()}:
 * the writer runs the same few statements for every file, and preparing them again each time cost about
 * as much as running them (SQLite parses the SQL; sqlite-jdbc allocates and later finalises a handle).
 *
 * <p>Threading: not thread-safe; one thread at a time (the ledger writer, or a reader, under its lock). Callers must
 * not close what {@link #get} returns, and must leave it reusable: result sets closed, and rows they batched
 * executed or cleared, also when they fail.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The connection the statements belong to, for one-off SQL. */
    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, prepared on first use. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Closes every statement (not the connection); the first failure is thrown after trying them all. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        statements.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
