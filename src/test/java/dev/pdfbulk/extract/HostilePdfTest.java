package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.testing.BadPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files built to exhaust a reader: each costs bounded time and memory and fails with a one-line reason. */
class HostilePdfTest {

    @TempDir
    Path dir;

    private final List<PageText> pages = new ArrayList<>();

    @Test
    void anEmbeddedFontThatInflatesPastTheBudgetFailsBeforePdfBoxLoadsIt() throws Exception {
        // given: a TrueType program of 64 MB of zeros, compressed to a few KB
        Path pdf = dir.resolve("font-bomb.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = textPage(document, "Hello");
            COSStream program = document.getDocument().createCOSStream();
            try (OutputStream out = new DeflaterOutputStream(program.createRawOutputStream(),
                    new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    out.write(zeros);
                }
            }
            program.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setItem(COSName.FONT_FILE2, program);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setItem(COSName.BASE_FONT, COSName.getPDFName("Evil"));
            font.setItem(COSName.FONT_DESC, descriptor);
            page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("F9"), font);
            document.save(pdf.toFile());
        }

        // then
        assertFailure(pdf, new ExtractionOptions(List.of(), 10, 1L << 20), FailureReason.RESOURCE_LIMIT,
                "embedded font inflates past 1 MB");
    }

    @Test
    @Timeout(60)
    void formsDrawingFormsStopAtTheOperatorLimit() throws Exception {
        // given: 30 forms, each drawing the next twice: 2^30 draws from a file of a few KB
        Path pdf = BadPdfs.formFanOut(dir.resolve("fan-out.pdf"), 30);

        // then
        assertThatThrownBy(() -> read(pdf, 1_000_000, 50_000))
                .isInstanceOfSatisfying(PageReader.Abort.class, e -> assertThat(e.getCause())
                        .isInstanceOfSatisfying(StatementException.class, cause -> {
                            assertThat(cause.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                            assertOneLine(cause.getMessage(), "page 1 draws more than 50000 operators");
                        }));
    }

    @Test
    void aPageOfMillionsOfCharactersStopsAtTheGlyphLimit() throws Exception {
        // given
        Path pdf = dir.resolve("glyphs.pdf");
        try (PDDocument document = new PDDocument()) {
            textPage(document, "x".repeat(5_000));
            document.save(pdf.toFile());
        }

        // then
        assertThatThrownBy(() -> read(pdf, 1_000, 1_000_000))
                .isInstanceOfSatisfying(PageReader.Abort.class, e -> assertThat(e.getCause())
                        .isInstanceOfSatisfying(StatementException.class, cause -> {
                            assertThat(cause.reason()).isEqualTo(FailureReason.RESOURCE_LIMIT);
                            assertOneLine(cause.getMessage(), "page 1 draws more than 1000 characters");
                        }));
        assertThat(pages).isEmpty();
    }

    @Test
    @Timeout(60)
    void anInterruptedReadStopsWithinThePageInsteadOfRunningOnInTheBackground() throws Exception {
        // given: a page whose forms would take hours to draw, read without a limit that would stop it
        Path pdf = BadPdfs.formFanOut(dir.resolve("fan-out.pdf"), 40);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                read(pdf, Integer.MAX_VALUE, Integer.MAX_VALUE);
            } catch (Throwable e) {
                ended.set(e);
            }
        });

        // when
        reader.start();
        Thread.sleep(500);
        reader.interrupt();
        reader.join(10_000);

        // then
        assertThat(reader.isAlive()).as("still drawing after the interrupt").isFalse();
        assertThat(ended.get()).isInstanceOf(PageReader.Abort.class).hasCauseInstanceOf(InterruptedException.class);
    }

    @Test
    void aPageTreeWhoseCountUnderstatesItsPagesStillStopsAtThePageLimit() throws Exception {
        // given: three pages whose page tree says one
        Path pdf = dir.resolve("lying-count.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                textPage(document, "page " + i);
            }
            document.getPages().getCOSObject().setInt(COSName.COUNT, 1);
            document.save(pdf.toFile());
        }

        // then
        assertFailure(pdf, new ExtractionOptions(List.of(), 2, 1L << 20), FailureReason.RESOURCE_LIMIT,
                "more than 2 pages");
    }

    @Test
    void aZipArchiveThatStoresAPdfIsNotAPdf() throws Exception {
        // given: a stored (uncompressed) ZIP, whose member's %PDF- header falls within the first kilobyte
        Path inner = BadPdfs.decompressionBomb(dir.resolve("inner.pdf"), 1_000);
        Path zip = dir.resolve("statement.pdf");
        byte[] bytes = Files.readAllBytes(inner);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            ZipEntry entry = new ZipEntry("s.pdf");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(bytes);
            out.closeEntry();
        }

        // then
        assertFailure(zip, ExtractionOptions.defaults(), FailureReason.NOT_PDF, "a ZIP archive");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFileWhoseNameIsNotValidUtf8IsStillRead() throws Exception {
        // given: a name only a directory listing can give (Java strings cannot hold the byte 0xFF)
        Path good = BadPdfs.letter(dir.resolve("letter.pdf"));
        Process copy = new ProcessBuilder("sh", "-c", "cp letter.pdf \"$(printf 'bad\\377.pdf')\"")
                .directory(dir.toFile()).start();
        assertThat(copy.waitFor()).isZero();
        Path odd;
        try (Stream<Path> files = Files.list(dir)) {
            odd = files.filter(p -> p.getFileName().toString().startsWith("bad")).findFirst().orElseThrow();
        }

        // when
        new PdfBoxTextExtractor().extract(odd, ExtractionOptions.defaults(), pages::add);

        // then: read as the letter it is, not failed as "damaged PDF"
        assertThat(odd).isNotEqualTo(good);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).words()).isNotEmpty();
    }

    private void read(Path pdf, int maxGlyphs, int maxOperators) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PageReader(ExtractionOptions.defaults(), pages::add, maxGlyphs, maxOperators).readAll(document);
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

    private static PDPage textPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.beginText();
            out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
            out.newLineAtOffset(20, 700);
            out.showText(text);
            out.endText();
        }
        return page;
    }
}
