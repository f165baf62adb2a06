package dev.pdfbulk.store;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ImportRecord;
import dev.pdfbulk.model.ImportStatus;
import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static dev.pdfbulk.store.LedgerFixtures.GBP;
import static dev.pdfbulk.store.LedgerFixtures.START;
import static dev.pdfbulk.store.LedgerFixtures.count;
import static dev.pdfbulk.store.LedgerFixtures.execute;
import static dev.pdfbulk.store.LedgerFixtures.failInsertsOf;
import static dev.pdfbulk.store.LedgerFixtures.failure;
import static dev.pdfbulk.store.LedgerFixtures.hash;
import static dev.pdfbulk.store.LedgerFixtures.rows;
import static dev.pdfbulk.store.LedgerFixtures.success;
import static dev.pdfbulk.store.LedgerFixtures.transactions;
import static dev.pdfbulk.store.LedgerFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteLedgerTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("data/ledger.db");
    }

    @Test
    void createsTheSchemaOnFirstUseInWalMode() throws Exception {
        // when
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // then
            assertThat(db()).isRegularFile();
            assertThat(ledger.schemaVersion()).isEqualTo(3).isEqualTo(SchemaMigrator.latestVersion());
            assertThat(rows(db(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .containsExactly(List.of("import_logs"), List.of("statement_sections"), List.of("transactions"));
            assertThat(rows(db(), "PRAGMA journal_mode")).containsExactly(List.of("wal"));
        }
    }

    @Test
    void reopeningKeepsDataAndVersion() throws Exception {
        // given
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3));
        }

        // when
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // then
            assertThat(ledger.schemaVersion()).isEqualTo(3);
            assertThat(ledger.statusOf(hash(1))).contains(ImportStatus.SUCCESS);
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(3);
        }
    }

    @Test
    void aVersionOneLedgerLosesOnlyItsDateIndex() throws Exception {
        // given a ledger with data, turned back into what schema version 1 left
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3));
        }
        LedgerFixtures.execute(db(), "PRAGMA user_version = 1");
        LedgerFixtures.execute(db(), "DROP TABLE statement_sections");
        LedgerFixtures.execute(db(), "ALTER TABLE transactions DROP COLUMN section");
        LedgerFixtures.execute(db(), "CREATE INDEX transactions_date ON transactions (date)");

        // when
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // then
            assertThat(ledger.schemaVersion()).isEqualTo(3);
            assertThat(ledger.find(hash(1))).contains(success(hash(1), 3, GBP));
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(3);
            assertThat(rows(db(), "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'transactions_date'"))
                    .isEmpty();
        }
    }

    @Test
    void aVersionTwoLedgerMigratesInPlaceKeepingItsRowsAndNewFilesGetSections() throws Exception {
        // given a version 2 ledger with one file, as the release before sections wrote it
        Files.createDirectories(db().getParent());
        try (Connection c = LedgerFixtures.raw(db())) {
            try (java.sql.Statement st = c.createStatement()) {
                for (int v = 1; v <= 2; v++) {
                    for (String sql : SchemaMigrator.statements(new String(SchemaMigrator.class.getResourceAsStream(
                            "schema-v" + v + ".sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = 2");
                st.execute("INSERT INTO import_logs (file_hash, file_name, source_path, status, transaction_count, "
                        + "started_at) VALUES ('" + hash(1) + "', 'old.pdf', '/in/old.pdf', 'success', 1, "
                        + "'2024-03-01T09:30:00.125Z')");
                st.execute("INSERT INTO transactions (file_hash, seq, date, description, amount, amount_minor, page) "
                        + "VALUES ('" + hash(1) + "', 1, '2024-02-03', 'OLD ROW', '-1.50', -150, 1)");
            }
        }

        // when the new code opens it and records a statement of two accounts
        List<Section> sections = List.of(
                new Section("****2214", "USD", new BigDecimal("10.00"), new BigDecimal("7.50"),
                        Reconciliation.reconciled("ok"), 0, 2),
                new Section("****8830", "EUR", new BigDecimal("100.00"), new BigDecimal("99.00"),
                        Reconciliation.reconciled("ok"), 2, 1));
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            assertThat(ledger.schemaVersion()).isEqualTo(3);
            ledger.recordSuccess(success(hash(2), 3, GBP), transactions(3), sections);
        }

        // then the old rows stay, without a section, and the new file's rows name theirs
        assertThat(rows(db(), "SELECT description, section FROM transactions WHERE file_hash = '" + hash(1) + "'"))
                .containsExactly(java.util.Arrays.asList("OLD ROW", null));
        assertThat(rows(db(), "SELECT seq, section FROM transactions WHERE file_hash = '" + hash(2) + "' ORDER BY seq"))
                .containsExactly(List.of("1", "1"), List.of("2", "1"), List.of("3", "2"));
        assertThat(rows(db(), "SELECT seq, account, currency, opening_balance, closing_balance, reconciliation, "
                + "transaction_count FROM statement_sections ORDER BY seq"))
                .containsExactly(List.of("1", "****2214", "USD", "10.00", "7.50", "reconciled", "2"),
                        List.of("2", "****8830", "EUR", "100.00", "99.00", "reconciled", "1"));
    }

    @Test
    void reimportingAFileReplacesItsSectionsAndAFailureDropsThem() throws Exception {
        List<Section> two = List.of(
                new Section("****1", "USD", null, BigDecimal.ONE, Reconciliation.unverified("x"), 0, 1),
                new Section("****2", "USD", BigDecimal.ONE, null, Reconciliation.unverified("x"), 1, 2));
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3), two);
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3));
            assertThat(count(db(), "SELECT count(*) FROM statement_sections")).isZero();
            assertThat(count(db(), "SELECT count(*) FROM transactions WHERE section IS NOT NULL")).isZero();
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3), two);
            assertThat(count(db(), "SELECT count(*) FROM statement_sections")).isEqualTo(2);
            ledger.recordFailure(LedgerFixtures.failure(hash(1), FailureReason.CORRUPT));
            assertThat(count(db(), "SELECT count(*) FROM statement_sections")).isZero();
        }
    }

    @Test
    void refusesADatabaseFromANewerRelease() throws Exception {
        // given
        SqliteLedger.open(db()).close();
        LedgerFixtures.execute(db(), "PRAGMA user_version = 99");

        // when / then
        assertThatThrownBy(() -> SqliteLedger.open(db()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isTrue())
                .hasMessageContaining("schema version 99");
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        // given
        Files.createDirectories(db().getParent());
        Files.writeString(db(), "this is not an SQLite database, just some text long enough to have a header");

        // when / then
        assertThatThrownBy(() -> SqliteLedger.open(db()))
                .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isTrue());
    }

    @Test
    void recordingASuccessAgainLeavesExactlyTheNewRows() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given
            ledger.recordSuccess(success(hash(1), 5, GBP), transactions(5));
            ledger.recordSuccess(success(hash(2), 2, GBP), transactions(2));

            // when
            ledger.recordSuccess(success(hash(1), 3, null), List.of(tx("-1.00"), tx("2.00"), tx("-3.00")));

            // then
            assertThat(rows(db(), "SELECT seq, amount FROM transactions WHERE file_hash = '" + hash(1) + "' ORDER BY seq"))
                    .containsExactly(List.of("1", "-1.00"), List.of("2", "2.00"), List.of("3", "-3.00"));
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(5);
            assertThat(count(db(), "SELECT count(*) FROM import_logs")).isEqualTo(2);
            assertThat(ledger.find(hash(1)).orElseThrow().metadata()).isNull();
        }
    }

    @Test
    void storesMoneyAsExactTextAndMinorUnits() throws Exception {
        // given
        StatementMetadata yen = new StatementMetadata(null, "JPY", null, null, null, null);

        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // when
            ledger.recordSuccess(success(hash(1), 4, GBP),
                    List.of(tx("-0.10"), tx("1234567.89"), tx("0.00"), tx("-12.5")));
            ledger.recordSuccess(success(hash(2), 1, yen), List.of(tx("-1500")));
            ledger.recordSuccess(success(hash(3), 1, GBP), transactions(1));
        }

        // then
        assertThat(rows(db(), "SELECT amount, typeof(amount), amount_minor, typeof(balance) FROM transactions WHERE id <= 5 ORDER BY id"))
                .containsExactly(
                        List.of("-0.10", "text", "-10", "null"), List.of("1234567.89", "text", "123456789", "null"),
                        List.of("0.00", "text", "0", "null"), List.of("-12.5", "text", "-1250", "null"),
                        List.of("-1500", "text", "-1500", "null"));
        assertThat(rows(db(), "SELECT amount, balance, typeof(balance) FROM transactions WHERE id = 6"))
                .containsExactly(List.of("-1.25", "1000.00", "text"));
        assertThat(rows(db(), "SELECT opening_balance, closing_balance, period_start FROM import_logs WHERE id = 1"))
                .containsExactly(List.of("100.00", "-0.10", "2024-02-01"));
        assertThat(count(db(), "SELECT sum(amount_minor) FROM transactions WHERE file_hash = '" + hash(1) + "'"))
                .isEqualTo(123456779 - 1250);
    }

    @Test
    void rejectsAnAmountFinerThanTheMinorUnitWithoutStoringAnything() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // when / then
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(1), 2, GBP), List.of(tx("1.00"), tx("0.005"))))
                    .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isFalse())
                    .hasMessageContaining("transaction 2");
            assertThat(ledger.statusOf(hash(1))).isEmpty();
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isZero();
        }
    }

    @Test
    void aWriteThatFailedHalfWayLeavesNothingBatchedForTheNext() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given a write that fails on its second row, after batching the first (the statements are reused)
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(1), 2, GBP), List.of(tx("1.00"), tx("0.005"))))
                    .isInstanceOf(LedgerException.class);

            // when
            ledger.recordSuccess(success(hash(2), 1, GBP), List.of(tx("2.00")));

            // then
            assertThat(rows(db(), "SELECT file_hash, seq, amount FROM transactions"))
                    .containsExactly(List.of(hash(2), "1", "2.00"));
        }
    }

    @Test
    void storesAStatementLongerThanOneBatchWholeOrNotAtAll() throws Exception {
        int rows = 2 * TransactionTable.BATCH_ROWS + 7;
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given a statement whose bad amount comes after the first batches were sent
            List<Transaction> bad = new java.util.ArrayList<>(transactions(rows));
            bad.set(rows - 2, tx("0.001"));

            // when
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(1), rows, GBP), bad))
                    .isInstanceOf(LedgerException.class);
            ledger.recordSuccess(success(hash(2), rows, GBP), transactions(rows));

            // then
            assertThat(ledger.statusOf(hash(1))).isEmpty();
            assertThat(count(db(), "SELECT count(*) FROM transactions WHERE file_hash = '" + hash(2) + "'"))
                    .isEqualTo(rows);
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(rows);
            assertThat(count(db(), "SELECT max(seq) FROM transactions")).isEqualTo(rows);
        }
    }

    @Test
    void lookupsSeeEveryCommitAlthoughTheirStatementsAreKept() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given lookups that found a row (a statement left on it would keep reading the old snapshot)
            ledger.recordSuccess(success(hash(1), 1, GBP), transactions(1));
            assertThat(ledger.find(hash(1))).isPresent();
            assertThat(ledger.statusOf(hash(1))).contains(ImportStatus.SUCCESS);

            // when
            ledger.recordSuccess(success(hash(2), 1, GBP), transactions(1));
            ledger.recordFailure(failure(hash(1), FailureReason.CORRUPT));

            // then
            assertThat(ledger.find(hash(2))).isPresent();
            assertThat(ledger.statusOf(hash(2))).contains(ImportStatus.SUCCESS);
            assertThat(ledger.statusOf(hash(1))).contains(ImportStatus.FAILED);
        }
    }

    @Test
    void aFailedWriteRollsBackCompletelyAndLeavesTheLedgerUsable() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given an earlier success, and a trigger that makes the next insert for that file abort
            ledger.recordSuccess(success(hash(7), 2, GBP), transactions(2));
            failInsertsOf(db(), hash(7));

            // when
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(7), 4, null), transactions(4)))
                    // then
                    .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isFalse())
                    .hasMessageContaining("injected failure");
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(2);
            ImportRecord kept = ledger.find(hash(7)).orElseThrow();
            assertThat(kept.transactionCount()).isEqualTo(2);
            assertThat(kept.metadata()).isEqualTo(GBP);
            ledger.recordSuccess(success(hash(8), 1, GBP), transactions(1));
            assertThat(ledger.statusOf(hash(8))).contains(ImportStatus.SUCCESS);
        }
    }

    @Test
    void aDatabaseThatCannotBeWrittenIsFatal() throws Exception {
        // given
        SqliteLedger.open(db()).close();

        try (SqliteLedger ledger = SqliteLedger.open(db(), List.of("PRAGMA query_only = ON"))) {
            // when / then
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(1), 1, GBP), transactions(1)))
                    .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.fatal()).isTrue())
                    .hasMessageContaining("SQLITE_READONLY");
            assertThat(ledger.statusOf(hash(1))).isEmpty();
        }
    }

    @Test
    void attemptsCountTheOutcomesRecordedAndTheLatestOneWins() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given
            ledger.recordFailure(failure(hash(1), FailureReason.ENCRYPTED));

            // when
            ledger.recordSuccess(success(hash(1), 2, GBP), transactions(2));
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3));

            // then
            assertThat(ledger.find(hash(1)).orElseThrow()).isEqualTo(success(hash(1), 3, GBP));
            assertThat(count(db(), "SELECT attempts FROM import_logs")).isEqualTo(3);
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isEqualTo(3);
        }
    }

    @Test
    void recoveryForgetsRowsAnOlderVersionLeftInProgress() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given in_progress rows, as earlier builds wrote before each file, and a failure
            for (int n = 1; n <= 2; n++) {
                execute(db(), "INSERT INTO import_logs (file_hash, file_name, source_path, status, started_at) "
                        + "VALUES ('" + hash(n) + "', 'a.pdf', '/in/a.pdf', 'in_progress', '2024-03-01T09:30:00.125Z')");
            }
            ledger.recordFailure(failure(hash(3), FailureReason.ENCRYPTED));

            // when
            int recovered = ledger.recoverInterrupted();

            // then
            assertThat(recovered).isEqualTo(2);
            assertThat(ledger.statusOf(hash(1))).isEmpty();
            assertThat(ledger.statusOf(hash(2))).isEmpty();
            assertThat(ledger.statusOf(hash(3))).contains(ImportStatus.FAILED);
        }
    }

    @Test
    void aFailureReplacesAnEarlierSuccessAndItsTransactions() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            // given
            ledger.recordSuccess(success(hash(1), 3, GBP), transactions(3));

            // when
            ledger.recordFailure(failure(hash(1), FailureReason.UNRECONCILED));

            // then
            ImportRecord found = ledger.find(hash(1)).orElseThrow();
            assertThat(found.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(found.reason()).isEqualTo(FailureReason.UNRECONCILED);
            assertThat(found.error()).isEqualTo("damaged PDF: no readable page");
            assertThat(found.csvPath()).isNull();
            assertThat(count(db(), "SELECT count(*) FROM transactions")).isZero();
            assertThat(rows(db(), "SELECT status, failure_reason, started_at, finished_at FROM import_logs"))
                    .containsExactly(List.of("failed", "unreconciled", "2024-03-01T09:30:00.125Z",
                            "2024-03-01T09:30:00.145Z"));
        }
    }

    @Test
    void rejectsRecordsThatDoNotMatchTheCall() throws Exception {
        try (SqliteLedger ledger = SqliteLedger.open(db())) {
            assertThatThrownBy(() -> ledger.recordSuccess(success(hash(1), 2, GBP), transactions(3)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ledger.recordFailure(success(hash(1), 0, GBP)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
