package dev.pdfbulk.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256HasherTest {

    @TempDir
    Path dir;

    @Test
    void hashesKnownVectors() throws IOException {
        // given
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        Path abc = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);

        // when / then
        assertThat(Sha256Hasher.hash(empty))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256Hasher.hash(abc))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesFilesLargerThanTheBufferByContentNotName() throws IOException {
        // given a million 'a' bytes (the FIPS 180-2 long vector), under two names
        byte[] million = new byte[1_000_000];
        Arrays.fill(million, (byte) 'a');
        Path one = Files.write(dir.resolve("one.pdf"), million);
        Path two = Files.write(dir.resolve("TWO.PDF"), million);

        // when
        String hash = Sha256Hasher.hash(one);

        // then
        assertThat(hash).isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
                .isEqualTo(Sha256Hasher.hash(two));
    }
}
