package dev.pdfbulk.extract;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;

/**
 * Tells whether a viewer shows a glyph: drawn inside the clipping path, painted (not render mode 3), and not white
 * on a page left white under it. PDFBox's text engine follows neither paths, clips nor colours, so this registers
 * the operators that set them on the engine it serves. Not thread-safe: one instance per engine.
 */
final class GlyphVisibility {

    /** SHOWN: a viewer shows it; INVISIBLE: drawn unpainted (an OCR or search layer); HIDDEN: clipped away or white. */
    enum Seen { SHOWN, INVISIBLE, HIDDEN }

    // Channels this close to full (or, for CMYK ink, to none) read as white paper.
    private static final float WHITE = 0.97f;
    // How far into the glyph's height its middle is taken, in ems above the baseline.
    private static final float MIDDLE_HEIGHT = 0.3f;

    private final PDFStreamEngine engine;
    private final PagePaint paint;
    private Rectangle2D page = new Rectangle2D.Float();
    private boolean clipping;
    private Area lastClip;
    private boolean lastClipWhole;
    private PDColor lastColor;
    private boolean lastWhite;

    GlyphVisibility(PDFStreamEngine engine) {
        this.engine = engine;
        for (OperatorProcessor colour : List.of(new SetNonStrokingColor(engine), new SetNonStrokingColorN(engine),
                new SetNonStrokingColorSpace(engine), new SetNonStrokingDeviceCMYKColor(engine),
                new SetNonStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceRGBColor(engine))) {
            engine.addOperator(new Lenient(engine, colour));
        }
        this.paint = new PagePaint(engine, e -> !white(e.getGraphicsState().getNonStrokingColor()));
    }

    /** Forgets the last page's paths and paint; box is the page's CropBox, the clip every page starts with. */
    void startPage(PDRectangle box) {
        paint.startPage();
        page = new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
        // A CropBox of no area (broken) starts every clip at nothing: such a page is read whole, clips and all.
        clipping = box.getWidth() >= 1 && box.getHeight() >= 1;
        lastClip = null;
    }

    /** Takes note of an operator PDFBox's text engine does nothing with: an image drawn ("Do", "BI") paints. */
    void drawn(Operator operator, List<COSBase> operands) {
        paint.drawn(operator, operands);
    }

    /** How the glyph drawn now by trm (PDFBox's text rendering matrix), advancing by displacement, is seen. */
    Seen of(Matrix trm, Vector displacement) {
        PDGraphicsState state = engine.getGraphicsState();
        // The glyph's middle is worked out only when a drawn clip or white ink needs it: most glyphs need neither.
        Point2D.Float middle = null;
        if (!wholePage(state.getCurrentClippingPath())) {
            middle = trm.transformPoint(displacement.getX() / 2, MIDDLE_HEIGHT);
            if (!state.getCurrentClippingPath().contains(middle)) {
                return Seen.HIDDEN;
            }
        }
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (!mode.isFill() && !mode.isStroke() || mode.isFill() && !mode.isStroke()
                && state.getNonStrokeAlphaConstant() == 0) {
            return Seen.INVISIBLE;
        }
        // Only fill modes can vanish by colour: a stroked outline shows whatever fills it.
        if (mode.isFill() && !mode.isStroke() && white(state.getNonStrokingColor())) {
            if (middle == null) {
                middle = trm.transformPoint(displacement.getX() / 2, MIDDLE_HEIGHT);
            }
            return paint.paintedUnder(middle) ? Seen.SHOWN : Seen.HIDDEN;
        }
        return Seen.SHOWN;
    }

    // The page's own clip (its CropBox) is left to the CropBox test; only a clip drawn inside it hides a glyph.
    private boolean wholePage(Area clip) {
        if (!clipping) {
            return true;
        }
        if (clip != lastClip) {
            lastClip = clip;
            Rectangle2D b = clip.getBounds2D();
            lastClipWhole = clip.isRectangular() && b.getMinX() <= page.getMinX() + 1 && b.getMinY() <= page.getMinY() + 1
                    && b.getMaxX() >= page.getMaxX() - 1 && b.getMaxY() >= page.getMaxY() - 1;
        }
        return lastClipWhole;
    }

    private boolean white(PDColor colour) {
        if (colour != lastColor) {
            lastColor = colour;
            lastWhite = isWhite(colour);
        }
        return lastWhite;
    }

    private static boolean isWhite(PDColor colour) {
        if (colour == null || colour.isPattern()) {
            return false;
        }
        PDColorSpace space = colour.getColorSpace();
        float[] v = colour.getComponents();
        if (space instanceof PDDeviceGray || space instanceof PDDeviceRGB) {
            return v.length > 0 && allAtLeast(v, WHITE);
        }
        if (space instanceof PDDeviceCMYK) {
            return v.length == 4 && v[0] <= 1 - WHITE && v[1] <= 1 - WHITE && v[2] <= 1 - WHITE && v[3] <= 1 - WHITE;
        }
        try {
            int rgb = colour.toRGB();
            int floor = Math.round(255 * WHITE);
            return (rgb >> 16 & 0xFF) >= floor && (rgb >> 8 & 0xFF) >= floor && (rgb & 0xFF) >= floor;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean allAtLeast(float[] values, float floor) {
        for (float v : values) {
            if (v < floor) {
                return false;
            }
        }
        return true;
    }

    /** A colour operator whose failure (a broken colour space) leaves the fill black, as text shows by default. */
    private static final class Lenient extends OperatorProcessor {
        private final OperatorProcessor delegate;

        Lenient(PDFStreamEngine engine, OperatorProcessor delegate) {
            super(engine);
            this.delegate = delegate;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            try {
                delegate.process(operator, operands);
            } catch (IOException | RuntimeException e) {
                getContext().getGraphicsState().setNonStrokingColor(new PDColor(new float[] {0}, PDDeviceGray.INSTANCE));
            }
        }

        @Override
        public String getName() {
            return delegate.getName();
        }
    }
}
