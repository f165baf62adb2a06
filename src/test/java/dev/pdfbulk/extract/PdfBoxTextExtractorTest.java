package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Word;
import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;
import dev.pdfbulk.testing.StatementSpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfBoxTextExtractorTest {

    private static final ExtractionOptions DEFAULTS = ExtractionOptions.defaults();

    @TempDir
    Path dir;

    private final PdfBoxTextExtractor extractor = new PdfBoxTextExtractor();
    private final List<PageText> pages = new ArrayList<>();

    @Test
    void readsEveryPageOfAStatementWithItsWordsInReadingOrder() throws Exception {
        // given
        StatementSpec spec = RandomStatements.spec(11, Layouts.deSollHaben(), 40);
        RenderedStatement statement = StatementPdfWriter.write(spec, dir.resolve("statement.pdf"));

        // when
        ExtractionSummary summary = extractor.extract(statement.file(), DEFAULTS, pages::add);

        // then
        assertThat(statement.pages()).isGreaterThan(1);
        assertThat(summary).isEqualTo(new ExtractionSummary(statement.pages(), statement.pages(), false, false));
        assertThat(pages).extracting(PageText::number).containsExactly(range(1, statement.pages()));
        assertThat(pages.get(0).width()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
        List<String> first = texts(pages.get(0).words());
        assertThat(first).contains("Kontonummer", spec.account(), "Buchungstag", "Verwendungszweck", "Soll", "Haben");
        assertThat(String.join(" ", first)).contains(spec.bank(), spec.entries().get(0).description());
        assertThat(texts(pages.get(1).words())).contains("Übertrag", "Fortsetzung");
        pages.forEach(page -> assertReadingOrder(page.words()));
    }

    @Test
    void pagesWithoutContentAreHandedOverEmptyInTheirPlace() throws Exception {
        // given: blank pages (no content stream at all) after page 1 and at the end
        Path statement = StatementPdfWriter.write(RandomStatements.spec(5, Layouts.multiPage(), 30),
                dir.resolve("statement.pdf")).file();
        Path withBlanks = dir.resolve("blanks.pdf");
        try (PDDocument document = Loader.loadPDF(statement.toFile())) {
            document.getPages().insertAfter(new PDPage(), document.getPage(0));
            document.addPage(new PDPage());
            document.save(withBlanks.toFile());
        }

        // when
        ExtractionSummary summary = extractor.extract(withBlanks, DEFAULTS, pages::add);

        // then
        assertThat(summary.pages()).isEqualTo(4).isEqualTo(summary.declaredPages());
        assertThat(pages).extracting(PageText::number).containsExactly(1, 2, 3, 4);
        assertThat(pages).extracting(page -> page.words().isEmpty()).containsExactly(false, true, false, true);
        assertThat(pages.get(1).width()).isEqualTo(PDRectangle.LETTER.getWidth());
    }

    @Test
    void smallCompleteFileIsNotTakenForTruncated() throws Exception {
        // given: 1027 bytes, so the final "%%EOF\n" straddles the first 1024 bytes and the rest
        Path small = pdfOfSize(1027);

        // when
        ExtractionSummary summary = extractor.extract(small, DEFAULTS, pages::add);

        // then
        assertThat(Files.readString(small, StandardCharsets.ISO_8859_1)).endsWith("%%EOF\n");
        assertThat(summary.damaged()).isFalse();
    }

    @Test
    void interruptBeforeTheCallCancelsInsteadOfFailingTheFile() throws Exception {
        // given
        Path good = StatementPdfWriter.write(spec(), dir.resolve("good.pdf")).file();
        Thread.currentThread().interrupt();
        try {
            // then: an interrupt closes file channels, which must not read as a damaged file
            assertThatThrownBy(() -> extractor.extract(good, DEFAULTS, pages::add))
                    .isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptWhileReadingStopsBeforeTheNextPage() throws Exception {
        // given: the sink is interrupted by the first page of three
        Path three = StatementPdfWriter.write(RandomStatements.spec(5, Layouts.multiPage(), 50),
                dir.resolve("three.pdf")).file();
        try {
            // then
            assertThatThrownBy(() -> extractor.extract(three, DEFAULTS, page -> {
                pages.add(page);
                Thread.currentThread().interrupt();
            })).isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(pages).hasSize(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void emptyFileIsNotAPdf() throws Exception {
        Path empty = BadPdfs.empty(dir.resolve("empty.pdf"));

        assertFailure(empty, DEFAULTS, FailureReason.NOT_PDF, "empty");
    }

    @Test
    void textFileWithAPdfNameIsNotAPdf() throws Exception {
        Path text = BadPdfs.textNamedPdf(dir.resolve("export.pdf"));

        assertFailure(text, DEFAULTS, FailureReason.NOT_PDF, "text file");
    }

    @Test
    void encryptedFileNeedsAPassword() throws Exception {
        Path locked = BadPdfs.encrypted(spec(), dir.resolve("locked.pdf"), "s3cret");

        assertFailure(locked, DEFAULTS, FailureReason.ENCRYPTED, "password");
        assertFailure(locked, DEFAULTS.withPasswords(List.of("guess")), FailureReason.ENCRYPTED, "1 given");
    }

    @Test
    void encryptedFileOpensWithTheRightPasswordAmongSeveral() throws Exception {
        // given
        StatementSpec spec = spec();
        Path locked = BadPdfs.encrypted(spec, dir.resolve("locked.pdf"), "s3cret");

        // when
        ExtractionSummary summary = extractor.extract(locked, DEFAULTS.withPasswords(List.of("guess", "s3cret")),
                pages::add);

        // then
        assertThat(summary.pages()).isEqualTo(1);
        assertThat(texts(pages.get(0).words())).contains(spec.account());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void filesThatFailToOpenAreClosed() throws Exception {
        // given: a quarantine move fails on Windows, and a batch runs out of handles, while one is open
        Path locked = BadPdfs.encrypted(spec(), dir.resolve("locked.pdf"), "s3cret");
        Path cut = BadPdfs.truncated(StatementPdfWriter.write(spec(), dir.resolve("whole.pdf")).file(),
                dir.resolve("cut.pdf"), 0.3);

        // when
        for (Path pdf : List.of(locked, cut)) {
            assertThatThrownBy(() -> extractor.extract(pdf, DEFAULTS.withPasswords(List.of("guess")), pages::add))
                    .isInstanceOf(StatementException.class);
        }

        // then
        assertThat(openFilesUnder(dir)).isEmpty();
    }

    @Test
    void fileWithOnlyAnOwnerPasswordOpensWithoutOne() throws Exception {
        // given: copying text is forbidden by its permissions
        StatementSpec spec = spec();
        Path restricted = BadPdfs.ownerPasswordOnly(spec, dir.resolve("restricted.pdf"));

        // when
        extractor.extract(restricted, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words())).contains(spec.account());
    }

    @Test
    void truncatedFileIsCorruptOrReadAsDamaged() throws Exception {
        // given
        Path whole = StatementPdfWriter.write(spec(), dir.resolve("whole.pdf")).file();
        Path cut = BadPdfs.truncated(whole, dir.resolve("cut.pdf"), 0.6);

        // when
        ExtractionSummary summary = null;
        StatementException failure = null;
        try {
            summary = extractor.extract(cut, DEFAULTS, pages::add);
        } catch (StatementException e) {
            failure = e;
        }

        // then
        if (failure != null) {
            assertThat(failure.reason()).isEqualTo(FailureReason.CORRUPT);
            assertOneLine(failure.getMessage(), "truncated");
        } else {
            assertThat(summary.damaged()).isTrue();
        }
    }

    @Test
    void imageOnlyPageHasNoWordsButSaysItDrawsImages() throws Exception {
        // given
        Path scan = BadPdfs.imageOnly(dir.resolve("scan.pdf"));

        // when
        ExtractionSummary summary = extractor.extract(scan, DEFAULTS, pages::add);

        // then
        assertThat(summary.imagesSeen()).isTrue();
        assertThat(pages).singleElement().satisfies(page -> assertThat(page.words()).isEmpty());
    }

    @Test
    void letterIsReadLikeAnyTextPdf() throws Exception {
        // given: refusing it (no transactions) is the parser's job
        Path letter = BadPdfs.letter(dir.resolve("letter.pdf"));

        // when
        extractor.extract(letter, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words())).contains("Dear", "£1,500.00", "01/01/2026");
    }

    @Test
    void watermarkAtAnAngleAndTextUpTheMarginAreNotPartOfTheLines() throws Exception {
        // given: a 96 pt "DUPLICATE" at 45° across a header and a row, a notice printed up the left margin
        Path pdf = dir.resolve("watermark.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 96, Matrix.getRotateInstance(Math.toRadians(45), 150, 520), "DUPLICATE");
                show(out, 7, Matrix.getRotateInstance(Math.toRadians(90), 30, 300), "Please retain this statement");
                show(out, 10, Matrix.getTranslateInstance(80, 600), "Date    Details    Withdrawals    Balance");
                show(out, 10, Matrix.getTranslateInstance(80, 585), "01 May  Coffee     4.50    95.50");
            }
            document.save(pdf.toFile());
        }

        // when
        extractor.extract(pdf, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words()))
                .containsExactly("Date", "Details", "Withdrawals", "Balance", "01", "May", "Coffee", "4.50", "95.50");
    }

    @Test
    void pageTurnedByItsRotateEntryKeepsItsUprightText() throws Exception {
        // given: a landscape page made by /Rotate 90 (user x runs down it), its text drawn at 90° to read upright, a stamp
        Path pdf = dir.resolve("turned.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 10, Matrix.getRotateInstance(Math.toRadians(90), 85, 80), "Date    Details    Amount");
                show(out, 10, Matrix.getRotateInstance(Math.toRadians(90), 100, 80), "01 May  Coffee     4.50");
                show(out, 40, Matrix.getRotateInstance(Math.toRadians(135), 300, 400), "PAID");
            }
            document.save(pdf.toFile());
        }

        // when
        extractor.extract(pdf, DEFAULTS, pages::add);

        // then
        assertThat(pages.get(0).width()).isGreaterThan(pages.get(0).height());
        assertThat(texts(pages.get(0).words())).containsExactly("Date", "Details", "Amount", "01", "May", "Coffee", "4.50");
    }

    @Test
    void textOutsideTheCropBoxIsNotReadWhereverTheBoxStarts() throws Exception {
        // given: a CropBox starting at (50, 60) inside a wider MediaBox; a printer's slug beside a row beyond its
        // right edge and a job line below it, both in the media but cut off from view; a row at the very edge
        Path pdf = dir.resolve("cropped.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(0, 0, 660, 842));
            page.setCropBox(new PDRectangle(50, 60, 545, 772));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 10, Matrix.getTranslateInstance(80, 600), "Date    Details    Amount");
                show(out, 10, Matrix.getTranslateInstance(80, 585), "01 May  Coffee     4.50");
                show(out, 7, Matrix.getTranslateInstance(605, 585), "0425-01 17.40");
                show(out, 7, Matrix.getTranslateInstance(80, 40), "JOB 4471 PROOF 2");
                show(out, 10, Matrix.getTranslateInstance(52, 64), "Edge");
            }
            document.save(pdf.toFile());
        }

        // when
        extractor.extract(pdf, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words()))
                .containsExactly("Date", "Details", "Amount", "01", "May", "Coffee", "4.50", "Edge");
    }

    @Test
    void aCropBoxOfNoAreaHidesNothing() throws Exception {
        // given: a broken CropBox with no width
        Path pdf = dir.resolve("flat-crop.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setCropBox(new PDRectangle(100, 100, 0, 400));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 10, Matrix.getTranslateInstance(80, 585), "01 May  Coffee     4.50");
            }
            document.save(pdf.toFile());
        }

        // when
        extractor.extract(pdf, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words())).containsExactly("01", "May", "Coffee", "4.50");
    }

    @Test
    void textOutsideTheCropBoxOfATurnedPageIsNotRead() throws Exception {
        // given: a /Rotate 90 page whose CropBox cuts off the media's last 60 points, where a slug continues a row
        Path pdf = dir.resolve("turned-cropped.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(0, 0, 595, 900));
            page.setCropBox(new PDRectangle(0, 0, 595, 842));
            page.setRotation(90);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 10, Matrix.getRotateInstance(Math.toRadians(90), 85, 80), "Date    Details    Amount");
                show(out, 10, Matrix.getRotateInstance(Math.toRadians(90), 100, 80), "01 May  Coffee     4.50");
                show(out, 7, Matrix.getRotateInstance(Math.toRadians(90), 100, 860), "17.40");
            }
            document.save(pdf.toFile());
        }

        // when
        extractor.extract(pdf, DEFAULTS, pages::add);

        // then
        assertThat(texts(pages.get(0).words())).containsExactly("Date", "Details", "Amount", "01", "May", "Coffee", "4.50");
    }

    private static void show(PDPageContentStream out, float size, Matrix at, String text) throws IOException {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
        out.setTextMatrix(at);
        out.showText(text);
        out.endText();
    }

    @Test
    void decompressionBombStopsAtTheContentLimit() throws Exception {
        // given
        Path bomb = BadPdfs.decompressionBomb(dir.resolve("bomb.pdf"), 5L << 20);
        ExtractionOptions limited = new ExtractionOptions(List.of(), 10, 1L << 20);

        // then
        assertFailure(bomb, limited, FailureReason.RESOURCE_LIMIT, "inflates past 1 MB");
        assertThat(pages).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BadPdfs.BombFilter.class)
    void decompressionBombIsStoppedWhileInflatingWhateverFormItsFilterTakes(BadPdfs.BombFilter filter)
            throws Exception {
        // given: 2 GB of spaces, which would exhaust the heap if decoded whole before counting
        Path bomb = BadPdfs.decompressionBomb(dir.resolve("bomb.pdf"), 2L << 30, filter);
        ExtractionOptions limited = new ExtractionOptions(List.of(), 10, 1L << 20);

        // then
        assertFailure(bomb, limited, FailureReason.RESOURCE_LIMIT, "inflates past 1 MB");
    }

    @Test
    void tooManyPagesIsOverTheLimit() throws Exception {
        // given
        RenderedStatement three = StatementPdfWriter.write(RandomStatements.spec(5, Layouts.multiPage(), 50),
                dir.resolve("three.pdf"));
        ExtractionOptions twoPages = new ExtractionOptions(List.of(), 2, DEFAULTS.maxPageContentBytes());

        // then
        assertThat(three.pages()).isEqualTo(3);
        assertFailure(three.file(), twoPages, FailureReason.RESOURCE_LIMIT, "3 pages");
    }

    private void assertFailure(Path pdf, ExtractionOptions options, FailureReason reason, String says) {
        assertThatThrownBy(() -> extractor.extract(pdf, options, pages::add))
                .isInstanceOfSatisfying(StatementException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertOneLine(e.getMessage(), says);
                });
    }

    private static void assertOneLine(String message, String says) {
        assertThat(message).contains(says).doesNotContain("\n", "\r").hasSizeLessThan(200);
    }

    // Words come line by line from the top, left to right within a line.
    private static void assertReadingOrder(List<Word> words) {
        for (int i = 1; i < words.size(); i++) {
            Word before = words.get(i - 1);
            Word word = words.get(i);
            if (Math.abs(word.y() - before.y()) < 1) {
                assertThat(word.x()).as("x after %s", before.text()).isGreaterThan(before.x());
            } else {
                assertThat(word.y()).as("line after %s", before.text()).isGreaterThan(before.y());
            }
        }
    }

    // An uncompressed one-page PDF padded through its title to exactly {@code size} bytes.
    private Path pdfOfSize(int size) throws IOException {
        Path file = dir.resolve("small.pdf");
        String title = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            try (PDDocument document = new PDDocument()) {
                document.addPage(new PDPage());
                document.getDocumentInformation().setTitle(title);
                document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
            }
            long missing = size - Files.size(file);
            if (missing == 0) {
                return file;
            }
            title = "t".repeat((int) (title.length() + missing));
        }
        throw new AssertionError("could not pad a PDF to " + size + " bytes");
    }

    private static List<Path> openFilesUnder(Path folder) throws IOException {
        List<Path> open = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : descriptors.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(folder.toRealPath())) {
                        open.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // The listing's own descriptor is gone by now.
                }
            }
        }
        return open;
    }

    private static StatementSpec spec() {
        return RandomStatements.spec(3, Layouts.ukCurrentAccount(), 12);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    private static Integer[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toArray(Integer[]::new);
    }
}
