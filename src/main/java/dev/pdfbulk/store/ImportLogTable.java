package dev.pdfbulk.store;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.StatementMetadata;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** SQL of the {@code import_logs} table: one row per file hash, the outcome of its latest import. */
final class ImportLogTable {

    /** Fixed width (always milliseconds) so that text order is time order. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_ERROR = 1000;

    private static final String COLUMNS = "file_hash, file_name, source_path, status, failure_reason, "
            + "transaction_count, page_count, reconciliation, account, currency, period_start, period_end, "
            + "opening_balance, closing_balance, started_at, finished_at, duration_ms, csv_path, error";

    // attempts counts the outcomes recorded for this content.
    private static final String UPSERT = "INSERT INTO import_logs (" + COLUMNS + ", attempts) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
            + "ON CONFLICT (file_hash) DO UPDATE SET file_name = excluded.file_name, "
            + "source_path = excluded.source_path, status = excluded.status, "
            + "failure_reason = excluded.failure_reason, transaction_count = excluded.transaction_count, "
            + "page_count = excluded.page_count, reconciliation = excluded.reconciliation, "
            + "account = excluded.account, currency = excluded.currency, period_start = excluded.period_start, "
            + "period_end = excluded.period_end, opening_balance = excluded.opening_balance, "
            + "closing_balance = excluded.closing_balance, started_at = excluded.started_at, "
            + "finished_at = excluded.finished_at, duration_ms = excluded.duration_ms, "
            + "csv_path = excluded.csv_path, error = excluded.error, attempts = attempts + 1";

    private ImportLogTable() {
    }

    static void upsert(StatementCache statements, ImportRecord record) throws SQLException {
        StatementMetadata metadata = record.metadata() == null ? StatementMetadata.empty() : record.metadata();
        PreparedStatement insert = statements.get(UPSERT);
        int i = 0;
        insert.setString(++i, record.fileHash());
        insert.setString(++i, record.fileName());
        insert.setString(++i, record.sourcePath());
        insert.setString(++i, record.status().label());
        insert.setString(++i, record.reason() == null ? null : record.reason().label());
        insert.setInt(++i, record.transactionCount());
        insert.setInt(++i, record.pageCount());
        insert.setString(++i, record.reconciliation() == null ? null : record.reconciliation().label());
        insert.setString(++i, metadata.account());
        insert.setString(++i, metadata.currency());
        insert.setString(++i, text(metadata.periodStart()));
        insert.setString(++i, text(metadata.periodEnd()));
        insert.setString(++i, text(metadata.openingBalance()));
        insert.setString(++i, text(metadata.closingBalance()));
        insert.setString(++i, text(record.startedAt()));
        insert.setString(++i, text(record.finishedAt()));
        if (record.finishedAt() == null) {
            insert.setNull(++i, Types.INTEGER);
        } else {
            insert.setLong(++i, record.durationMs());
        }
        insert.setString(++i, record.csvPath());
        insert.setString(++i, oneLine(record.error()));
        insert.executeUpdate();
    }

    /** Deletes the in-progress rows an earlier version left (their transactions go by cascade); returns how many. */
    static int deleteInProgress(StatementCache statements) throws SQLException {
        try (PreparedStatement delete = statements.connection().prepareStatement(
                "DELETE FROM import_logs WHERE status = 'in_progress'")) {
            return delete.executeUpdate();
        }
    }

    private static final String STATUS = "SELECT status FROM import_logs WHERE file_hash = ?";
    private static final String FIND = "SELECT " + COLUMNS + " FROM import_logs WHERE file_hash = ?";

    static Optional<ImportStatus> statusOf(StatementCache statements, String hash) throws SQLException {
        PreparedStatement select = statements.get(STATUS);
        select.setString(1, hash);
        // Closing the rows resets the statement, which ends its read of the WAL snapshot.
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(ImportStatus.fromLabel(row.getString(1))) : Optional.empty();
        }
    }

    static Optional<ImportRecord> find(StatementCache statements, String hash) throws SQLException {
        PreparedStatement select = statements.get(FIND);
        select.setString(1, hash);
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(record(row)) : Optional.empty();
        }
    }

    private static ImportRecord record(ResultSet row) throws SQLException {
        String reason = row.getString("failure_reason");
        String reconciliation = row.getString("reconciliation");
        Instant finishedAt = instant(row.getString("finished_at"));
        return new ImportRecord(row.getString("file_hash"), row.getString("file_name"),
                row.getString("source_path"), ImportStatus.fromLabel(row.getString("status")),
                reason == null ? null : FailureReason.valueOf(reason.toUpperCase(Locale.ROOT)),
                row.getInt("transaction_count"), row.getInt("page_count"),
                reconciliation == null ? null : ReconciliationStatus.valueOf(reconciliation.toUpperCase(Locale.ROOT)),
                instant(row.getString("started_at")), finishedAt, row.getLong("duration_ms"),
                row.getString("csv_path"), row.getString("error"), metadata(row));
    }

    /** Null when the row knows nothing about the statement. */
    private static StatementMetadata metadata(ResultSet row) throws SQLException {
        StatementMetadata metadata = new StatementMetadata(row.getString("account"), row.getString("currency"),
                date(row.getString("period_start")), date(row.getString("period_end")),
                decimal(row.getString("opening_balance")), decimal(row.getString("closing_balance")));
        return metadata.equals(StatementMetadata.empty()) ? null : metadata;
    }

    static String text(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static String oneLine(String error) {
        if (error == null) {
            return null;
        }
        String line = error.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_ERROR ? line.substring(0, MAX_ERROR - 3) + "..." : line;
    }
}
