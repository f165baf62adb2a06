package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Word;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs PDFBox's text engine over a document page by page, collecting glyphs and handing each finished
 * page's words to a sink. Not thread-safe: one instance per document.
 */
final class PageReader extends PDFTextStripper {

    /** Carries a failure or an interrupt out of PDFBox's page loop, which only lets IOException through. */
    static final class Abort extends IOException {
        private static final long serialVersionUID = 1L;

        Abort(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final PageContentGuard guard;
    /** A page consumer's own exception, passed through PDFBox's page loop. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final Consumer<PageText> sink;
    private final List<WordAssembler.Glyph> glyphs = new ArrayList<>();
    // The glyphs (by index) drawn unpainted, render mode 3: kept only where nothing printed lies under them.
    private final BitSet invisible = new BitSet();
    private final GlyphVisibility visibility = new GlyphVisibility(this);
    private GlyphVisibility.Seen seen = GlyphVisibility.Seen.SHOWN;
    private final RaisedMarks marks = new RaisedMarks();
    private final PageImages pageImages = new PageImages();
    private List<PDAnnotation> annotations = List.of();
    private int pages;
    private boolean images;
    private VisiblePage visible;
    // Far above any statement's page (a dense one draws ~20,000 glyphs, a chart ~100,000 operators), far below
    // what costs seconds or the heap: a page past either is hostile (forms drawing forms, millions of glyphs).
    static final int MAX_GLYPHS_PER_PAGE = 250_000;
    static final int MAX_OPERATORS_PER_PAGE = 5_000_000;
    // A form is parsed again each time it is drawn: a page may run four times its content budget, no more.
    static final int DRAWN_CONTENT_FACTOR = 4;
    // A form drawn costs a parse and a saved graphics state, several operators' time: it counts as 50 toward the
    // operator limit, so a page draws at most 100,000 forms (a statement page draws a handful).
    static final int FORM_DRAW_OPERATORS = 50;
    private final int maxGlyphs;
    private final int maxOperators;
    private final int maxPages;
    private final long maxDrawnBytes;
    private long operators;
    private int shown;
    private long drawnBytes;
    // Set once a page must stop; thrown at every later operator, since PDFBox swallows failures inside "Do".
    private Abort stop;

    PageReader(ExtractionOptions options, Consumer<PageText> sink) {
        this(options, sink, MAX_GLYPHS_PER_PAGE, MAX_OPERATORS_PER_PAGE);
    }

    PageReader(ExtractionOptions options, Consumer<PageText> sink, int maxGlyphs, int maxOperators) {
        super();
        this.maxGlyphs = maxGlyphs;
        this.maxOperators = maxOperators;
        this.maxPages = options.maxPages();
        this.maxDrawnBytes = DRAWN_CONTENT_FACTOR * options.maxPageContentBytes();
        this.guard = new PageContentGuard(options.maxPageContentBytes());
        this.sink = sink;
        // Our own line grouping replaces PDFBox's sort, the costliest part of the stripper.
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Reads every page; returns the number of pages handed to the sink. */
    int readAll(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
        handBlankPagesUpTo(document.getNumberOfPages());
        return pages;
    }

    boolean imagesSeen() {
        return images;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Abort(new InterruptedException("extraction interrupted"));
        }
        try {
            // The page tree's /Count, which the limit was first checked against, may lie: the walk counts leaves.
            if (getCurrentPageNo() > maxPages) {
                throw new StatementException(FailureReason.RESOURCE_LIMIT, "more than " + maxPages
                        + " pages (its page count says fewer), over the limit of " + maxPages);
            }
            guard.check(page, getCurrentPageNo());
            annotations = ShownAnnotations.of(page, getCurrentPageNo());
            guard.checkAppearances(annotations, getCurrentPageNo());
        } catch (StatementException e) {
            throw new Abort(e);
        }
        images |= pageImages.drawsImages(page);
        handBlankPagesUpTo(getCurrentPageNo() - 1);
        glyphs.clear();
        invisible.clear();
        operators = 0;
        shown = 0;
        drawnBytes = 0;
        visibility.startPage(page.getCropBox());
        marks.startPage();
        visible = VisiblePage.of(page);
        super.processPage(page);
        if (stop != null) {
            throw stop;
        }
    }

