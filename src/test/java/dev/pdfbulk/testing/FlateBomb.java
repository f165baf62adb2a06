package dev.pdfbulk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Writes a valid zlib stream of any number of spaces without compressing them all: one megabyte is
 * deflated once, ending on a byte boundary, and that block is repeated (it refers only to itself).
 */
final class FlateBomb {

    private static final int CHUNK = 1 << 20;
    private static final long ADLER_BASE = 65_521;

    private FlateBomb() {
    }

    static void write(OutputStream out, long spaces) throws IOException {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) ' ');
        byte[] whole = block(chunk, CHUNK);
        long wholeAdler = adler(chunk, CHUNK);
        long adler = 1;
        out.write(0x78);
        out.write(0xDA);
        for (long left = spaces; left > 0; left -= CHUNK) {
            int n = (int) Math.min(left, CHUNK);
            out.write(n == CHUNK ? whole : block(chunk, n));
            adler = combine(adler, n == CHUNK ? wholeAdler : adler(chunk, n), n);
        }
        // An empty final block with fixed codes, then the big-endian Adler-32 of everything.
        out.write(new byte[] {0x03, 0x00});
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift) & 0xFF);
        }
    }

    private static long adler(byte[] input, int length) {
        Adler32 adler = new Adler32();
        adler.update(input, 0, length);
        return adler.getValue();
    }

    private static byte[] block(byte[] input, int length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input, 0, length);
            byte[] buffer = new byte[64 * 1024];
            int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            if (!deflater.needsInput()) {
                throw new IllegalStateException("deflated block larger than its buffer");
            }
            return Arrays.copyOf(buffer, n);
        } finally {
            deflater.end();
        }
    }

    // zlib's adler32_combine: the checksum of A followed by B from those of A and B and B's length.
    private static long combine(long adler1, long adler2, long length2) {
        long rem = length2 % ADLER_BASE;
        long sum1 = adler1 & 0xFFFF;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (adler2 & 0xFFFF) + ADLER_BASE - 1;
        sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + ADLER_BASE - rem;
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum2 >= ADLER_BASE << 1) {
            sum2 -= ADLER_BASE << 1;
        }
        if (sum2 >= ADLER_BASE) {
            sum2 -= ADLER_BASE;
        }
        return sum1 | (sum2 << 16);
    }
}
