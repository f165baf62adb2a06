package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text a viewer never shows (clipped away, white on the white page, an invisible layer over the print) is no text. */
class HiddenTextTest {

    @TempDir
    Path dir;

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Test
    void aClippedCellIsReadAsFarAsItShows() throws Exception {
        // given: a report writer's description cell 32 points wide holding "Coffee Roasters Ltd", clipped at its edge
        Path pdf = write(out -> {
            show(out, HELVETICA, 80, 600, "Date");
            show(out, HELVETICA, 140, 600, "Details");
            show(out, HELVETICA, 300, 600, "Amount");
            show(out, HELVETICA, 80, 585, "01 May");
            out.saveGraphicsState();
            out.addRect(140, 582, 32, 14);
            out.clip();
            show(out, HELVETICA, 140, 585, "Coffee Roasters Ltd");
            out.restoreGraphicsState();
            show(out, HELVETICA, 300, 585, "4.50");
            show(out, HELVETICA, 140, 570, "Tea");
        });

        // then: the glyphs whose middle lies outside the clip are gone; what follows the clip is read again
        assertThat(texts(pdf)).containsExactly("Date", "Details", "Amount", "01", "May", "Coffee", "4.50", "Tea");
    }

    @Test
    void whiteTextIsReadOnlyOverWhatIsPaintedUnderIt() throws Exception {
        // given: a header in white on a dark band (shown), and a white index line under a row on the white page
        Path pdf = write(out -> {
            out.setNonStrokingColor(0.1f, 0.2f, 0.4f);
            out.addRect(75, 596, 300, 14);
            out.fill();
            out.setNonStrokingColor(1f);
            show(out, HELVETICA, 80, 600, "Date");
            show(out, HELVETICA, 140, 600, "Details");
            out.setNonStrokingColor(0f);
            show(out, HELVETICA, 80, 585, "01 May");
            show(out, HELVETICA, 140, 585, "Coffee");
            out.setNonStrokingColor(1f, 1f, 1f);
            show(out, HELVETICA, 140, 576, "MCC 5411");
        });

        // then
        assertThat(texts(pdf)).containsExactly("Date", "Details", "01", "May", "Coffee");
    }

    @Test
    void anInvisibleLayerOverThePrintIsNotReadTwiceButAloneItIsTheText() throws Exception {
        // given: a printed row with a "searchable text" layer in another font over it (render mode 3, half a point
        // off), and an invisible line over nothing printed, as a scanned region's OCR text is
        Path pdf = write(out -> {
            show(out, HELVETICA, 80, 585, "01 May Coffee Roasters 4.50");
            out.setRenderingMode(RenderingMode.NEITHER);
            show(out, TIMES, 80.5f, 584.5f, "01 May Coffee Roasters 4.50");
            show(out, TIMES, 80, 560, "02 May Bakery 3.20");
            out.setRenderingMode(RenderingMode.FILL);
        });

        // then
        assertThat(texts(pdf)).containsExactly("01", "May", "Coffee", "Roasters", "4.50", "02", "May", "Bakery", "3.20");
    }

    private interface Drawing {
        void draw(PDPageContentStream out) throws IOException;
    }

    private Path write(Drawing drawing) throws IOException {
        Path pdf = dir.resolve("page.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                drawing.draw(out);
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, 10);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static List<String> texts(Path pdf) throws Exception {
        List<PageText> pages = new ArrayList<>();
        new PdfBoxTextExtractor().extract(pdf, ExtractionOptions.defaults(), pages::add);
        return pages.get(0).words().stream().map(Word::text).toList();
    }
}
