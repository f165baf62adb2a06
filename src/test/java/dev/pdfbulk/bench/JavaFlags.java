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
 * The java command and JVM options the {@code pdfbulk} launcher uses (its {@code exec} line, then
 * {@code PDFBULK_OPTS}), so the floor runs on exactly the JVM settings that ingest gets: the comparison
 * is then pdfbulk's own work against PDFBox's, not one set of flags against another.
 *
 * @param java    the java executable the launcher would pick
 * @param options the launcher's options followed by those of {@code PDFBULK_OPTS}
 */
record JavaFlags(String java, List<String> options) {

    private static final String EXEC = "exec \"$java_cmd\"";

    static JavaFlags of(Path launcher) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(launcher)) {
            head = new String(in.readNBytes(8192), StandardCharsets.ISO_8859_1);
        }
        List<String> options = new ArrayList<>();
        int exec = head.indexOf(EXEC);
        if (exec < 0) {
            throw new IOException(launcher + " is not the pdfbulk launcher: no line starting " + EXEC);
        }
        String line = head.substring(exec + EXEC.length(), head.indexOf('\n', exec));
        for (String token : line.trim().split("\\s+")) {
            if (token.startsWith("$PDFBULK_OPTS")) {
                break;
            }
            options.add(token);
        }
        String extra = System.getenv("PDFBULK_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        String javaHome = System.getenv("JAVA_HOME");
        String java = javaHome == null || javaHome.isEmpty() ? "java" : Path.of(javaHome, "bin", "java").toString();
        return new JavaFlags(java, List.copyOf(options));
    }

    /** The java executable followed by the options. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        return command;
    }
}
