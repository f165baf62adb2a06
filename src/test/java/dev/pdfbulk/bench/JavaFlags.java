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
 * <p>The launcher's class-data archive ({@code pdfbulk.jsa}, made by the build) holds pdfbulk's classes on
 * pdfbulk's jar: the floor cannot use it, so the benchmark gives the floor an archive of its own.
 *
 * @param java         the java executable the launcher would pick
 * @param options      the launcher's options followed by those of {@code PDFBULK_OPTS}, without the archive
 * @param classArchive whether the launcher runs with a class-data archive
 */
record JavaFlags(String java, List<String> options, boolean classArchive) {

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
        boolean archive = false;
        for (String token : line.trim().split("\\s+")) {
            if (token.startsWith("$PDFBULK_OPTS")) {
                break;
            }
            // The launcher's C1-only guess depends on the run: LauncherCompilerGuess gives it for each floor run.
            if (token.startsWith("$jit")) {
                continue;
            }
            if (token.startsWith("$cds")) {
                archive = Files.isReadable(Path.of(launcher + ".jsa"));
                continue;
            }
            options.add(token);
        }
        String extra = System.getenv("PDFBULK_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        String javaHome = System.getenv("JAVA_HOME");
        String java = javaHome == null || javaHome.isEmpty() ? "java" : Path.of(javaHome, "bin", "java").toString();
        return new JavaFlags(java, List.copyOf(options), archive);
    }

    /** The java executable followed by the options. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        return command;
    }
}
