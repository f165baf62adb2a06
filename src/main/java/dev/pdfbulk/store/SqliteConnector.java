package dev.pdfbulk.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens connections to the ledger file with the settings every connection needs. */
final class SqliteConnector {

    static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteConnector() {
    }

    /**
     * The one connection that writes. It stays in auto-commit mode and its user issues {@code BEGIN IMMEDIATE}
     * itself: the JDBC non-auto-commit mode of sqlite-jdbc keeps a transaction (and so the write lock) open
     * between commits.
     */
    static Connection openWriter(Path dbFile) throws SQLException {
        return baseConfig().createConnection(url(dbFile));
    }

    /** A connection for lookups that can never write, so a bug cannot turn it into a second writer. */
    static Connection openReader(Path dbFile) throws SQLException {
        Connection connection = baseConfig().createConnection(url(dbFile));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static SQLiteConfig baseConfig() {
        SqliteNativeLibrary.useCache();
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets workers read while the writer commits; NORMAL loses at most the last commits on a power
        // cut (never consistency), and those files are simply imported again by the next run.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Otherwise sqlite-jdbc runs a regex and SELECT last_insert_rowid() after every INSERT; no caller reads the keys.
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static String url(Path dbFile) {
        return "jdbc:sqlite:" + dbFile.toAbsolutePath();
    }
}