    // Checked per operator: an abandoned (timed-out) read stops here instead of running on in the background.
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (stop == null) {
            if (Thread.currentThread().isInterrupted()) {
                stop = new Abort(new InterruptedException("extraction interrupted"));
            } else if (++operators > maxOperators) {
                stop = overLimit(tooManyOperators());
            }
        }
        if (stop != null) {
            throw stop;
        }
        visibility.drawn(operator, operands);
        super.processOperator(operator, operands);
    }

    // Every glyph counts, shown or not: one operator can draw millions of them off the page or in a form drawn often.
    // What a viewer shows of the glyph is judged here, where the graphics state drawing it is still current.
    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        if (++shown > maxGlyphs) {
            throw stopWith("draws more than " + maxGlyphs + " characters");
        }
        seen = visibility.of(matrix, displacement);
        if (marks.isMark(getGraphicsState().getTextState(), matrix, font, code)) {
            seen = GlyphVisibility.Seen.HIDDEN;
        }
        super.showGlyph(matrix, font, code, displacement);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        countDrawn(form);
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        countDrawn(group);
        super.showTransparencyGroup(group);
    }

    // A form of little but padding, drawn a million times, runs few operators but parses gigabytes.
    private void countDrawn(PDFormXObject form) throws Abort {
        operators += FORM_DRAW_OPERATORS;
        if (operators > maxOperators) {
            throw stopWith(tooManyOperators());
        }
        drawnBytes += guard.formSize(form.getCOSObject());
        if (drawnBytes > maxDrawnBytes) {
            throw stopWith("runs more than " + (maxDrawnBytes >> 20) + " MB of content (forms drawn over and over?)");
        }
    }

    // PDFBox may swallow the failure inside a form; every later operator throws it again.
    private Abort stopWith(String what) {
        if (stop == null) {
            stop = overLimit(what);
        }
        return stop;
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        if (e instanceof Abort) {
            throw e;
        }
        super.operatorException(operator, operands, e);
    }

    private String tooManyOperators() {
        return "draws more than " + maxOperators + " operators (forms drawing forms?)";
    }

    private Abort overLimit(String what) {
        return new Abort(new StatementException(FailureReason.RESOURCE_LIMIT, "page " + getCurrentPageNo() + " " + what));
    }

    @Override
    protected void endPage(PDPage page) {
        hand(page, getCurrentPageNo(), WordAssembler.words(InvisibleLayer.withoutDuplicates(glyphs, invisible)));
        glyphs.clear();
        invisible.clear();
    }

    // PDFBox skips pages without a content stream; the sink still gets them, empty, so none goes missing.
    private void handBlankPagesUpTo(int number) {
        while (pages < number) {
            hand(document.getPage(pages), pages + 1, List.of());
        }
    }

    private void hand(PDPage page, int number, List<Word> words) {
        VisiblePage shown = VisiblePage.of(page);
        pages++;
        try {
            sink.accept(new PageText(number, Math.max(number, document.getNumberOfPages()), shown.width(),
                    shown.height(), words));
        } catch (RuntimeException e) {
            // A failure of the consumer is not damage in the PDF; carry it past PDFBox unchanged.
            throw new SinkFailure(e);
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || seen == GlyphVisibility.Seen.HIDDEN || visible.outside(t)) {
            return;
        }
        if (seen == GlyphVisibility.Seen.INVISIBLE) {
            invisible.set(glyphs.size());
        }
        glyphs.add(GlyphMeasures.glyph(t, text));
    }

    // Words are built from the collected glyphs in endPage; nothing is written. What a viewer draws over the content
    // before that, the appearances of the page's shown annotations (filled form fields, FreeText boxes), is read here.
    @Override
    protected void writePage() throws IOException {
        for (PDAnnotation annotation : annotations) {
            if (stop != null) {
                return;
            }
            countDrawn(annotation.getNormalAppearanceStream());
            try {
                showAnnotation(annotation);
            } catch (Abort e) {
                throw e;
            } catch (IOException broken) {
                // A broken appearance draws nothing, as in a viewer; the page's other text stands.
            }
        }
    }
}
