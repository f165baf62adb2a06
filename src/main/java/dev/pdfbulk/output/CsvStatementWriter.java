package dev.pdfbulk.output;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a statement's transactions as RFC 4180 CSV in UTF-8 (no byte-order mark): a header
 * {@code date,description,amount,balance,page}, then one row per transaction in statement order.
 *
 * <p>Lines end in CRLF, as RFC 4180 requires and spreadsheets expect; every common CSV reader also
 * accepts it. A field is quoted only when it holds a comma, a double quote or a line break, and a double
 * quote inside is doubled. Dates are ISO {@code yyyy-MM-dd}; amounts and balances are plain signed
 * decimals with the statement's own scale ({@code -12.50}, never {@code -12.5} or {@code -1.25E+1});
 * a missing balance is an empty field. Rows are written one at a time, never gathered into one string.
 *
 * <p>A statement holding several accounts ({@link Statement#sections()} not empty) gets two trailing columns,
 * {@code account} and {@code currency}, naming each row's section (an empty field where the section does not
 * print it): {@code date,description,amount,balance,page,account,currency}. A statement of one account is written
 * exactly as before, with the five columns only.
 *
 * <p>Threading: stateless; one instance may be shared by all threads.
 */
public final class CsvStatementWriter {

    /** The header row. */
    public static final List<String> HEADER = List.of("date", "description", "amount", "balance", "page");

    /** The header row of a statement holding several accounts: each row names its section's account and currency. */
    public static final List<String> SECTIONED_HEADER = List.of("date", "description", "amount", "balance", "page",
            "account", "currency");

    /** The line terminator written after every row. */
    public static final String LINE_END = ICSVWriter.RFC4180_LINE_END;

    private static final int BUFFER_CHARS = 16 * 1024;

    /**
     * Writes {@code statement} to {@code out}, flushing but not closing it (so it may be stdout).
     *
     * @param statement the statement, not null
     * @param out       the destination, not null
     * @throws IOException when the destination cannot be written
     */
    public void write(Statement statement, Writer out) throws IOException {
        // Not closed: closing an ICSVWriter closes the caller's Writer.
        ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd(LINE_END).build();
        boolean sectioned = !statement.sections().isEmpty();
        csv.writeNext((sectioned ? SECTIONED_HEADER : HEADER).toArray(String[]::new), false);
        failOnError(csv);
        List<Transaction> transactions = statement.transactions();
        for (int i = 0; i < transactions.size(); i++) {
            csv.writeNext(sectioned ? row(transactions.get(i), statement.sectionOf(i)) : row(transactions.get(i)), false);
            failOnError(csv);
        }
        csv.flush();
    }

    /**
     * Writes {@code statement} to {@code out} as UTF-8, flushing but not closing it (so it may be {@code System.out}).
     *
     * @param statement the statement, not null
     * @param out       the destination, not null
     * @throws IOException when the destination cannot be written
     */
    public void write(Statement statement, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        write(statement, writer);
        writer.flush();
    }

    /**
     * Writes {@code statement} to {@code target} through {@link AtomicFileWriter}: the file appears complete
     * or not at all, and an existing file is replaced. Missing parent directories are created.
     *
     * @param statement the statement, not null
     * @param target    the CSV file, not null
     * @throws IOException when the file cannot be written; any temporary file is removed first
     */
    public void writeAtomically(Statement statement, Path target) throws IOException {
        AtomicFileWriter.write(target, out -> write(statement, out));
    }

    /**
     * As {@link #writeAtomically}, but not yet forced to disk: complete for every reader, and lasting a killed
     * process, but not a power cut until {@link AtomicFileWriter#force} ran on it (the ingest ledger writer
     * forces a group of CSVs before it commits their rows).
     *
     * @throws IOException when the file cannot be written; any temporary file is removed first
     */
    public void writeUnforced(Statement statement, Path target) throws IOException {
        AtomicFileWriter.writeUnforced(target, out -> write(statement, out));
    }

    static String[] row(Transaction transaction) {
        return new String[] {
            DateTimeFormatter.ISO_LOCAL_DATE.format(transaction.date()),
            transaction.description(),
            transaction.amount().toPlainString(),
            plain(transaction.balance()),
            Integer.toString(transaction.page())
        };
    }

    static String[] row(Transaction transaction, Section section) {
        String[] plain = row(transaction);
        String[] out = Arrays.copyOf(plain, plain.length + 2);
        out[plain.length] = section == null || section.account() == null ? "" : section.account();
        out[plain.length + 1] = section == null || section.currency() == null ? "" : section.currency();
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void failOnError(ICSVWriter csv) throws IOException {
        // OpenCSV keeps the first IOException instead of throwing it; surface it at once.
        IOException failure = csv.getException();
        if (failure != null) {
            throw failure;
        }
    }
}
