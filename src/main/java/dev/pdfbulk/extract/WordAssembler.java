package dev.pdfbulk.extract;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups single glyphs into words: one line at a time, split at spaces and at visible gaps. */
final class WordAssembler {

    /**
     * A glyph as PDFBox reported it, in top-left page coordinates; {@code angle} is the direction of its
     * baseline on the page, in degrees counter-clockwise from the page's x axis (0 to 360).
     */
    record Glyph(String text, float x, float y, float width, float height, float fontSize, float space, float angle) {
        Glyph(String text, float x, float y, float width, float height, float fontSize, float space) {
            this(text, x, y, width, height, fontSize, space, 0);
        }

        Glyph(String text, float x, float y, float width, float height, float fontSize) {
            this(text, x, y, width, height, fontSize, 0, 0);
        }
    }

    // A gap wider than this share of the font size is a word break even where no space glyph is drawn.
    private static final float GAP_EM = 0.18f;
    // A glyph starting this share of the font size before the previous one ends begins other text.
    private static final float OVERLAP_EM = 0.3f;
    // Baselines closer than this share of the font size are one line (sub-point jitter from producers).
    private static final float LINE_EM = 0.3f;

    private WordAssembler() {
    }

    static List<Word> words(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        // Glyphs set at an angle to the page's text (watermarks, margin notices) belong to no line.
        List<Glyph> sorted = new ArrayList<>(TextDirection.alongLines(glyphs));
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<Word> words = new ArrayList<>(sorted.size() / 4);
        int start = 0;
        while (start < sorted.size()) {
            Glyph first = sorted.get(start);
            float tolerance = Math.max(1f, LINE_EM * size(first));
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).y() - first.y() <= tolerance) {
                end++;
            }
            List<Glyph> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingDouble(Glyph::x));
            splitLine(line, words);
            start = end;
        }
        return words;
    }

    private static void splitLine(List<Glyph> line, List<Word> out) {
        StringBuilder text = new StringBuilder();
        float x = 0;
        float right = 0;
        float y = 0;
        float height = 0;
        float space = 0;
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && isOverprint(previous, g)) {
                continue;
            }
            boolean blank = g.text().isBlank();
            boolean gap = previous != null && g.x() - (previous.x() + previous.width()) > GAP_EM * size(g)
                    || previous != null && startsAnotherRun(previous, g);
            if ((blank || gap) && text.length() > 0) {
                out.add(new Word(text.toString(), x, y, right - x, height, space));
                text.setLength(0);
            }
            previous = g;
            if (blank) {
                continue;
            }
            if (text.length() == 0) {
                x = g.x();
                y = g.y();
                height = 0;
                space = 0;
            }
            text.append(g.text());
            right = g.x() + g.width();
            space = Math.max(space, g.space());
            height = Math.max(height, size(g));
        }
        if (text.length() > 0) {
            out.add(new Word(text.toString(), x, y, right - x, height, space));
        }
    }

    // A letter or digit drawn well inside the glyph before it starts text set over the end of other text (a header
    // cell overrunning the next one): two words, not one. Accents drawn as glyphs of their own are no letters.
    private static boolean startsAnotherRun(Glyph previous, Glyph g) {
        float overlap = previous.x() + previous.width() - g.x();
        return overlap > OVERLAP_EM * size(g) && !g.text().isEmpty()
                && Character.isLetterOrDigit(g.text().codePointAt(0));
    }

    // Fake bold draws the same glyph twice a fraction of a point apart.
    private static boolean isOverprint(Glyph a, Glyph b) {
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < 0.1f * size(b);
    }

    private static float size(Glyph g) {
        return g.fontSize() > 0 ? g.fontSize() : Math.max(g.height(), 1f);
    }
}
