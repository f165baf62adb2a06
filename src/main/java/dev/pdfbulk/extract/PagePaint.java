package dev.pdfbulk.extract;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Follows a page's paths for PDFBox's text engine, which leaves them out: a clip (W, W*) narrows the graphics
 * state's clipping path, and what is filled in ink (not white), shaded or drawn as an image is where the page is
 * painted. Not thread-safe: one instance per engine.
 */
final class PagePaint {

    // A page filling more shapes than this (a chart) is not followed further: everything then counts as painted.
    private static final int MAX_PAINTED = 20_000;

    private final PDFStreamEngine engine;
    private final GeneralPath path = new GeneralPath();
    private final List<Rectangle2D> painted = new ArrayList<>();
    private boolean paintedOverflow;
    private int clipRule = -1;

    /** Registers the path operators on engine; inkFill tells whether the current fill colour is ink, not white. */
    PagePaint(PDFStreamEngine engine, Predicate<PDFStreamEngine> inkFill) {
        this.engine = engine;
        op("m", v -> moveTo(v, 0));
        op("l", v -> lineTo(v, 0));
        op("c", v -> curve(v, 0, 2, 4));
        op("v", v -> curve(v, -1, 0, 2));
        op("y", v -> curve(v, 0, 2, 2));
        op("h", v -> closePath());
        op("re", this::rectangle);
        op("W", v -> clipRule = Path2D.WIND_NON_ZERO);
        op("W*", v -> clipRule = Path2D.WIND_EVEN_ODD);
        for (String paint : List.of("n", "S", "s")) {
            op(paint, v -> endPath());
        }
        for (String fill : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            op(fill, v -> {
                if (inkFill.test(engine)) {
                    paint(path.getBounds2D());
                }
                endPath();
            });
        }
        op("sh", v -> paint(engine.getGraphicsState().getCurrentClippingPath().getBounds2D()));
    }

    /** Forgets the last page's paths and paint. */
    void startPage() {
        path.reset();
        painted.clear();
        paintedOverflow = false;
        clipRule = -1;
    }

    /** Takes note of an operator PDFBox's text engine does nothing with: an image drawn ("Do", "BI") paints. */
    void drawn(Operator operator, List<COSBase> operands) {
        String name = operator.getName();
        if ("BI".equals(name)) {
            imagePainted();
        } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
            PDResources resources = engine.getResources();
            if (resources != null && resources.isImageXObject(xobject)) {
                imagePainted();
            }
        }
    }

    /** Whether anything was painted under the point (in the page's user space) so far on this page. */
    boolean paintedUnder(Point2D point) {
        if (paintedOverflow) {
            return true;
        }
        for (Rectangle2D area : painted) {
            if (area.contains(point)) {
                return true;
            }
        }
        return false;
    }

    private void imagePainted() {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        GeneralPath unit = new GeneralPath(new Rectangle2D.Float(0, 0, 1, 1));
        unit.transform(ctm.createAffineTransform());
        paint(unit.getBounds2D());
    }

    private void paint(Rectangle2D area) {
        if (painted.size() >= MAX_PAINTED) {
            paintedOverflow = true;
        } else if (!area.isEmpty()) {
            painted.add(area);
        }
    }

    private void moveTo(float[] v, int at) {
        if (v.length >= at + 2) {
            Point2D.Float p = engine.transformedPoint(v[at], v[at + 1]);
            path.moveTo(p.x, p.y);
        }
    }

    private void lineTo(float[] v, int at) {
        if (v.length < at + 2) {
            return;
        }
        if (path.getCurrentPoint() == null) {
            moveTo(v, at);
            return;
        }
        Point2D.Float p = engine.transformedPoint(v[at], v[at + 1]);
        path.lineTo(p.x, p.y);
    }

    // A Bézier segment; its control points only widen the bounds a little, so each is joined by a line.
    private void curve(float[] v, int first, int second, int end) {
        if (v.length < end + 2) {
            return;
        }
        for (int at : new int[] {first, second, end}) {
            if (at >= 0) {
                lineTo(v, at);
            }
        }
    }

    private void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    private void rectangle(float[] v) {
        if (v.length < 4) {
            return;
        }
        float x = v[0];
        float y = v[1];
        moveTo(new float[] {x, y}, 0);
        lineTo(new float[] {x + v[2], y}, 0);
        lineTo(new float[] {x + v[2], y + v[3]}, 0);
        lineTo(new float[] {x, y + v[3]}, 0);
        closePath();
    }

    // A pending W clips by the path once it is painted (or ended by n), as the operator's definition says.
    private void endPath() {
        if (clipRule >= 0 && path.getCurrentPoint() != null) {
            GeneralPath clip = new GeneralPath(path);
            clip.setWindingRule(clipRule);
            engine.getGraphicsState().intersectClippingPath(clip);
        }
        clipRule = -1;
        path.reset();
    }

    private void op(String name, Consumer<float[]> action) {
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                float[] v = new float[operands.size()];
                for (int i = 0; i < v.length; i++) {
                    if (!(operands.get(i) instanceof COSNumber n) || !Float.isFinite(n.floatValue())) {
                        return; // a malformed operand: the operator is skipped, as a viewer skips it
                    }
                    v[i] = n.floatValue();
                }
                action.accept(v);
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }
}
