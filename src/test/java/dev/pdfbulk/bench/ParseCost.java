package dev.pdfbulk.bench;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.parse.StatementParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parser's own CPU time, without PDFBox: extracts every PDF of a folder once into memory, then parses all of
 * them again and again on one thread and prints the thread's CPU time a page for each round, with a digest of
 * the results so that two builds can be checked to read alike. A profiling aid (docs/performance.md), not a test.
 *
 * <p>Usage: {@code ParseCost DIR [ROUNDS]}.
 */
public final class ParseCost {

    private ParseCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        PdfBoxTextExtractor extractor = new PdfBoxTextExtractor();
        List<List<PageText>> statements = new ArrayList<>();
        int pages = 0;
        for (Path pdf : pdfs) {
            List<PageText> doc = new ArrayList<>();
            try {
                extractor.extract(pdf, ExtractionOptions.defaults(), doc::add);
            } catch (StatementException e) {
                continue;
            }
            statements.add(doc);
            pages += doc.size();
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long digest = 17;
            long start = bean.getCurrentThreadCpuTime();
            for (List<PageText> doc : statements) {
                StatementParser parser = StatementParser.create();
                doc.forEach(parser);
                try {
                    Statement st = parser.finish();
                    digest = digest * 31 + st.toString().hashCode();
                } catch (StatementException e) {
                    digest = digest * 31 + e.reason().hashCode();
                }
            }
            long cpu = bean.getCurrentThreadCpuTime() - start;
            System.out.printf("round %d: %d statements, %d pages, %.1f ms CPU, %.3f ms a page, digest %x%n", r,
                    statements.size(), pages, cpu / 1e6, cpu / 1e6 / pages, digest);
        }
    }
}
