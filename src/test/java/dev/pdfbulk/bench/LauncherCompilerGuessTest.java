package dev.pdfbulk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherCompilerGuessTest {

    private static final Path LAUNCHER = Path.of("src/main/launcher/pdfbulk.sh");

    @TempDir
    Path dir;

    @Test
    void theFloorOfAShortRunThatFillsTheCoresGetsC1Alone() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("s" + i + ".pdf"), "%PDF-1.4");
        }
        LauncherCompilerGuess guess = LauncherCompilerGuess.of(LAUNCHER);
        assertThat(guess.forIngest(dir, 999)).isEqualTo(List.of("-XX:TieredStopAtLevel=1"));
        assertThat(guess.forIngest(dir, 1)).isEmpty();
    }

    @Test
    void aLauncherWithoutTheGuessAddsNothing() throws Exception {
        Path old = dir.resolve("pdfbulk");
        Files.writeString(old, "#!/bin/sh\nexec \"$java_cmd\" -Xmx512m $cds $PDFBULK_OPTS -jar \"$self\" \"$@\"\n");
        assertThat(LauncherCompilerGuess.of(old).forIngest(dir, 999)).isEmpty();
    }
}
