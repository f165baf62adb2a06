package dev.pdfbulk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compiler options the {@code pdfbulk} launcher adds for one {@code ingest} command line (its {@code c1_only}
 * guess: C1 alone for a short run whose workers fill the cores), so the floor of that run gets them too.
 *
 * <p>Not thread-safe in any sense that matters: each call starts {@code sh}. Never returns null.
 */
final class LauncherCompilerGuess {

    private static final String START = "c1_only() {";

    private final String function;

    private LauncherCompilerGuess(String function) {
        this.function = function;
    }

    /** The guess of {@code launcher}; one that has none (an older build) adds nothing. */
    static LauncherCompilerGuess of(Path launcher) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(launcher)) {
            head = new String(in.readNBytes(8192), StandardCharsets.ISO_8859_1);
        }
        int start = head.indexOf(START);
        int end = start < 0 ? -1 : head.indexOf("\n}\n", start);
        return new LauncherCompilerGuess(end < 0 ? null : head.substring(start, end + 3));
    }

    /**
     * The options the launcher would add to {@code pdfbulk ingest DIR --workers N}, run by {@code sh} with this
     * process's {@code PDFBULK_OPTS}.
     *
     * @throws IOException when {@code sh} cannot run or fails
     */
    List<String> forIngest(Path dir, int workers) throws IOException, InterruptedException {
        if (function == null) {
            return List.of();
        }
        Process sh = new ProcessBuilder("sh", "-c", function + "c1_only \"$@\"", "sh", "ingest", dir.toString(),
                "--workers", String.valueOf(workers)).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (sh.waitFor() != 0) {
            throw new IOException("the launcher's c1_only failed: " + out);
        }
        return out.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(out.split("\\s+")));
    }
}
