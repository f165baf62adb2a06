package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Word;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An annotation's appearance (a filled form field, a FreeText box) is text a viewer shows, unless it is hidden. */
class AnnotationTextTest {

    @TempDir
    Path dir;

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    // The annotation flags of ISO 32000-1, 12.5.3.
    private static final int HIDDEN = 2;
    private static final int PRINTED = 4;
    private static final int NO_VIEW = 32;

    @Test
    void filledFieldsAndFreeTextBoxesAreReadAsTheViewerShowsThem() throws Exception {
        // given: a template page printing the column titles, the row's cells filled-in fields, a FreeText row under it
        Path pdf = write((document, page) -> {
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 80, 600, "Date");
                show(out, 140, 600, "Details");
                show(out, 300, 600, "Amount");
            }
            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(cell(document, new PDAnnotationWidget(), 78, 582, "01 May", 0));
            annotations.add(cell(document, new PDAnnotationWidget(), 138, 582, "Coffee", 0));
            annotations.add(cell(document, new PDAnnotationWidget(), 298, 582, "4.50", 0));
            PDAnnotation freeText = new PDAnnotationText();
            freeText.getCOSObject().setName(COSName.SUBTYPE, "FreeText");
            annotations.add(cell(document, freeText, 78, 567, "02 May Bakery", 0));
        });

        // then: the cells read on their rows, after the page's own text
        assertThat(texts(pdf)).containsExactly("Date", "Details", "Amount", "01", "May", "Coffee", "4.50", "02", "May",
                "Bakery");
    }

    @Test
    void hiddenAnnotationsAreNoText() throws Exception {
        // given: a row in the page's content, and three annotations no viewer shows: hidden, not for viewing, a popup
        Path pdf = write((document, page) -> {
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 80, 585, "01 May Coffee 4.50");
            }
            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(cell(document, new PDAnnotationWidget(), 78, 567, "02 May Reversal 9.99",
                    HIDDEN));
            annotations.add(cell(document, new PDAnnotationWidget(), 78, 552, "03 May Draft 8.88",
                    NO_VIEW));
            PDAnnotation popup = new PDAnnotationText();
            popup.getCOSObject().setName(COSName.SUBTYPE, "Popup");
            annotations.add(cell(document, popup, 78, 537, "Note to self", 0));
        });

        // then
        assertThat(texts(pdf)).containsExactly("01", "May", "Coffee", "4.50");
    }

    @Test
    void anAppearanceCountsTowardThePageContentBudget() throws Exception {
        // given: a FreeText box whose appearance inflates to 2 MB of blanks, on a page of a 1 MB budget
        Path pdf = write((document, page) -> {
            heading(document, page);
            PDAnnotation box = cell(document, new PDAnnotationText(), 78, 567, "02 May Bakery", 0);
            try (OutputStream out = box.getNormalAppearanceStream().getContentStream()
                    .createOutputStream(COSName.FLATE_DECODE)) {
                out.write(" ".repeat(2 << 20).getBytes(StandardCharsets.US_ASCII));
            }
            page.getAnnotations().add(box);
        });

        // then
        assertFailure(pdf, new ExtractionOptions(List.of(), 10, 1L << 20), "page 1 content inflates past 1 MB");
    }

    @Test
    void aPageListingMoreAnnotationsThanAnyFormHasFails() throws Exception {
        // given: 10,001 annotations sharing one appearance
        Path pdf = write((document, page) -> {
            heading(document, page);
            PDAnnotation first = cell(document, new PDAnnotationWidget(), 78, 567, "x", 0);
            List<PDAnnotation> annotations = new ArrayList<>(List.of(first));
            for (int i = 0; i < ShownAnnotations.MAX_PER_PAGE; i++) {
                PDAnnotation widget = new PDAnnotationWidget();
                widget.setRectangle(first.getRectangle());
                widget.setAppearance(first.getAppearance());
                annotations.add(widget);
            }
            page.setAnnotations(annotations);
        });

        // then
        assertFailure(pdf, ExtractionOptions.defaults(), "page 1 lists more than 10000 annotations");
    }

    // PDFBox reads no page without a content stream, its annotations neither.
    private static void heading(PDDocument document, PDPage page) throws IOException {
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            show(out, 80, 600, "Date");
        }
    }

    private static void assertFailure(Path pdf, ExtractionOptions options, String says) {
        assertThatThrownBy(() -> new PdfBoxTextExtractor().extract(pdf, options, page -> { }))
                .isInstanceOfSatisfying(StatementException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                    assertThat(e.getMessage()).contains(says);
                });
    }

    private static PDAnnotation cell(PDDocument document, PDAnnotation annotation, float x, float y, String text,
                                     int flags) throws IOException {
        annotation.setRectangle(new PDRectangle(x, y, 140, 12));
        annotation.setAnnotationFlags(flags | PRINTED);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(0, 0, 140, 12));
        appearance.setResources(new PDResources());
        try (PDPageContentStream out = new PDPageContentStream(document, appearance)) {
            show(out, 2, 3, text);
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        annotation.setAppearance(dictionary);
        return annotation;
    }

    private interface Drawing {
        void draw(PDDocument document, PDPage page) throws IOException;
    }

    private Path write(Drawing drawing) throws IOException {
        Path pdf = dir.resolve("page.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            drawing.draw(document, page);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static void show(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(HELVETICA, 10);
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
