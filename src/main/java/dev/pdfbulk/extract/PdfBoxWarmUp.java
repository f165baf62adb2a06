package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a small statement page, in a standard font that is not embedded. The first such font makes PDFBox
 * index the system fonts (or read its font cache), and the first page loads a few hundred classes; done
 * once before a batch starts, the workers do not each wait for it with a file open (and its timeout
 * running). The page is a stored PDF ({@value #RESOURCE}, as {@code PdfBoxWarmUpTest} builds it): building
 * it at each start made PDFBox load and run its writer, which nothing else in a run uses.
 */
final class PdfBoxWarmUp {

    static final String RESOURCE = "warm-up.pdf";

    private PdfBoxWarmUp() {
    }

    static void run(Consumer<PageText> sink) throws IOException {
        byte[] pdf;
        try (InputStream in = PdfBoxWarmUp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            pdf = in.readAllBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ExtractionOptions options = new ExtractionOptions(List.of(), 1,
                    ExtractionOptions.DEFAULT_MAX_PAGE_CONTENT_BYTES);
            new PageReader(options, sink).readAll(document);
        }
    }
}
