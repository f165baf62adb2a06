package dev.pdfbulk.extract;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A footnote mark set as a superscript by the text rise is no text of its line; text merely raised is. */
class RaisedMarksTest {

    @TempDir
    Path dir;

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void aSmallRaisedMarkAfterAnAmountOrATextIsNotRead() throws Exception {
        // given: "93,50" and "USD" each followed by a 5 pt "1" raised 3 pt by Ts, as a note under the table explains
        Path pdf = write(out -> {
            show(out, 80, 600, 8, 0, "Amazon USD");
            float usd = 80 + HELVETICA.getStringWidth("Amazon USD") * 8 / 1000;
            show(out, usd + 0.6f, 600, 5, 3, "1");
            show(out, 300, 600, 8, 0, "93,50");
            float amount = 300 + HELVETICA.getStringWidth("93,50") * 8 / 1000;
            show(out, amount + 0.6f, 600, 5, 3, "1");
        });

        // then
        assertThat(texts(pdf)).containsExactly("Amazon", "USD", "93,50");
    }

    @Test
    void textRaisedAtItsOwnSizeIsRead() throws Exception {
        // given: a producer placing a whole line by the text rise, at the size of the text before it
        Path pdf = write(out -> {
            show(out, 80, 600, 8, 0, "Opening");
            show(out, 80, 580, 8, 4, "01 May 4.50");
        });

        // then
        assertThat(texts(pdf)).containsExactly("Opening", "01", "May", "4.50");
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

    private static void show(PDPageContentStream out, float x, float y, float size, float rise, String text)
            throws IOException {
        out.beginText();
        out.setFont(HELVETICA, size);
        out.setTextRise(rise);
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
