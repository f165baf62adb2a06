package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnknown;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations of a page a viewer draws over its content (a filled form field, a FreeText box, a stamp), each
 * with an appearance stream: their text is the page's text as much as the content's is.
 */
final class ShownAnnotations {

    // Far above a real page's (a form of a few hundred fields): a page listing more is hostile.
    static final int MAX_PER_PAGE = 10_000;

    private ShownAnnotations() {
    }

    /** The page's shown annotations in drawing order; fails with {@code RESOURCE_LIMIT} past the bound. */
    static List<PDAnnotation> of(PDPage page, int pageNumber) throws StatementException {
        COSArray listed = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (listed == null || listed.size() == 0) {
            return List.of();
        }
        if (listed.size() > MAX_PER_PAGE) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber + " lists more than "
                    + MAX_PER_PAGE + " annotations");
        }
        List<PDAnnotation> all;
        try {
            all = page.getAnnotations();
        } catch (IOException | RuntimeException broken) {
            return List.of();
        }
        List<PDAnnotation> shown = new ArrayList<>();
        for (PDAnnotation annotation : all) {
            if (shown(annotation)) {
                shown.add(annotation);
            }
        }
        return shown;
    }

    // As a viewer decides: hidden, not for viewing, an unknown kind marked invisible, or a popup (opened on demand)
    // draws nothing; nor does an annotation without a normal appearance.
    private static boolean shown(PDAnnotation annotation) {
        if (annotation.isHidden() || annotation.isNoView() || annotation instanceof PDAnnotationPopup
                || annotation.isInvisible() && annotation instanceof PDAnnotationUnknown) {
            return false;
        }
        try {
            return annotation.getNormalAppearanceStream() != null;
        } catch (RuntimeException broken) {
            return false;
        }
    }
}
