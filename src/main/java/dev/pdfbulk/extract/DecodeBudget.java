package dev.pdfbulk.extract;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes streams only to count their bytes, against a budget: a decompression bomb costs bounded time and no more
 * memory than the budget. Not thread-safe.
 */
final class DecodeBudget {

    /** Signals that the budget ran out while decoding. */
    static final class OverBudget extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final long limit;
    private long used;

    DecodeBudget(long limit) {
        this.limit = limit;
    }

    /** Starts counting again from {@code used} bytes. */
    void reset(long used) {
        this.used = used;
    }

    long used() {
        return used;
    }

    /** Adds the stream's decoded size to what is used; returns that size. Fails once the total passes the limit. */
    long count(COSStream stream) throws IOException {
        long before = used;
        List<COSName> filters = filters(stream);
        if (filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0))) {
            // The JDK inflater streams; predictor parameters only shrink the output, so this bound is safe.
            drain(inflate(stream));
        } else {
            decodeInStages(stream, filters);
        }
        return used - before;
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
}
