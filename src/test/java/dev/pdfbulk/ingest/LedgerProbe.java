package dev.pdfbulk.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a ledger file in tests, the way a user would with sqlite3. */
final class LedgerProbe implements AutoCloseable {

    /** One transactions row. */
    record Row(String hash, int seq, String date, String description, BigDecimal amount, String balance) {
    }

    private final Connection connection;

    LedgerProbe(Path db) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    String text(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    List<Row> rows() throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_hash, seq, date, description, amount, balance FROM transactions"
                     + " ORDER BY file_hash, seq")) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        new BigDecimal(rs.getString(5)), rs.getString(6)));
            }
        }
        return out;
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
