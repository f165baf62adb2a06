package dev.pdfbulk.testing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Files a statement importer must refuse or handle with care, one method per kind of bad input. */
public final class BadPdfs {

    private static final List<String> LETTER = List.of("Harbour Bank", "", "Mr J Smith", "12 High Street",
            "Anytown AB1 2CD", "", "05/12/2025", "", "Dear Mr Smith,", "",
            "Thank you for your payment of £250.00, which we received on 03/12/2025.",
            "From 01/01/2026 your arranged overdraft limit will be £1,500.00 and the interest",
            "rate 39.9% EAR. Interest of £12.34 will be charged on 15 January 2026.",
            "Your account ****1234 had a balance of £2,345.67 on 30 November 2025.", "",
            "Yours sincerely,", "", "Customer Services");

    private BadPdfs() {
    }

    /** A one-page letter: dates and amounts in running text, no transaction table. */
    public static Path letter(Path file) throws IOException {
        Geometry g = Geometry.a4(Geometry.Font.HELVETICA, 10, 60);
        Composition.Page page = Composition.Page.blank();
        float y = g.marginTop();
        for (String line : LETTER) {
            if (!line.isEmpty()) {
                page.text(line, g.marginLeft(), y, g.fontSize(), y == g.marginTop());
            }
            y += g.lineHeight();
        }
        try (PDDocument document = new PDDocument()) {
            StatementPdfWriter.paint(document, new Composition(List.of(page), new int[0]), g,
                    StatementPdfWriter.Faces.of(g));
            document.save(file.toFile());
        }
        return file;
    }

