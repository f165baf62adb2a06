package dev.pdfbulk.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleStatementsTest {

    private static final Path COMMITTED = Path.of("samples");

    @TempDir
    Path dir;

    @Test
    void samplesAreSmallAndReconcile() throws Exception {
        // when
        List<RenderedStatement> samples = SampleStatements.write(dir);

        // then
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        for (RenderedStatement sample : samples) {
            assertThat(sample.spec().reconciles()).as(sample.file().toString()).isTrue();
            assertThat(sample.pages()).isBetween(1, 3);
            assertThat(Files.size(sample.file())).isLessThan(30_000);
        }
        assertThat(samples).anyMatch(s -> s.pages() > 1);
    }

    @Test
    void committedSamplesAreWhatTheGeneratorWrites() throws Exception {
        // given
        SampleStatements.write(dir);

        // then: on a difference, regenerate as samples/README.md says and commit the result
        try (Stream<Path> files = Files.list(dir)) {
            for (Path generated : files.toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName().toString());
                assertThat(committed).as("samples/ is stale: regenerate it (samples/README.md)").exists();
                assertThat(Files.readAllBytes(committed)).as("samples/ is stale: regenerate it (samples/README.md)")
                        .isEqualTo(Files.readAllBytes(generated));
            }
        }
    }
}
