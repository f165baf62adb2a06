package dev.pdfbulk.testing;

import dev.pdfbulk.testing.Composition.Placed;
import dev.pdfbulk.testing.Composition.Rule;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Renders a {@link StatementSpec} as a text PDF with the standard fonts (WinAnsi: £ € ü é ß print fine). */
public final class StatementPdfWriter {

    private StatementPdfWriter() {
    }

    /** Writes the statement to {@code file} and returns its truth, including the page of every row. */
    public static RenderedStatement write(StatementSpec spec, Path file) throws IOException {
        Composition composition;
        try (PDDocument document = new PDDocument()) {
            composition = draw(spec, document);
            document.save(file.toFile());
        }
        return new RenderedStatement(file, spec, composition);
    }

    /** The statement as PDF bytes. */
    public static byte[] bytes(StatementSpec spec) throws IOException {
        try (PDDocument document = new PDDocument()) {
            draw(spec, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Composes the statement and draws it into {@code document}, for callers that post-process (encryption). */
    static Composition draw(StatementSpec spec, PDDocument document) throws IOException {
        Faces faces = Faces.of(spec.layout().geometry());
        Composition composition = new PageComposer(spec, faces::width).compose();
        paint(document, composition, spec.layout().geometry(), faces);
        // A fixed /ID keeps regenerated files byte-identical (PDFBox would otherwise derive it from the clock).
        byte[] id = digest(spec.toString());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.getDocumentInformation().setProducer("pdfbulk test fixtures");
        return composition;
    }

    /** Draws composed pages; also used for the non-statement documents of {@link BadPdfs}. */
    static void paint(PDDocument document, Composition composition, Geometry g, Faces faces) throws IOException {
        for (Composition.Page content : composition.pages()) {
            PDPage page = new PDPage(new PDRectangle(g.pageWidth(), g.pageHeight()));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setLineWidth(0.5f);
                for (Rule r : content.rules()) {
                    out.moveTo(r.x1(), g.pageHeight() - r.y1());
                    out.lineTo(r.x2(), g.pageHeight() - r.y2());
                }
                out.stroke();
                for (Placed t : content.texts()) {
                    float x = t.rightAligned() ? t.x() - faces.width(t.text(), t.bold(), t.size()) : t.x();
                    show(out, faces, t, x, g.pageHeight() - t.y());
                    if (t.bold() && faces.overprint()) {
                        show(out, faces, t, x + 0.3f, g.pageHeight() - t.y());
                    }
                }
            }
        }
    }

    private static void show(PDPageContentStream out, Faces faces, Placed t, float x, float y) throws IOException {
        out.beginText();
        out.setFont(faces.font(t.bold()), t.size());
        out.newLineAtOffset(x, y);
        out.showText(t.text());
        out.endText();
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regular and bold face of one standard font; with overprint, bold is the regular face drawn twice. */
    record Faces(PDType1Font regular, PDType1Font bold, boolean overprint) {

        static Faces of(Geometry g) {
            FontName[] names = switch (g.font()) {
                case HELVETICA -> new FontName[] {FontName.HELVETICA, FontName.HELVETICA_BOLD};
                case TIMES -> new FontName[] {FontName.TIMES_ROMAN, FontName.TIMES_BOLD};
                case COURIER -> new FontName[] {FontName.COURIER, FontName.COURIER_BOLD};
            };
            PDType1Font regular = new PDType1Font(names[0]);
            return new Faces(regular, g.overprintBold() ? regular : new PDType1Font(names[1]), g.overprintBold());
        }

        PDType1Font font(boolean isBold) {
            return isBold ? bold : regular;
        }

        float width(String text, boolean isBold, float size) {
            try {
                return font(isBold).getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot print \"" + text + "\" in " + font(isBold).getName(), e);
            }
        }
    }
}
