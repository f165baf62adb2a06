package dev.pdfbulk.testing;

import java.util.Random;

/**
 * Where things go on the page: paper, margins, font and spacing. Every layout uses different values so
 * that nothing a parser sees sits at fixed coordinates.
 *
 * @param pageWidth      paper width in points
 * @param pageHeight     paper height in points
 * @param marginLeft     left margin
 * @param marginRight    right margin
 * @param marginTop      top margin
 * @param marginBottom   bottom margin (the footer sits on it)
 * @param font           one of the standard fonts, never embedded
 * @param fontSize       body text size in points
 * @param leading        line height as a multiple of the font size
 * @param columnGap      space between table columns
 * @param maxRowsPerPage table lines per page at most, 0 for as many as fit
 * @param overprintBold  draw bold text as the regular font printed twice, 0.3 pt apart (fake bold)
 */
public record Geometry(float pageWidth, float pageHeight, float marginLeft, float marginRight, float marginTop,
                       float marginBottom, Font font, float fontSize, float leading, float columnGap,
                       int maxRowsPerPage, boolean overprintBold) {

    /** The three standard font families; Helvetica and Times cover WinAnsi (£ € ü é ß). */
    public enum Font { HELVETICA, TIMES, COURIER }

    public static Geometry a4(Font font, float fontSize, float margin) {
        return new Geometry(595.28f, 841.89f, margin, margin * 0.8f, margin, margin * 0.9f, font, fontSize,
                1.35f, 10, 0, false);
    }

    public static Geometry letter(Font font, float fontSize, float margin) {
        return new Geometry(612, 792, margin, margin, margin * 0.7f, margin, font, fontSize, 1.3f, 8, 0, false);
    }

    public float lineHeight() {
        return fontSize * leading;
    }

    public Geometry withMaxRowsPerPage(int rows) {
        return new Geometry(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, font, fontSize,
                leading, columnGap, rows, overprintBold);
    }

    public Geometry withOverprintBold(boolean overprint) {
        return new Geometry(pageWidth, pageHeight, marginLeft, marginRight, marginTop, marginBottom, font, fontSize,
                leading, columnGap, maxRowsPerPage, overprint);
    }

    /** The same geometry shifted a little: margins by up to 12 pt, font size by up to 0.75 pt. */
    public Geometry jitter(Random random) {
        float dx = random.nextFloat() * 24 - 12;
        float dy = random.nextFloat() * 24 - 12;
        float size = Math.max(7, fontSize + random.nextFloat() * 1.5f - 0.75f);
        return new Geometry(pageWidth, pageHeight, Math.max(24, marginLeft + dx), Math.max(24, marginRight - dx / 2),
                Math.max(24, marginTop + dy), marginBottom, font, size, leading + random.nextFloat() * 0.15f,
                columnGap + random.nextInt(6), maxRowsPerPage, overprintBold);
    }
}
