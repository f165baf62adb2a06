package dev.pdfbulk.store;

import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Transaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQLite ledger: an import log with one row per file content hash, and the transactions of every file
 * imported successfully. Opening creates the file and brings its schema up to date.
 *
 * <p>Semantics, so that a crash at any point loses nothing that was committed and a rerun repairs the rest:
 * <ul>
 *   <li>A file's row is written only with its outcome: an existing row (a success above all) keeps its
 *       status and data until the new outcome commits; {@code attempts} counts the outcomes recorded.</li>
 *   <li>{@link #recordSuccess} replaces the file's transactions and log row in one SQL transaction, so a
 *       reimport ends with exactly one row per hash and only the new transactions.</li>
 *   <li>{@link #recordFailure} marks the file failed and deletes its transactions, even those of an earlier
 *       success: the ledger shows the latest outcome, which now says the file cannot be trusted as read.</li>
 *   <li>{@link #recoverInterrupted} deletes rows still {@code in_progress}, which earlier builds wrote before
 *       each file: with no row the file counts as never imported, so the next run imports it again.</li>
 * </ul>
 *
 * <p>Threading: the write methods run on the one writer connection and must be called by one thread at a
 * time (the {@link LedgerWriter} thread); they are serialised anyway, so a stray call cannot corrupt anything.
 * The read methods ({@link #statusOf}, {@link #find}) may be called from any thread at any time: they use a
 * separate read-only connection (WAL lets it read while the writer commits) and see committed data only.
 *
 * <p>Errors: every method throws {@link LedgerException}, after rolling back, and says whether the
 * database is still usable. Arguments must not be null unless said otherwise.
 */
public final class SqliteLedger implements AutoCloseable {

    private final Path dbFile;
    private final Connection writer;
    private final StatementCache statements;
    private final Connection reader;
    private final StatementCache lookups;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();

    private SqliteLedger(Path dbFile, Connection writer, Connection reader) {
        this.dbFile = dbFile;
        this.writer = writer;
        this.statements = new StatementCache(writer);
        this.reader = reader;
        this.lookups = new StatementCache(reader);
    }

    /**
     * Opens (creating it and its directory on first use) and migrates the ledger at {@code dbFile}.
     *
     * @throws LedgerException fatal when the file cannot be created, opened or migrated, or is not a database
     */
    public static SqliteLedger open(Path dbFile) {
        return open(dbFile, List.of());
    }

    /** For tests: runs {@code writerSetup} statements on the writer after migration, e.g. {@code PRAGMA query_only = ON}. */
    static SqliteLedger open(Path dbFile, List<String> writerSetup) {
        Path absolute = dbFile.toAbsolutePath();
        Connection writer = null;
        try {
            Files.createDirectories(absolute.getParent());
            writer = SqliteConnector.openWriter(absolute);
            SchemaMigrator.migrate(writer);
            try (Statement statement = writer.createStatement()) {
                for (String sql : writerSetup) {
                    statement.execute(sql);
                }
            }
            return new SqliteLedger(absolute, writer, SqliteConnector.openReader(absolute));
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(writer, e);
            throw new LedgerException("cannot open ledger " + absolute + ": " + LedgerException.oneLine(e), true, e);
        }
    }

    /** The database file. */
    public Path file() {
        return dbFile;
    }

    /** Schema version in force ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read("reading the schema version", () -> {
            try (Statement statement = reader.createStatement()) {
                return SchemaMigrator.userVersion(statement);
            }
        });
    }

    /**
     * Deletes the log rows, and any transactions, that a stopped run left {@code in_progress}, so that the
     * next run imports those files again. Call before any worker starts.
     *
     * @return how many files were left in progress
     */
    public int recoverInterrupted() {
        return write("recovering interrupted imports", ImportLogTable::deleteInProgress);
    }

    /**
     * Records a successful import: in one SQL transaction the file's old transactions are deleted, the new
     * ones inserted (numbered {@code seq} 1, 2, … in list order) and its log row set to {@code record}.
     *
     * @param record       status must be {@link ImportStatus#SUCCESS}, with no reason, transaction count the list's size
     * @param transactions in statement order
     * @throws IllegalArgumentException when the record does not describe this success
     * @throws LedgerException          when it cannot be stored (nothing of it is)
     */
    public void recordSuccess(ImportRecord record, List<Transaction> transactions) {
        write(successWrite(record, transactions, List.of()));
    }

    /**
     * As {@link #recordSuccess(ImportRecord, List)} for a statement holding several accounts: its {@code sections}
     * (none for one account) replace the file's earlier ones in the same SQL transaction, and each transaction names
     * its section.
     */
    public void recordSuccess(ImportRecord record, List<Transaction> transactions, List<Section> sections) {
        write(successWrite(record, transactions, sections));
    }

    /**
     * Records a failed import: the log row becomes {@code record} and the file's transactions, if an earlier
     * run stored any, are deleted, in one SQL transaction.
     *
     * @param record status must be {@link ImportStatus#FAILED}, with a reason
     * @throws IllegalArgumentException when the record is not a failure with a reason
     */
    public void recordFailure(ImportRecord record) {
        write(failureWrite(record));
    }

    /** The write of {@link #recordSuccess}, checked now, run later (alone or in a group). */
    static LedgerWrite successWrite(ImportRecord record, List<Transaction> transactions, List<Section> sections) {
        if (record.status() != ImportStatus.SUCCESS || record.reason() != null
                || record.transactionCount() != transactions.size()
                || sections.stream().mapToInt(Section::rowCount).sum() != (sections.isEmpty() ? 0 : transactions.size())) {
            throw new IllegalArgumentException("not a success of " + transactions.size() + " transactions in "
                    + sections.size() + " section(s): " + record);
        }
        String currency = record.metadata() == null ? null : record.metadata().currency();
        List<Section> kept = List.copyOf(sections);
        return new LedgerWrite("recording success of " + record.fileHash(), c -> {
            ImportLogTable.upsert(c, record);
            TransactionTable.deleteAll(c, record.fileHash());
            SectionTable.deleteAll(c, record.fileHash());
            SectionTable.insertAll(c, record.fileHash(), kept);
            TransactionTable.insertAll(c, record.fileHash(), currency, transactions, kept);
            return null;
        });
    }

    /** The write of {@link #recordFailure}, checked now, run later (alone or in a group). */
    static LedgerWrite failureWrite(ImportRecord record) {
        if (record.status() != ImportStatus.FAILED || record.reason() == null) {
            throw new IllegalArgumentException("not a failure with a reason: " + record);
        }
        return new LedgerWrite("recording failure of " + record.fileHash(), c -> {
            ImportLogTable.upsert(c, record);
            TransactionTable.deleteAll(c, record.fileHash());
            SectionTable.deleteAll(c, record.fileHash());
            return null;
        });
    }

    /**
     * Commits {@code writes} in one SQL transaction, each inside its own savepoint, so that one that fails
     * with a per-row error is undone alone while the others commit: one commit for many files.
     *
     * @return per write, in order: null when it committed, otherwise its non-fatal failure (nothing of it stayed)
     * @throws LedgerException fatal, after rolling back every write, when the database cannot go on
     */
    List<LedgerException> writeGroup(List<LedgerWrite> writes) {
        synchronized (writeLock) {
            List<Exception> failures;
            try {
                failures = WriteTransaction.runGroup(statements, writes.stream().map(LedgerWrite::work).toList());
            } catch (SQLException | RuntimeException e) {
                throw LedgerException.of(writes.size() == 1 ? writes.get(0).action()
                        : "committing " + writes.size() + " files", e);
            }
            List<LedgerException> result = new ArrayList<>(writes.size());
            for (int i = 0; i < writes.size(); i++) {
                Exception failure = failures.get(i);
                result.add(failure == null ? null : LedgerException.of(writes.get(i).action(), failure));
            }
            return result;
        }
    }

    /** The committed status of the file with {@code hash}, empty when it was never recorded. Any thread. */
    public Optional<ImportStatus> statusOf(String hash) {
        return read("reading status of " + hash, () -> ImportLogTable.statusOf(lookups, hash));
    }

    /** The committed log row of the file with {@code hash}, empty when it was never recorded. Any thread. */
    public Optional<ImportRecord> find(String hash) {
        return read("reading import log of " + hash, () -> ImportLogTable.find(lookups, hash));
    }

    /** Closes both connections; idempotent. Submitted writes must have finished (close the {@link LedgerWriter} first). */
    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                SQLException failure = null;
                for (StatementCache cache : List.of(lookups, statements)) {
                    try {
                        cache.close();
                    } catch (SQLException e) {
                        failure = e;
                    }
                }
                for (Connection connection : List.of(reader, writer)) {
                    try {
                        connection.close();
                    } catch (SQLException e) {
                        failure = e;
                    }
                }
                if (failure != null) {
                    throw LedgerException.of("closing ledger " + dbFile, failure);
                }
            }
        }
    }

    private void write(LedgerWrite write) {
        write(write.action(), write.work());
    }

    private <T> T write(String action, WriteTransaction.Work<T> work) {
        synchronized (writeLock) {
            try {
                return WriteTransaction.run(statements, work);
            } catch (SQLException | RuntimeException e) {
                throw LedgerException.of(action, e);
            }
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T read(String action, Query<T> query) {
        // One shared connection: lookups are single indexed rows, far cheaper than the PDF work around them.
        synchronized (readLock) {
            try {
                return query.run();
            } catch (SQLException e) {
                throw LedgerException.of(action, e);
            }
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
