package dev.pdfbulk.cli;

import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.StatementPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandIT {

    @TempDir
    Path tmp;

    private String[] args(String... extra) {
        String[] base = {"ingest", tmp.resolve("in").toString(), "-o", tmp.resolve("out").toString(), "--db",
                tmp.resolve("db/ledger.db").toString(), "--failed-dir", tmp.resolve("failed").toString(),
                "--no-progress"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private void statements(int n) throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < n; i++) {
            StatementPdfWriter.write(RandomStatements.spec(i, Layouts.all().get(i % Layouts.all().size()), 6),
                    tmp.resolve("in/s" + i + ".PDF"));
        }
    }

    @Test
    void allImportedExitsZeroWithASummary() throws Exception {
        statements(3);
        CliRun run = CliRun.of(args("--workers", "2"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 files").contains("3 imported").contains("0 failed");
        assertThat(tmp.resolve("out/s0.csv")).exists();
        assertThat(tmp.resolve("db/ledger.db")).exists();
        assertThat(tmp.resolve("out/pdfbulk.log")).exists();
        assertThat(Files.readString(tmp.resolve("out/pdfbulk.log"))).contains("s0.PDF imported");
    }

    @Test
    void someFailedExitsElevenAndGroupsReasons() throws Exception {
        statements(2);
        BadPdfs.empty(tmp.resolve("in/empty.pdf"));
        BadPdfs.letter(tmp.resolve("in/letter.pdf"));
        CliRun run = CliRun.of(args());
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED.code());
        assertThat(run.out()).contains("2 imported").contains("2 failed").contains("not_pdf").contains("no_transactions");
        assertThat(tmp.resolve("failed/empty.pdf")).exists();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void entriesPassedOverAreCountedInOneSummaryLineAndEachListedInTheLog() throws Exception {
        // given: a good statement, a pipe and a dangling link named like PDFs
        statements(1);
        assertThat(new ProcessBuilder("mkfifo", tmp.resolve("in/pipe.pdf").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(tmp.resolve("in/gone.pdf"), tmp.resolve("nowhere.pdf"));

        // when
        CliRun run = CliRun.of(args());

        // then: the run goes on and says so, once
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 imported").containsOnlyOnce("passed over 2 entries named .pdf")
                .contains("1 not a regular file (a pipe, socket or device)")
                .contains("1 a symbolic link that leads to no file");
        assertThat(Files.readString(tmp.resolve("out/pdfbulk.log")))
                .contains("pipe.pdf passed over: not a regular file").contains("gone.pdf passed over: a symbolic link");
    }

    @Test
    void badOptionsExitTwoWithOneLine() throws Exception {
        statements(1);
        CliRun zero = CliRun.of(args("--workers", "0"));
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--workers must be at least 1");
        assertThat(zero.err().lines().count()).isEqualTo(2);
        CliRun missing = CliRun.of("ingest", tmp.resolve("nowhere").toString(), "--no-progress");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a folder");
        Files.writeString(tmp.resolve("blocker"), "x");
        CliRun output = CliRun.of("ingest", tmp.resolve("in").toString(), "-o", tmp.resolve("blocker/out").toString(),
                "--db", tmp.resolve("x.db").toString(), "--no-progress");
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).contains("cannot create folder");
    }

    @Test
    void plainProgressLinesWhenNotATerminal() throws Exception {
        statements(2);
        String[] a = args();
        String[] withProgress = java.util.Arrays.stream(a).filter(s -> !s.equals("--no-progress")).toArray(String[]::new);
        CliRun run = CliRun.of(withProgress);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("progress 2/2 files, 0 failed");
    }

    @Test
    void diagnosticProgressLinesCarryExactTimesAndStayOutOfHelp() throws Exception {
        statements(2);
        String[] withProgress = java.util.Arrays.stream(args("--progress-interval-ms", "1"))
                .filter(s -> !s.equals("--no-progress")).toArray(String[]::new);
        CliRun run = CliRun.of(withProgress);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("progress 2/2 files, 0 failed, .* \\[elapsed_ms=\\d+ eta_ms=0 done_bytes=\\d+ work_left=\\d+\\]");
        assertThat(CliRun.of("ingest", "--help").out()).doesNotContain("progress-interval");
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        CliRun help = CliRun.of("ingest", "--help");
        assertThat(help.out()).contains("--skip-existing").contains("--retry-failed").contains("Resume after a crash")
                .contains("Choosing --workers").contains("ingest stopped: database unusable");
    }
}