    /** A "scanned" page: one image with text drawn into its pixels, and no text layer. */
    public static Path imageOnly(Path file) throws IOException {
        BufferedImage scan = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("STATEMENT 01/12/2025  -12.50  1,234.56", 10, 40);
        g.dispose();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(image, 50, 500, 400, 200);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The statement encrypted with AES-256; {@code userPassword} is needed to open it. */
    public static Path encrypted(StatementSpec spec, Path file, String userPassword) throws IOException {
        return protect(spec, file, userPassword, "owner-" + userPassword, new AccessPermission());
    }

    /**
     * The statement encrypted with an owner password only: it opens without a password, but its
     * permissions forbid copying text, as many bank PDFs do.
     */
    public static Path ownerPasswordOnly(StatementSpec spec, Path file) throws IOException {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanModify(false);
        return protect(spec, file, "", "owner-only", permissions);
    }

    /** The first {@code fraction} of {@code source}'s bytes, as left by an interrupted download. */
    public static Path truncated(Path source, Path file, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        return file;
    }

    /** An empty file. */
    public static Path empty(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return file;
    }

    /** A text file with a {@code .pdf} name. */
    public static Path textNamedPdf(Path file) throws IOException {
        Files.writeString(file, "Date,Description,Amount\n2025-12-01,TESCO,-12.50\n", StandardCharsets.UTF_8);
        return file;
    }

    /** How a bomb's content stream names its filter: each form must be caught while streaming. */
    public enum BombFilter {
        /** {@code /Filter /FlateDecode}. */
        FLATE,
        /** {@code /Filter [/FlateDecode]}, the array form many producers write. */
        FLATE_ARRAY,
        /** {@code /Filter /FlateDecode /DecodeParms << /Predictor 1 >>}. */
        FLATE_WITH_PARAMETERS,
        /** {@code /Filter [/ASCIIHexDecode /FlateDecode]}: a chain PDFBox would decode whole into memory. */
        HEX_THEN_FLATE,
        /** The bomb is a form XObject that the page's own tiny content stream draws. */
        FORM_XOBJECT
    }

    /** A page whose Flate content stream is {@code inflatedBytes} of spaces: tiny on disk, huge decoded. */
    public static Path decompressionBomb(Path file, long inflatedBytes) throws IOException {
        return decompressionBomb(file, inflatedBytes, BombFilter.FLATE);
    }

    /** As {@link #decompressionBomb(Path, long)} with the filter written as given. Gigabytes take milliseconds. */
    public static Path decompressionBomb(Path file, long inflatedBytes, BombFilter filter) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            if (filter == BombFilter.HEX_THEN_FLATE) {
                java.io.ByteArrayOutputStream flate = new java.io.ByteArrayOutputStream();
                FlateBomb.write(flate, inflatedBytes);
                try (OutputStream out = stream.createRawOutputStream()) {
                    for (byte b : flate.toByteArray()) {
                        out.write(String.format("%02x", b & 0xff).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    out.write('>');
                }
                stream.setItem(COSName.FILTER, new COSArray(List.of(COSName.ASCII_HEX_DECODE, COSName.FLATE_DECODE)));
                page.setContents(new PDStream(stream));
                document.save(file.toFile());
                return file;
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                FlateBomb.write(out, inflatedBytes);
            }
            stream.setItem(COSName.FILTER, filter == BombFilter.FLATE_ARRAY
                    ? new COSArray(List.of(COSName.FLATE_DECODE)) : COSName.FLATE_DECODE);
            if (filter == BombFilter.FORM_XOBJECT) {
                stream.setItem(COSName.TYPE, COSName.XOBJECT);
                stream.setItem(COSName.SUBTYPE, COSName.FORM);
                stream.setItem(COSName.BBOX, PDRectangle.A4.getCOSArray());
                org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
                resources.put(COSName.getPDFName("Bomb"),
                        new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(stream));
                page.setResources(resources);
                COSStream content = document.getDocument().createCOSStream();
                try (OutputStream out = content.createOutputStream()) {
                    out.write("/Bomb Do\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                page.setContents(new PDStream(content));
                document.save(file.toFile());
                return file;
            }
            if (filter == BombFilter.FLATE_WITH_PARAMETERS) {
                COSDictionary parameters = new COSDictionary();
                parameters.setInt(COSName.PREDICTOR, 1);
                stream.setItem(COSName.DECODE_PARMS, parameters);
            }
            page.setContents(new PDStream(stream));
            document.save(file.toFile());
        }
        return file;
    }

    private static Path protect(StatementSpec spec, Path file, String user, String owner, AccessPermission permissions)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            StatementPdfWriter.draw(spec, document);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A page drawing form 0, form i drawing form i+1 twice and showing a character: 2^levels draws from a
     * file of a few KB, which no reader finishes.
     */
    public static Path formFanOut(Path pdf, int levels) throws IOException {
        return formFanOut(pdf, levels, "BT /F1 9 Tf 10 10 Td (r) Tj ET");
    }

    /** As {@link #formFanOut(Path, int)}, each form drawing {@code body} after the next form's two draws. */
    public static Path formFanOut(Path pdf, int levels, String body) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFormXObject next = null;
            for (int i = levels - 1; i >= 0; i--) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(PDRectangle.A4);
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), helvetica);
                String draw = "";
                if (next != null) {
                    resources.put(COSName.getPDFName("Fm"), next);
                    draw = "/Fm Do /Fm Do ";
                }
                form.setResources(resources);
                try (OutputStream out = form.getContentStream().createOutputStream()) {
                    out.write((draw + body).getBytes(StandardCharsets.US_ASCII));
                }
                next = form;
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Fm"), next);
            page.setResources(resources);
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream()) {
                out.write("/Fm Do".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    /** A page tree {@code depth} levels deep, one kid each, written by hand: PDFBox walks it by recursion. */
    public static Path deepPageTree(Path pdf, int depth) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < depth; i++) {
            objects.add("<< /Type /Pages /Kids [" + (i + 3) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 612 792] >>");
        StringBuilder out = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Files.writeString(pdf, out, StandardCharsets.US_ASCII);
        return pdf;
    }
}
