package dev.pdfbulk.extract;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.StatementException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Checks a page before PDFBox interprets it: the decoded size of everything the page can draw as text
 * (its content streams and, recursively, its form XObjects) must stay within a budget, so a
 * decompression bomb costs bounded time and no more memory than the budget. Streams shared by several
 * pages are counted once per document, and a resource dictionary shared by several pages is walked once. Each
 * embedded font program the page's text uses is held to the same budget on its own, since PDFBox decodes it
 * whole when it loads the font. Not thread-safe: one instance per document.
 */
final class PageContentGuard {

    private static final int MAX_FORM_DEPTH = 8;

    /** Signals that the budget ran out while decoding. */
    private static final class OverBudget extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final long limit;
    private final ResourceEntryBudget resourceEntries;
    private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<COSStream> fontsWalked = Collections.newSetFromMap(new IdentityHashMap<>());
    // Pages sharing one resource dictionary (100,000 fonts and forms, say) cost one walk, not one a page.
    private final Set<COSDictionary> resourcesWalked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSDictionary, Boolean> resourcesWithImages = new IdentityHashMap<>();
    private final Map<COSStream, Long> formSizes = new IdentityHashMap<>();
    private long used;

    PageContentGuard(long limit) {
        this(limit, ResourceEntryBudget.MAX_ENTRIES);
    }

    PageContentGuard(long limit, long maxResourceEntries) {
        this.limit = limit;
        this.resourceEntries = new ResourceEntryBudget(maxResourceEntries);
    }

    /** Counts the page's content; fails with {@code RESOURCE_LIMIT} once the page's total passes the limit. */
    void check(PDPage page, int pageNumber) throws StatementException, IOException {
        resourceEntries.count(page, pageNumber);
        used = 0;
        PDResources resources = page.getResources();
        // Everything a walk of the resources would count was counted on the page that first had them.
        boolean walked = resources != null && !resourcesWalked.add(resources.getCOSObject());
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                count(streams.next().getCOSObject());
            }
            if (walked) {
                return;
            }
            forms(resources, 0);
        } catch (OverBudget e) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber
                    + " content inflates past " + (limit >> 20) + " MB (decompression bomb?)");
        }
        try {
            fonts(resources, 0);
        } catch (OverBudget e) {
            throw new StatementException(FailureReason.RESOURCE_LIMIT, "page " + pageNumber
                    + ": an embedded font inflates past " + (limit >> 20) + " MB (decompression bomb?)");
        }
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
                used = 0;
                count(program);
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
                long before = used;
                count(form.getCOSObject());
                formSizes.put(form.getCOSObject(), used - before);
                forms(form.getResources(), depth + 1);
            }
        }
    }

    private void count(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream);
        if (filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0))) {
            // The JDK inflater streams; predictor parameters only shrink the output, so this bound is safe.
            drain(inflate(stream));
            return;
        }
        decodeInStages(stream, filters);
    }

    private InputStream inflate(COSStream stream) throws IOException {
        Inflater inflater = new Inflater();
        return new InflaterInputStream(stream.createRawInputStream(), inflater, 64 * 1024) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    private void drain(InputStream in) throws IOException {
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                add(n);
            }
        }
    }

    // Each stage decodes into a buffer capped by the budget, so even a chain of filters cannot outgrow it.
    private void decodeInStages(COSStream stream, List<COSName> filters) throws IOException {
        if (filters.isEmpty()) {
            add(stream.getLength());
            return;
        }
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (data.length > limit) {
            throw new OverBudget();
        }
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            boolean last = i == filters.size() - 1;
            BoundedSink sink = new BoundedSink(last);
            filter.decode(new ByteArrayInputStream(data), sink, stream, i);
            data = sink.bytes();
        }
    }

    private void add(long n) throws OverBudget {
        used += n;
        if (used > limit) {
            throw new OverBudget();
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase f = stream.getFilters();
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName name) {
            out.add(name);
        } else if (f instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** Collects a stage's output (or only counts the last stage's), failing once over the budget. */
    private final class BoundedSink extends OutputStream {
        private final ByteArrayOutputStream buffer;

        BoundedSink(boolean countOnly) {
            buffer = countOnly ? null : new ByteArrayOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (buffer == null) {
                add(len);
            } else {
                if (buffer.size() + (long) len > limit) {
                    throw new OverBudget();
                }
                buffer.write(b, off, len);
            }
        }

        byte[] bytes() {
            return buffer == null ? new byte[0] : buffer.toByteArray();
        }
    }

    /** The decoded size of a form this guard counted; its stored length for one it did not reach. */
    long formSize(COSStream form) {
        Long size = formSizes.get(form);
        return size != null ? size : Math.max(0, form.getLength());
    }

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
