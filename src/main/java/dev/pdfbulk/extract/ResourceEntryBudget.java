package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Bounds the resources a document's pages list in all. PDFBox walks a page's own resource dictionary after the page
 * (freeing its cache), so pages sharing a huge one cost pages × entries, about 300 ns each: 1,500 pages sharing
 * 100,000 fonts took 30 s. Not thread-safe: one instance per document, its pages counted in order.
 */
final class ResourceEntryBudget {

    // Far above a real document's (2,000 pages of 2,500 images each).
    static final long MAX_ENTRIES = 5_000_000;
    private static final COSName[] KINDS = {COSName.FONT, COSName.XOBJECT, COSName.EXT_G_STATE,
        COSName.COLORSPACE, COSName.PATTERN, COSName.SHADING, COSName.PROPERTIES};

    private final long max;
    private long entries;

    ResourceEntryBudget(long max) {
        this.max = max;
    }

    /** Adds the entries of the page's own resource dictionary; fails with {@code RESOURCE_LIMIT} past the bound. */
    void count(PDPage page, int pageNumber) throws StatementException {
        COSDictionary own = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        if (own == null) {
            return;
        }
        for (COSName kind : KINDS) {
            COSDictionary listed = own.getCOSDictionary(kind);
            entries += listed == null ? 0 : listed.size();
        }
        if (entries > max) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "pages 1 to " + pageNumber + " list more than "
                    + max + " fonts, images and other resources in all (one huge list shared by every page?)");
        }
    }
}
