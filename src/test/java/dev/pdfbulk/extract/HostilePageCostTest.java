package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.testing.BadPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Files that cost time in ways the operator count does not see: each stops fast with a one-line reason. */
class HostilePageCostTest {

    @TempDir
    Path dir;

    private final List<PageText> pages = new ArrayList<>();

    @Test
    @Timeout(60)
    void formsOfPaddingDrawnOverAndOverStopAtTheDrawnContentLimit() throws Exception {
        // given: 20 forms of 10 KB of comment, each drawing the next twice: few operators, 10 GB to parse
        Path pdf = BadPdfs.formFanOut(dir.resolve("padded.pdf"), 20, "%" + "x".repeat(10_000) + "\n");

        // then: a 1 MB page budget allows 4 MB of drawn content
        assertFailure(pdf, new ExtractionOptions(List.of(), 10, 1L << 20), FailureReason.RESOURCE_LIMIT,
                "page 1 runs more than 4 MB of content");
    }

    @Test
    void eachFormDrawnCountsAsFiftyOperators() throws Exception {
        // given: a page drawing an empty form 200 times: 400 operators, 200 form draws
        Path pdf = dir.resolve("forms.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(PDRectangle.A4);
            try (OutputStream out = form.getContentStream().createOutputStream()) {
                out.write("0 0 m".getBytes(StandardCharsets.US_ASCII));
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Fm"), form);
            page.setResources(resources);
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream()) {
                out.write("/Fm Do ".repeat(200).getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            document.save(pdf.toFile());
        }

        // then: over a limit of 5,000 operators
        assertThatThrownBy(() -> {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                new PageReader(ExtractionOptions.defaults(), pages::add, 1_000, 5_000).readAll(document);
            }
        }).isInstanceOfSatisfying(PageReader.Abort.class, e -> assertThat(e.getCause())
                .isInstanceOfSatisfying(StatementException.class,
                        cause -> assertOneLine(cause.getMessage(), "page 1 draws more than 5000 operators")));
    }

    @Test
    void glyphsDrawnFarOffThePageCountTowardTheGlyphLimit() throws Exception {
        // given: one operator drawing 5,000 characters where no viewer shows them
        Path pdf = dir.resolve("off-page.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                out.newLineAtOffset(-1_000_000, -1_000_000);
                out.showText("x".repeat(5_000));
                out.endText();
            }
            document.save(pdf.toFile());
        }

        // then
        assertThatThrownBy(() -> {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                new PageReader(ExtractionOptions.defaults(), pages::add, 1_000, 1_000_000).readAll(document);
            }
        }).isInstanceOfSatisfying(PageReader.Abort.class, e -> assertThat(e.getCause())
                .isInstanceOfSatisfying(StatementException.class, cause -> {
                    assertThat(cause.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                    assertOneLine(cause.getMessage(), "page 1 draws more than 1000 characters");
                }));
    }

    @Test
    void aPageTreeNestedTooDeeplyFailsAsCorruptInsteadOfOverflowingTheStack() throws Exception {
        // given
        Path pdf = BadPdfs.deepPageTree(dir.resolve("deep.pdf"), 200_000);

        // then
        assertFailure(pdf, ExtractionOptions.defaults(), FailureReason.CORRUPT, "structure nested too deeply");
    }

    @Test
    void pagesSharingAHugeResourceListStopAtTheResourceLimit() throws Exception {
        // given: three pages sharing one resource dictionary of ten fonts
        Path pdf = dir.resolve("shared.pdf");
        try (PDDocument document = new PDDocument()) {
            PDResources shared = new PDResources();
            for (int i = 0; i < 10; i++) {
                shared.put(COSName.getPDFName("F" + i), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(shared);
                document.addPage(page);
            }
            document.save(pdf.toFile());
        }

        // when: at most 25 entries in all
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PageContentGuard guard = new PageContentGuard(1L << 20, 25);
            assertThatCode(() -> guard.check(document.getPage(0), 1)).doesNotThrowAnyException();
            assertThatCode(() -> guard.check(document.getPage(1), 2)).doesNotThrowAnyException();

            // then
            assertThatThrownBy(() -> guard.check(document.getPage(2), 3))
                    .isInstanceOfSatisfying(StatementException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                        assertOneLine(e.getMessage(), "pages 1 to 3 list more than 25 fonts");
                    });
        }
    }

    private void assertFailure(Path pdf, ExtractionOptions options, FailureReason reason, String says) {
        assertThatThrownBy(() -> new PdfBoxTextExtractor().extract(pdf, options, pages::add))
                .isInstanceOfSatisfying(StatementException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertOneLine(e.getMessage(), says);
                });
    }

    private static void assertOneLine(String message, String says) {
        assertThat(message).contains(says).doesNotContain("\n", "\r").hasSizeLessThan(200);
    }
}
