package dev.pdfbulk.testing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FlateBombTest {

    @Test
    void inflatesToExactlyTheRequestedSpacesWithAValidChecksum() throws IOException {
        // given: three and a half repeated blocks
        long size = (7L << 20) / 2;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();

        // when
        FlateBomb.write(compressed, size);

        // then: InflaterInputStream fails on a bad Adler-32, so reading to the end checks it
        long count = 0;
        boolean onlySpaces = true;
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(compressed.toByteArray()))) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                for (int i = 0; i < n && onlySpaces; i++) {
                    onlySpaces = buffer[i] == ' ';
                }
            }
        }
        assertThat(count).isEqualTo(size);
        assertThat(onlySpaces).isTrue();
        assertThat(compressed.size()).isLessThan(10_000);
    }
}
