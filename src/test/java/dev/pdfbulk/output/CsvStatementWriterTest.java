package dev.pdfbulk.output;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvStatementWriterTest {

    private final CsvStatementWriter writer = new CsvStatementWriter();

    @TempDir
    Path dir;

    static Statement statement(Transaction... transactions) {
        return new Statement(StatementMetadata.empty(), List.of(transactions), 1, Reconciliation.unverified("test"));
    }

    static Transaction tx(String date, String description, String amount, String balance, int page) {
        return new Transaction(LocalDate.parse(date), description, new BigDecimal(amount),
                balance == null ? null : new BigDecimal(balance), page);
    }

    @Test
    void aStatementOfSeveralAccountsNamesEachRowsAccountAndCurrencyInTwoTrailingColumns() throws IOException {
        List<Transaction> rows = List.of(tx("2024-10-02", "ZELLE", "-128.13", "4253.49", 1),
                tx("2024-10-05", "TRANSFER", "-839.65", "11900.35", 1), tx("2024-10-06", "FX", "-2.00", null, 2));
        List<Section> sections = List.of(
                new Section("****2214", "USD", new BigDecimal("4381.62"), new BigDecimal("4253.49"),
                        Reconciliation.reconciled("ok"), 0, 1),
                new Section("****8830", null, new BigDecimal("12740.00"), new BigDecimal("11898.35"),
                        Reconciliation.reconciled("ok"), 1, 2));
        StringWriter out = new StringWriter();
        writer.write(new Statement(StatementMetadata.empty(), rows, 2, Reconciliation.reconciled("ok"), sections), out);
        assertThat(out.toString()).isEqualTo("date,description,amount,balance,page,account,currency\r\n"
                + "2024-10-02,ZELLE,-128.13,4253.49,1,****2214,USD\r\n"
                + "2024-10-05,TRANSFER,-839.65,11900.35,1,****8830,\r\n"
                + "2024-10-06,FX,-2.00,,2,****8830,\r\n");
    }

    @Test
    void aStatementOfOneAccountKeepsItsFiveColumns() throws IOException {
        StringWriter out = new StringWriter();
        writer.write(statement(tx("2024-10-02", "ZELLE", "-128.13", "4253.49", 1)), out);
        assertThat(out.toString()).isEqualTo("date,description,amount,balance,page\r\n"
                + "2024-10-02,ZELLE,-128.13,4253.49,1\r\n");
    }

    @Test
    void writesHeaderAndRowsWithPlainAmountsKeepingScale() throws IOException {
        // given
        Statement statement = statement(
                tx("2024-03-01", "COFFEE SHOP", "-12.50", "987.50", 1),
                tx("2024-03-02", "SALARY", "1234567.89", null, 2),
                tx("2024-03-03", "TINY", "1E-2", "1.0E+3", 2));
        StringWriter out = new StringWriter();

        // when
        writer.write(statement, out);

        // then
        assertThat(out.toString()).isEqualTo(
                "date,description,amount,balance,page\r\n"
                        + "2024-03-01,COFFEE SHOP,-12.50,987.50,1\r\n"
                        + "2024-03-02,SALARY,1234567.89,,2\r\n"
                        + "2024-03-03,TINY,0.01,1000,2\r\n");
    }

    @Test
    void quotesOnlyFieldsThatNeedIt() throws IOException {
        // given
        Statement statement = statement(
                tx("2024-01-05", "ACME, INC \"REFUND\"", "3.00", null, 1),
                tx("2024-01-06", "TWO\nLINES", "-1.00", null, 1));
        StringWriter out = new StringWriter();

        // when
        writer.write(statement, out);

        // then
        assertThat(out.toString()).isEqualTo(
                "date,description,amount,balance,page\r\n"
                        + "2024-01-05,\"ACME, INC \"\"REFUND\"\"\",3.00,,1\r\n"
                        + "2024-01-06,\"TWO\nLINES\",-1.00,,1\r\n");
    }

    @Test
    void writesUtf8ToAStreamWithoutClosingIt() throws IOException {
        // given
        Statement statement = statement(tx("2024-01-05", "CAFÉ MÜNCHEN €", "-4.20", null, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream must stay open");
            }
        };

        // when
        writer.write(statement, bytes);

        // then
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("2024-01-05,CAFÉ MÜNCHEN €,-4.20,,1\r\n");
        assertThat(bytes.toByteArray()[0]).isEqualTo((byte) 'd');
    }

    @Test
    void reportsAWriteFailure() {
        // given
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        // when / then
        assertThatThrownBy(() -> writer.write(statement(tx("2024-01-05", "X", "1.00", null, 1)), broken))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void writesAtomicallyIntoNewDirectoriesAndLeavesNoTemporaryFile() throws IOException {
        // given
        Path target = dir.resolve("out/2024/statement.csv");

        // when
        writer.writeAtomically(statement(tx("2024-01-05", "X", "1.00", null, 1)), target);

        // then
        assertThat(Files.readString(target)).isEqualTo("date,description,amount,balance,page\r\n2024-01-05,X,1.00,,1\r\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesAHeaderOnlyFileForAStatementWithoutTransactions() throws IOException {
        // given
        Path target = dir.resolve("empty.csv");

        // when
        writer.writeAtomically(statement(), target);

        // then
        assertThat(Files.readString(target)).isEqualTo("date,description,amount,balance,page\r\n");
    }
}
