package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a small statement page made in memory, in a standard font that is not embedded. The first such
 * font makes PDFBox index the system fonts (or read its font cache), and the first page loads a few
 * hundred classes; done once before a batch starts, the workers do not each wait for it with a file
 * open (and its timeout running).
 */
final class PdfBoxWarmUp {

    private static final String[][] LINES = {
        {"Date", "Description", "Amount", "Balance"},
        {"01/02/2024", "Opening balance", "", "1,000.00"},
        {"02/02/2024", "CARD PAYMENT TO SHOP", "-12.34", "987.66"},
        {"03/02/2024", "SALARY", "1,234.56", "2,222.22"},
    };
    private static final float[] COLUMNS = {50, 130, 380, 470};

    private PdfBoxWarmUp() {
    }

    static void run(Consumer<PageText> sink) throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                for (int row = 0; row < LINES.length; row++) {
                    for (int col = 0; col < COLUMNS.length; col++) {
                        out.beginText();
                        out.newLineAtOffset(COLUMNS[col], 700 - 14 * row);
                        out.showText(LINES[row][col]);
                        out.endText();
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            pdf = bytes.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ExtractionOptions options = new ExtractionOptions(List.of(), 1,
                    ExtractionOptions.DEFAULT_MAX_PAGE_CONTENT_BYTES);
            new PageReader(options, sink).readAll(document);
        }
    }
}
