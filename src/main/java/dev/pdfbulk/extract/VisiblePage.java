package dev.pdfbulk.extract;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;

/**
 * The page a viewer shows: its CropBox, turned by /Rotate, in the glyphs' top-left coordinates. A glyph wholly
 * outside it (a printer's slug beyond the trim, what a user cropped away) is seen by no reader, so it is no text.
 */
record VisiblePage(float width, float height, boolean cropping) {

    // How far past the CropBox's edge a glyph may reach and still be on the page, in points.
    private static final float EDGE_SLACK = 1f;

    static VisiblePage of(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        // A CropBox of no area (broken, or off the media) hides nothing: such a page is read whole.
        return new VisiblePage(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(),
                box.getWidth() >= 1 && box.getHeight() >= 1);
    }

    // getX/getY are relative to the CropBox's corner and turned with the page; a point of slack keeps glyphs
    // touching the edge.
    boolean outside(TextPosition t) {
        if (!cropping) {
            return false;
        }
        float x = t.getX();
        float y = t.getY();
        return x > width + EDGE_SLACK || x + Math.abs(t.getWidth()) < -EDGE_SLACK
                || y < -EDGE_SLACK || y - Math.abs(t.getHeight()) > height + EDGE_SLACK;
    }
}
