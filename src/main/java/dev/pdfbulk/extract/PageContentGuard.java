package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a page before PDFBox interprets it: the decoded size of everything the page can draw as text
 * (its content streams, its shown annotations' appearances and, recursively, their form XObjects) must stay within a
 * budget, so a
 * decompression bomb costs bounded time and no more memory than the budget. Streams shared by several
 * pages are counted once per document, and a resource dictionary shared by several pages is walked once. Each
 * embedded font program the page's text uses is held to the same budget on its own, since PDFBox decodes it
 * whole when it loads the font. Not thread-safe: one instance per document.
 */
final class PageContentGuard {

    private static final int MAX_FORM_DEPTH = 8;

    private final long limit;
    private final ResourceEntryBudget resourceEntries;
    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<COSStream> fontsWalked = Collections.newSetFromMap(new IdentityHashMap<>());
    // Pages sharing one resource dictionary (100,000 fonts and forms, say) cost one walk, not one a page.
    private final Set<COSDictionary> resourcesWalked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSStream, Long> formSizes = new IdentityHashMap<>();
    private final DecodeBudget budget;
    // What the page's content and forms decoded to, before its fonts were counted (each against a budget of its own).
    private long contentUsed;

    PageContentGuard(long limit) {
        this(limit, ResourceEntryBudget.MAX_ENTRIES);
    }

    PageContentGuard(long limit, long maxResourceEntries) {
        this.limit = limit;
        this.budget = new DecodeBudget(limit);
        this.resourceEntries = new ResourceEntryBudget(maxResourceEntries);
    }

    /** Counts the page's content; fails with {@code RESOURCE_LIMIT} once the page's total passes the limit. */
    void check(PDPage page, int pageNumber) throws StatementException, IOException {
        resourceEntries.count(page, pageNumber);
        budget.reset(0);
        PDResources resources = page.getResources();
        // Everything a walk of the resources would count was counted on the page that first had them.
        boolean walked = resources != null && !resourcesWalked.add(resources.getCOSObject());
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                budget.count(streams.next().getCOSObject());
            }
            if (!walked) {
                forms(resources, 0);
            }
            contentUsed = budget.used();
            if (walked) {
                return;
            }
        } catch (DecodeBudget.OverBudget e) {
            throw contentOverBudget(pageNumber);
        }
        try {
            fonts(resources, 0);
        } catch (DecodeBudget.OverBudget e) {
            throw fontOverBudget(pageNumber);
        }
    }

    /**
     * Counts the appearance streams of the page's shown annotations (and the forms and fonts they use) against what
     * is left of the page's budget, after {@link #check}; each stream shared by several is counted once a document.
     */
    void checkAppearances(List<PDAnnotation> shown, int pageNumber) throws StatementException, IOException {
        budget.reset(contentUsed);
        try {
            for (PDAnnotation annotation : shown) {
                PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
                if (counted.add(appearance.getCOSObject())) {
                    formSizes.put(appearance.getCOSObject(), budget.count(appearance.getCOSObject()));
                    forms(appearance.getResources(), 1);
                }
            }
        } catch (DecodeBudget.OverBudget e) {
            throw contentOverBudget(pageNumber);
        }
        try {
            for (PDAnnotation annotation : shown) {
                fonts(annotation.getNormalAppearanceStream().getResources(), 1);
            }
        } catch (DecodeBudget.OverBudget e) {
            throw fontOverBudget(pageNumber);
        }
    }

    private StatementException contentOverBudget(int pageNumber) {
        return new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber + " content inflates past "
                + (limit >> 20) + " MB (decompression bomb?)");
    }

    private StatementException fontOverBudget(int pageNumber) {
        return new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber + ": an embedded font inflates past "
                + (limit >> 20) + " MB (decompression bomb?)");
    }

    // The fonts of the page and of its forms, each program decoded once per document against its own budget.
    private void fonts(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName key : fonts.keySet()) {
                COSDictionary font = fonts.getCOSDictionary(key);
                if (font != null) {
                    font(font);
                }
            }
        }
        COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            COSStream form = xobjects.getCOSStream(name);
            if (form != null && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && fontsWalked.add(form)) {
                COSDictionary inner = form.getCOSDictionary(COSName.RESOURCES);
                fonts(inner == null ? null : new PDResources(inner), depth + 1);
            }
        }
    }

    private void font(COSDictionary font) throws IOException {
        program(font.getCOSDictionary(COSName.FONT_DESC));
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants != null && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary cid) {
            program(cid.getCOSDictionary(COSName.FONT_DESC));
        }
    }

    private void program(COSDictionary descriptor) throws IOException {
        if (descriptor == null) {
            return;
        }
        for (COSName key : new COSName[] {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3}) {
            COSStream program = descriptor.getCOSStream(key);
            if (program != null && counted.add(program)) {
                budget.reset(0);
                budget.count(program);
            }
        }
    }

    private void forms(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject;
            try {
                xobject = resources.getXObject(name);
            } catch (IOException | RuntimeException broken) {
                continue;
            }
            if (xobject instanceof PDFormXObject form && counted.add(form.getCOSObject())) {
                formSizes.put(form.getCOSObject(), budget.count(form.getCOSObject()));
                forms(form.getResources(), depth + 1);
            }
        }
    }

    /** The decoded size of a form this guard counted; its stored length for one it did not reach. */
    long formSize(COSStream form) {
        Long size = formSizes.get(form);
        return size != null ? size : Math.max(0, form.getLength());
    }
}
