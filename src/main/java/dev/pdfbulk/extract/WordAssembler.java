package dev.pdfbulk.extract;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.Arrays;
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
    // Lines longer than this (no statement line comes near) skip the layering, which grows with the square.
    private static final int MAX_LAYERED_GLYPHS = 2000;
    // Baselines closer than this share of the font size are one line (sub-point jitter from producers).
    private static final float LINE_EM = 0.3f;
    // Gaps between a word's glyphs at least this share of the font size, all of them, are letter-spacing.
    private static final float SPACED_EM = 0.03f;

    private WordAssembler() {
    }

    static List<Word> words(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        // Glyphs set at an angle to the page's text (watermarks, margin notices) belong to no line.
        List<Glyph> along = TextDirection.alongLines(glyphs);
        float tall = tallFrom(along);
        if (tall == 0) {
            return assembled(along);
        }
        // A banner set far taller than the page's text across its rows ("PROVISIONAL COPY" in 40 pt over 8 pt rows)
        // is words of its own: its size would otherwise reach over the rows around it and interleave their letters.
        List<Glyph> body = new ArrayList<>(along.size());
        List<Glyph> large = new ArrayList<>();
        for (Glyph g : along) {
            (size(g) >= tall ? large : body).add(g);
        }
        return inBaselineOrder(assembled(body), assembled(large));
    }

    // A glyph this many times the size of the page's usual glyph is no text of the lines it crosses.
    private static final float TALL = 4f;

    // The size from which a glyph of these is far larger than the page's text; 0 when none is (the common page,
    // told by its largest and smallest glyph alone).
    private static float tallFrom(List<Glyph> glyphs) {
        float min = Float.MAX_VALUE;
        float max = 0;
        for (Glyph g : glyphs) {
            min = Math.min(min, size(g));
            max = Math.max(max, size(g));
        }
        if (glyphs.isEmpty() || max < TALL * min) {
            return 0;
        }
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = size(glyphs.get(i));
        }
        Arrays.sort(sizes);
        float usual = sizes[sizes.length / 2];
        return max >= TALL * usual ? TALL * usual : 0;
    }

    // Two lists of words, each in baseline order, merged into one.
    private static List<Word> inBaselineOrder(List<Word> a, List<Word> b) {
        List<Word> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            out.add(j >= b.size() || i < a.size() && a.get(i).y() <= b.get(j).y() ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    // Each step a method of its own (the sort keys, a line's words), so the JIT compiles each once: as one method,
    // C2 compiled it five times a run, once more for each of its loops it entered on the stack.
    private static List<Word> assembled(List<Glyph> along) {
        if (along.isEmpty()) {
            return new ArrayList<>();
        }
        long[] byY = byBaseline(along);
        List<Word> words = new ArrayList<>(along.size() / 4);
        List<Integer> lineStarts = new ArrayList<>();
        int start = 0;
        while (start < byY.length) {
            Glyph first = along.get((int) byY[start]);
            float tolerance = Math.max(1f, LINE_EM * size(first));
            int end = start + 1;
            while (end < byY.length && along.get((int) byY[end]).y() - first.y() <= tolerance) {
                end++;
            }
            lineStarts.add(words.size());
            line(along, byY, start, end, words);
            start = end;
        }
        // Right-to-left text drawn in visual order (Hebrew, Arabic) read back in logical order.
        return RightToLeft.logical(words, lineStarts);
    }

    // Sorted by baseline, ties in drawing order: the index rides in the low half of a primitive key (no boxing).
    private static long[] byBaseline(List<Glyph> along) {
        long[] byY = new long[along.size()];
        for (int i = 0; i < byY.length; i++) {
            byY[i] = (long) sortable(along.get(i).y()) << 32 | i;
        }
        Arrays.sort(byY);
        return byY;
    }

    // The words of one line, the glyphs byY[start..end), added to words.
    private static void line(List<Glyph> along, long[] byY, int start, int end, List<Word> words) {
        // Drawing order, to tell apart text set over other text on the same line.
        int[] drawn = new int[end - start];
        for (int k = start; k < end; k++) {
            drawn[k - start] = (int) byY[k];
        }
        Arrays.sort(drawn);
        List<Glyph> inOrder = new ArrayList<>(drawn.length);
        for (int index : drawn) {
            inOrder.add(along.get(index));
        }
        // Layering compares runs glyph by glyph: a hostile line of many thousand glyphs is read as one layer.
        List<List<Glyph>> layers = inOrder.size() > MAX_LAYERED_GLYPHS ? List.of(inOrder)
                : layers(inOrder);
        int lineStart = words.size();
        for (List<Glyph> layer : layers) {
            layer.sort(Comparator.comparingDouble(Glyph::x));
            splitLine(layer, words);
        }
        if (layers.size() > 1) {
            words.subList(lineStart, words.size()).sort(Comparator.comparingDouble(Word::x));
        }
    }

    /*
     * Parts a line into layers of text that do not cover each other. A run is what is drawn going forward; a
     * letter or digit drawn back over the glyph before it starts another run. A run goes into the first layer
     * none of whose letters it covers, so a header cell set over its neighbour ("Date valeur" across
     * "Libellé") stays two cells instead of interleaving their letters. Most lines are one layer.
     */
    private static List<List<Glyph>> layers(List<Glyph> drawn) {
        List<List<Glyph>> layers = new ArrayList<>(1);
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : drawn) {
            if (previous != null && startsAnotherRun(previous, g)) {
                place(run, layers);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        place(run, layers);
        return layers;
    }

    private static void place(List<Glyph> run, List<List<Glyph>> layers) {
        for (List<Glyph> layer : layers) {
            if (!covers(run, layer)) {
                layer.addAll(run);
                return;
            }
        }
        layers.add(new ArrayList<>(run));
    }

    // A letter of the run set well over a letter of the layer, other than fake bold's second stroke.
    private static boolean covers(List<Glyph> run, List<Glyph> layer) {
        for (Glyph g : run) {
            if (!isLetterOrDigit(g)) {
                continue;
            }
            for (Glyph h : layer) {
                float overlap = Math.min(g.x() + g.width(), h.x() + h.width()) - Math.max(g.x(), h.x());
                if (overlap > OVERLAP_EM * size(g) && isLetterOrDigit(h) && !isOverprint(h, g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLetterOrDigit(Glyph g) {
        return !g.text().isEmpty() && Character.isLetterOrDigit(g.text().codePointAt(0));
    }

    private static void splitLine(List<Glyph> line, List<Word> out) {
        StringBuilder text = new StringBuilder();
        float x = 0;
        float right = 0;
        float y = 0;
        float height = 0;
        float space = 0;
        // The word's gaps between glyphs: their sum, count and least (letter-spacing widens the space too).
        float gapSum = 0;
        int gaps = 0;
        float leastGap = 0;
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && isOverprint(previous, g)) {
                continue;
            }
            boolean blank = g.text().isBlank();
            boolean gap = previous != null && g.x() - (previous.x() + previous.width()) > GAP_EM * size(g)
                    || previous != null && startsAnotherRun(previous, g);
            if ((blank || gap) && text.length() > 0) {
                out.add(new Word(text.toString(), x, y, right - x, height,
                        spaced(space, gapSum, gaps, leastGap, height)));
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
                gapSum = 0;
                gaps = 0;
            } else {
                float inner = g.x() - right;
                leastGap = gaps == 0 ? inner : Math.min(leastGap, inner);
                gapSum += inner;
                gaps++;
            }
            text.append(NativeDigits.ascii(g.text()));
            right = g.x() + g.width();
            space = Math.max(space, g.space());
            height = Math.max(height, size(g));
        }
        if (text.length() > 0) {
            out.add(new Word(text.toString(), x, y, right - x, height,
                    spaced(space, gapSum, gaps, leastGap, height)));
        }
    }

    /*
     * The width of a space in a letter-spaced word's text: character spacing (Tc) is added after every glyph, the
     * space glyph too, so words stand a space and twice the spacing apart. A word whose glyphs all stand apart by
     * a share of the font size (two gaps at least) is letter-spaced; without it, its words' gaps would read as
     * cell gaps and part every word of a description into a cell of its own.
     */
    private static float spaced(float space, float gapSum, int gaps, float leastGap, float size) {
        if (gaps < 2 || leastGap < SPACED_EM * size) {
            return space;
        }
        return (space > 0 ? space : Word.DEFAULT_SPACE_EM * size) + 2 * gapSum / gaps;
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

    // An int that orders as the float does (Float.compare), so keys sort as primitives.
    private static int sortable(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ (bits >> 31) & 0x7fffffff;
    }

    private static float size(Glyph g) {
        return g.fontSize() > 0 ? g.fontSize() : Math.max(g.height(), 1f);
    }
}
