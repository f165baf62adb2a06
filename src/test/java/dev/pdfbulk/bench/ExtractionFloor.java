package dev.pdfbulk.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor the pipeline is measured against: PDFBox alone, load + {@link PDFTextStripper} with sort by
 * position, nothing else (no hashing, parsing, CSV or database), over every PDF of a folder with a fixed
 * pool of N threads in one JVM. The benchmark times the whole process, JVM start included.
 * Usage: {@code ExtractionFloor THREADS DIR}; prints one line {@code floor files=.. pages=.. chars=.. failed=..}.
 */
public final class ExtractionFloor {

    private ExtractionFloor() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> pdfs;
        try (Stream<Path> list = Files.list(Path.of(args[1]))) {
            pdfs = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted()
                    .toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>(pdfs.size());
        for (Path pdf : pdfs) {
            results.add(pool.submit(() -> extract(pdf)));
        }
        long pages = 0;
        long chars = 0;
        int failed = 0;
        for (Future<long[]> result : results) {
            long[] r = result.get();
            if (r == null) {
                failed++;
            } else {
                pages += r[0];
                chars += r[1];
            }
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "floor files=%d pages=%d chars=%d failed=%d threads=%d%n", pdfs.size(), pages,
                chars, failed, threads);
    }

    private static long[] extract(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            return new long[] {document.getNumberOfPages(), text.length()};
        } catch (IOException e) {
            System.err.println(pdf + ": " + e);
            return null;
        }
    }
}
