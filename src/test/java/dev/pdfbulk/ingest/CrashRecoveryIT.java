package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.testing.BadPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a real ingest process (kill -9 equivalent) mid-batch and checks that a rerun ends exactly as an uninterrupted run. */
class CrashRecoveryIT {

    @TempDir
    Path tmp;

    @Test
    void killedAfterAboutThirtyOfFiftyThenRerunGivesTheUninterruptedResult() throws Exception {
        Path input = prepare(tmp.resolve("in"), 50, 1_000);
        Expected expected = uninterrupted(input);

        Path work = copyOf(input, tmp.resolve("crash/in"));
        Process child = ingest(work, tmp.resolve("crash"));
        waitForCsvs(tmp.resolve("crash/out"), 30, child);
        child.destroyForcibly().waitFor();

        Process rerun = ingest(work, tmp.resolve("crash"), "--skip-existing");
        assertThat(rerun.waitFor()).isEqualTo(11);
        expected.assertMatches(tmp.resolve("crash"));
    }

    @Test
    void killedAtSeveralRandomMomentsThenRerunGivesTheUninterruptedResult() throws Exception {
        Path input = prepare(tmp.resolve("in"), 24, 2_000);
        Expected expected = uninterrupted(input);
        Path work = copyOf(input, tmp.resolve("crash/in"));
        Random random = new Random(42);
        for (int kill = 0; kill < 4; kill++) {
            Process child = ingest(work, tmp.resolve("crash"), kill % 2 == 0 ? "--skip-existing" : "--workers=2");
            Thread.sleep(300 + random.nextInt(1_500));
            child.destroyForcibly().waitFor();
        }
        // The letter fails in whichever run reaches it first (a fast killed run may get there): only a rerun
        // that still finds it reports a failed file.
        boolean letterLeft = Files.exists(work.resolve("zz_letter.pdf"));
        Process rerun = ingest(work, tmp.resolve("crash"), "--skip-existing");
        assertThat(rerun.waitFor()).isEqualTo(letterLeft ? 11 : 0);
        expected.assertMatches(tmp.resolve("crash"));
    }

    private Expected uninterrupted(Path input) throws Exception {
        Path reference = tmp.resolve("reference");
        Path in = copyOf(input, reference.resolve("in"));
        IngestOptions options = new IngestOptions(in, reference.resolve("out"), reference.resolve("ledger.db"),
                reference.resolve("failed"), 2, false, false, false, false, ExtractionOptions.defaults(),
                Duration.ofSeconds(60), 100L << 20);
        RunSummary summary = new BulkProcessor().processBatch(options);
        assertThat(summary.failed()).isEqualTo(1);
        return Expected.of(reference);
    }

    private static Path prepare(Path dir, int n, long seed) throws IOException {
        Batch batch = Batch.of(dir, n - 1, seed);
        BadPdfs.letter(dir.resolve("zz_letter.pdf"));
        return batch.dir;
    }

    /** What an uninterrupted run leaves: CSVs, ledger rows, failed folder and remaining inputs. */
    private record Expected(Map<String, String> csvs, List<LedgerProbe.Row> rows, List<String> logs,
                            List<String> failed, List<String> inputs) {

        static Expected of(Path root) throws Exception {
            try (LedgerProbe db = new LedgerProbe(root.resolve("ledger.db"))) {
                return new Expected(Batch.snapshot(root.resolve("out")), db.rows(), logs(db), names(root.resolve("failed")),
                        names(root.resolve("in")));
            }
        }

        private static List<String> logs(LedgerProbe db) throws Exception {
            List<String> out = new ArrayList<>();
            long n = db.count("SELECT count(*) FROM import_logs");
            for (long i = 0; i < n; i++) {
                out.add(db.text("SELECT file_hash || ' ' || status || ' ' || transaction_count || ' ' || "
                        + "coalesce(failure_reason, '-') FROM import_logs ORDER BY file_hash LIMIT 1 OFFSET " + i));
            }
            return out;
        }

        void assertMatches(Path root) throws Exception {
            Expected actual = of(root);
            assertThat(actual.csvs.keySet()).containsExactlyInAnyOrderElementsOf(csvs.keySet());
            assertThat(actual.csvs).isEqualTo(csvs);
            assertThat(actual.rows).isEqualTo(rows);
            assertThat(actual.logs).isEqualTo(logs);
            assertThat(actual.failed).isEqualTo(failed);
            assertThat(actual.inputs).isEqualTo(inputs);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private static Process ingest(Path input, Path root, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "dev.pdfbulk.cli.Main", "ingest", input.toString(),
                "-o", root.resolve("out").toString(), "--db", root.resolve("ledger.db").toString(),
                "--failed-dir", root.resolve("failed").toString(), "--workers", "2", "--no-progress"));
        for (String e : extra) {
            if (e.startsWith("--workers=")) {
                command.set(command.indexOf("--workers") + 1, e.substring("--workers=".length()));
            } else {
                command.add(e);
            }
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("child-" + System.nanoTime() + ".txt").toFile()).start();
    }

    private static void waitForCsvs(Path out, int wanted, Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            File[] csvs = out.toFile().listFiles((d, n) -> n.endsWith(".csv") && !n.startsWith("."));
            if (csvs != null && csvs.length >= wanted) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
