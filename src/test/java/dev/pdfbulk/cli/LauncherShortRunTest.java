package dev.pdfbulk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The launcher's guess that an ingest is short ({@code c1_only} in {@code src/main/launcher/pdfbulk.sh}), run by sh. */
class LauncherShortRunTest {

    private static final Path LAUNCHER = Path.of("src/main/launcher/pdfbulk.sh");
    private static final String C1 = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void aShortIngestWithAWorkerForEachCoreRunsOnC1() throws Exception {
        pdfs(3);
        Files.createFile(dir.resolve("LOUD.PDF"));
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999", "--quiet", "-o", "out")).isEqualTo(C1);
        assertThat(c1Only("", "ingest", "--workers=999", "--db", "x.db", dir.toString())).isEqualTo(C1);
        // Options that say nothing of the compilers pass.
        assertThat(c1Only("-Xmx1g", "ingest", dir.toString(), "--workers", "999")).isEqualTo(C1);
    }

    @Test
    void aCoreToSpareKeepsTheDefault() throws Exception {
        pdfs(3);
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "0")).isEmpty();
    }

    @Test
    void whatItCannotReadForSureKeepsTheDefault() throws Exception {
        pdfs(3);
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999", "--frobnicate")).isEmpty();
        assertThat(c1Only("", "ingest", dir.toString(), dir.toString(), "--workers", "999")).isEmpty();
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "many")).isEmpty();
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999", "--retry-failed")).isEmpty();
        assertThat(c1Only("", "ingest", dir.resolve("none").toString(), "--workers", "999")).isEmpty();
        assertThat(c1Only("", "extract", dir.resolve("a0.pdf").toString())).isEmpty();
        assertThat(c1Only("-Dpdfbulk.c2=on", "ingest", dir.toString(), "--workers", "999")).isEmpty();
        assertThat(c1Only("-XX:TieredStopAtLevel=4", "ingest", dir.toString(), "--workers", "999")).isEmpty();
    }

    @Test
    void moreThanFourHundredFilesACoreAreALongRun() throws Exception {
        int cores = Integer.parseInt(sh("nproc 2>/dev/null || getconf _NPROCESSORS_ONLN", "").trim());
        assumeTrue(cores <= 8, "too many files to make on this machine");
        pdfs(400 * cores);
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999")).isEqualTo(C1);
        pdfs(400 * cores + 1);
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999")).isEmpty();
    }

    @Test
    void moreThanThirtyTwoMegabytesACoreAreALongRun() throws Exception {
        int cores = Integer.parseInt(sh("nproc 2>/dev/null || getconf _NPROCESSORS_ONLN", "").trim());
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.pdf").toFile(), "rw")) {
            big.setLength((32L << 20) * cores + 1);
        }
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999")).isEmpty();
    }

    @Test
    void subFoldersCountWithRecursiveOnly() throws Exception {
        int cores = Integer.parseInt(sh("nproc 2>/dev/null || getconf _NPROCESSORS_ONLN", "").trim());
        try (RandomAccessFile big = new RandomAccessFile(Files.createDirectory(dir.resolve("sub")).resolve("big.pdf")
                .toFile(), "rw")) {
            big.setLength((32L << 20) * cores + 1);
        }
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999")).isEqualTo(C1);
        assertThat(c1Only("", "ingest", dir.toString(), "--workers", "999", "--recursive")).isEmpty();
    }

    @Test
    void theLauncherKnowsEveryIngestOption() throws Exception {
        String source = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        // The names in the pattern of options that take a value, the line after it skipping that value.
        String line = source.lines().filter(l -> l.trim().startsWith("-o|")).findFirst().orElseThrow();
        Set<String> valued = new HashSet<>(Arrays.asList(line.trim().replace(")", "").split("\\|")));
        Set<String> expectedValued = new HashSet<>();
        for (OptionSpec option : new CommandLine(new IngestCommand()).getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                if (option.arity().max() > 0) {
                    expectedValued.add(name);
                } else {
                    assertThat(source).as(name).containsAnyOf(name + "|", name + ")");
                }
            }
        }
        expectedValued.remove("--workers");
        assertThat(valued).isEqualTo(expectedValued);
    }

    private void pdfs(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Path pdf = dir.resolve("a" + i + ".pdf");
            if (!Files.exists(pdf)) {
                Files.writeString(pdf, "%PDF-1.4");
            }
        }
    }

    // The launcher's c1_only function alone, run by sh with these arguments and PDFBULK_OPTS: what it prints.
    private static String c1Only(String opts, String... args) throws Exception {
        String source = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        int start = source.indexOf("c1_only() {");
        int end = source.indexOf("\n}\n", start) + 3;
        return sh(source.substring(start, end) + "c1_only \"$@\"", opts, args);
    }

    private static String sh(String script, String opts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PDFBULK_OPTS", opts);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).isZero();
        return out;
    }
}
