package dev.pdfbulk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a ledger up to the newest schema this build knows: applies {@code schema-v1.sql},
 * {@code schema-v2.sql}, … (resources beside this class) from {@code PRAGMA user_version + 1} on, each in
 * its own transaction together with the new {@code user_version}, so a crash leaves a whole version or none.
 * A later release adds a schema by adding the next file.
 */
final class SchemaMigrator {

    private static final String RESOURCE = "schema-v%d.sql";

    private SchemaMigrator() {
    }

    /**
     * Migrates the database of {@code connection}, which must be in auto-commit mode.
     *
     * @return the schema version now in force
     * @throws SQLException          when a script fails (that version is rolled back)
     * @throws IllegalStateException when the database is newer than this build
     */
    static int migrate(Connection connection) throws SQLException {
        int latest = latestVersion();
        // The version is read under the write lock, so two processes opening one new file cannot both migrate it.
        try (StatementCache statements = new StatementCache(connection)) {
            while (WriteTransaction.run(statements, c -> step(c.connection(), latest))) {
                // one version per transaction
            }
        }
        return latest;
    }

    /** Applies the next version, if any; returns whether it did. */
    private static boolean step(Connection connection, int latest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int version = userVersion(statement);
            if (version > latest) {
                throw new IllegalStateException("the ledger has schema version " + version
                        + " but this pdfbulk knows only up to " + latest + "; use a newer pdfbulk");
            }
            if (version == latest) {
                return false;
            }
            for (String sql : statements(script(version + 1))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + (version + 1));
            return true;
        }
    }

    static int userVersion(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    static int latestVersion() {
        int version = 0;
        while (SchemaMigrator.class.getResource(String.format(RESOURCE, version + 1)) != null) {
            version++;
        }
        return version;
    }

    /** Splits a script on {@code ;} at line ends, dropping {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String script(int version) {
        String name = String.format(RESOURCE, version);
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + name, e);
        }
    }
}
