package dev.pdfbulk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the sample statements of {@code samples/}: a few small PDFs in different layouts, each with a
 * {@code .truth.csv} of its transactions, and {@code statements.csv} with what each says about itself.
 * Usage: {@code SampleStatements [folder]} (default {@code samples}).
 */
public final class SampleStatements {

    private SampleStatements() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "samples")).forEach(r -> System.out.println(r.file()));
    }

    /** The samples by file name; seeds are fixed so regenerating gives the same files. */
    public static Map<String, StatementSpec> specs() {
        Map<String, StatementSpec> specs = new LinkedHashMap<>();
        specs.put("uk_current_account.pdf", RandomStatements.spec(101, Layouts.ukCurrentAccount(), 22));
        specs.put("us_checking.pdf", RandomStatements.spec(202, Layouts.usChecking(), 26));
        specs.put("de_girokonto.pdf", RandomStatements.spec(303, Layouts.deGiroSigned(), 18));
        specs.put("fr_releve.pdf", RandomStatements.spec(404, Layouts.frCompte(), 16));
        specs.put("credit_card.pdf", RandomStatements.spec(505, Layouts.creditCard(), 20));
        specs.put("multi_page.pdf", RandomStatements.yearEnd(606, Layouts.multiPage(), 52));
        return specs;
    }

    public static List<RenderedStatement> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<RenderedStatement> written = new ArrayList<>();
        List<String> index = new ArrayList<>(List.of("file,layout,pages,transactions,account,currency,"
                + "period_start,period_end,opening_balance,closing_balance"));
        for (Map.Entry<String, StatementSpec> sample : specs().entrySet()) {
            RenderedStatement r = StatementPdfWriter.write(sample.getValue(), folder.resolve(sample.getKey()));
            StatementSpec s = r.spec();
            index.add(String.join(",", sample.getKey(), s.layout().name(), String.valueOf(r.pages()),
                    String.valueOf(s.entries().size()), s.account(), s.currency(), s.periodStart().toString(),
                    s.periodEnd().toString(), s.openingBalance().toPlainString(), s.closingBalance().toPlainString()));
            Files.write(folder.resolve(sample.getKey().replace(".pdf", ".truth.csv")), truth(r),
                    StandardCharsets.UTF_8);
            written.add(r);
        }
        Files.write(folder.resolve("statements.csv"), index, StandardCharsets.UTF_8);
        return written;
    }

    private static List<String> truth(RenderedStatement r) {
        List<String> lines = new ArrayList<>(List.of("date,description,amount,balance,page"));
        r.transactions().forEach(t -> lines.add(String.join(",", t.date().toString(), quoted(t.description()),
                t.amount().toPlainString(), t.balance() == null ? "" : t.balance().toPlainString(),
                String.valueOf(t.page()))));
        return lines;
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

}
