package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up's stored page is the one it used to build at each start (the definition, kept here). */
class PdfBoxWarmUpTest {

    private static final String[][] LINES = {
        {"Date", "Description", "Amount", "Balance"},
        {"01/02/2024", "Opening balance", "", "1,000.00"},
        {"02/02/2024", "CARD PAYMENT TO SHOP", "-12.34", "987.66"},
        {"03/02/2024", "SALARY", "1,234.56", "2,222.22"},
    };
    private static final float[] COLUMNS = {50, 130, 380, 470};

    @Test
    void theStoredPageReadsAsTheBuiltOne() throws IOException {
        // given the page as the warm-up built it: Helvetica, not embedded, four rows of four cells
        List<PageText> built = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(built())) {
            new PageReader(new ExtractionOptions(List.of(), 1, ExtractionOptions.DEFAULT_MAX_PAGE_CONTENT_BYTES),
                    built::add).readAll(document);
        }

        // when the warm-up reads its stored page
        List<PageText> stored = new ArrayList<>();
        PdfBoxWarmUp.run(stored::add);

        // then it hands over the same page, word for word and position for position
        assertThat(stored).hasSize(1).isEqualTo(built);
        assertThat(stored.get(0).words()).extracting(w -> w.text()).contains("Date", "SALARY", "2,222.22");
    }

    private static byte[] built() throws IOException {
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
            return bytes.toByteArray();
        }
    }
}
