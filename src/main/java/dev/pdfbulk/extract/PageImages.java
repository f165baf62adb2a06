package dev.pdfbulk.extract;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.util.IdentityHashMap;
import java.util.Map;

/** Whether a page's resources list an image (a hint that a page without text is a scan). Not thread-safe. */
final class PageImages {

    // Pages sharing one resource dictionary are looked through once.
    private final Map<COSDictionary, Boolean> resourcesWithImages = new IdentityHashMap<>();

    boolean drawsImages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        return resourcesWithImages.computeIfAbsent(resources.getCOSObject(), d -> anyImage(resources));
    }

    private static boolean anyImage(PDResources resources) {
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }
}
