package dev.pdfbulk.store;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Records, transactions and raw SQL access for the store tests. */
final class LedgerFixtures {

    static final Instant START = Instant.parse("2024-03-01T09:30:00.125Z");
    static final StatementMetadata GBP = new StatementMetadata("****1234", "GBP", LocalDate.parse("2024-02-01"),
            LocalDate.parse("2024-02-29"), new BigDecimal("100.00"), new BigDecimal("-0.10"));

    private LedgerFixtures() {
    }

    static String hash(int n) {
        return String.format("%064x", n);
    }

    static Transaction tx(String amount) {
        return new Transaction(LocalDate.parse("2024-02-10"), "PAYMENT " + amount, new BigDecimal(amount), null, 1);
    }

    static List<Transaction> transactions(int count) {
        List<Transaction> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Transaction(LocalDate.parse("2024-02-01").plusDays(i), "ROW " + i,
                    new BigDecimal(i + ".25").negate(), new BigDecimal("1000.00"), 1 + i / 40));
        }
        return list;
    }

    static ImportRecord success(String hash, int transactionCount, StatementMetadata metadata) {
        return new ImportRecord(hash, "statement.pdf", "/in/statement.pdf", ImportStatus.SUCCESS, null,
                transactionCount, 2, ReconciliationStatus.RECONCILED, START, START.plusMillis(1500), 1500,
                "/out/statement.csv", null, metadata);
    }

    static ImportRecord failure(String hash, FailureReason reason) {
        return new ImportRecord(hash, "bad.pdf", "/in/bad.pdf", ImportStatus.FAILED, reason, 0, 0, null,
                START, START.plusMillis(20), 20, null, "damaged PDF:\n  no readable page", null);
    }

    static Connection raw(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    static long count(Path db, String sql) throws SQLException {
        try (Connection connection = raw(db); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<List<String>> rows(Path db, String sql) throws SQLException {
        try (Connection connection = raw(db); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    static void execute(Path db, String sql) throws SQLException {
        try (Connection connection = raw(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Makes every insert of a transaction for {@code hash} abort, as a per-row failure would. */
    static void failInsertsOf(Path db, String hash) throws SQLException {
        execute(db, "CREATE TRIGGER fail_" + hash.substring(56) + " BEFORE INSERT ON transactions WHEN NEW.file_hash = '"
                + hash + "' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    }
}
