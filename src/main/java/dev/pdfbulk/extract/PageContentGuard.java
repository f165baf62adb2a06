package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Checks a page before PDFBox interprets it: bounded decoded content, and whether it draws images. */
final class PageContentGuard {

    private PageContentGuard() {
    }

    /**
     * Decodes the page's content streams, counting bytes, and fails once they pass the limit, so a
     * decompression bomb costs a bounded amount of time and no memory.
     */
    static void check(PDPage page, int pageNumber, long limit) throws StatementException, IOException {
        long total = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            COSStream stream = streams.next().getCOSObject();
            try (InputStream in = decoded(stream)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber
                                + " content inflates past " + (limit >> 20) + " MB (decompression bomb?)");
                    }
                }
            }
        }
    }

    // Flate is decoded here with the JDK inflater, which streams; other filters go through PDFBox, which
    // decodes whole streams into memory. A lone filter may be written [/FlateDecode], and predictor
    // parameters only shrink the inflated bytes, so counting those bytes is a safe bound for both.
    private static InputStream decoded(COSStream stream) throws IOException {
        COSBase filter = stream.getFilters();
        if (filter instanceof COSArray array && array.size() == 1) {
            filter = array.getObject(0);
        }
        if (COSName.FLATE_DECODE.equals(filter)) {
            return new InflaterInputStream(stream.createRawInputStream(), new Inflater(), 64 * 1024) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        inf.end();
                    }
                }
            };
        }
        return stream.createInputStream();
    }

    static boolean drawsImages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
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
