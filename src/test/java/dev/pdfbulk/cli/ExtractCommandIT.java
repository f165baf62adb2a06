package dev.pdfbulk.cli;

import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandIT {

    @TempDir
    Path tmp;

    @Test
    void writesTheCsvToStdoutAndOneVerdictLineToStderr() throws Exception {
        RenderedStatement s = StatementPdfWriter.write(RandomStatements.spec(1, Layouts.ukCurrentAccount(), 12),
                tmp.resolve("s.pdf"));

        CliRun run = CliRun.of("extract", s.file().toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,description,amount,balance,page");
        assertThat(lines).hasSize(s.transactions().size() + 1);
        var first = s.transactions().get(0);
        assertThat(lines.get(1)).startsWith(first.date() + ",").contains(first.amount().toPlainString());
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("s.pdf: " + s.transactions().size() + " transactions").contains("reconciled");
    }

    @Test
    void writesTheCsvToAFileWithDashO() throws Exception {
        RenderedStatement s = StatementPdfWriter.write(RandomStatements.spec(2, Layouts.usChecking(), 9),
                tmp.resolve("s.pdf"));

        CliRun run = CliRun.of("extract", s.file().toString(), "-o", tmp.resolve("out/s.csv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(tmp.resolve("out/s.csv"))).hasSize(s.transactions().size() + 1);
    }

    @Test
    void anUnreconciledStatementExitsTenUnlessAllowedAndStillWritesTheCsv() throws Exception {
        var spec = RandomStatements.spec(3, Layouts.ukCurrentAccount(), 10).withMisprintedBalance();
        Path pdf = StatementPdfWriter.write(spec, tmp.resolve("bad.pdf")).file();

        CliRun strict = CliRun.of("extract", pdf.toString(), "-o", tmp.resolve("bad.csv").toString());
        CliRun allowed = CliRun.of("extract", pdf.toString(), "--allow-unreconciled");

        assertThat(strict.exitCode()).isEqualTo(ExitCode.UNRECONCILED.code());
        assertThat(strict.err()).contains("unreconciled");
        assertThat(tmp.resolve("bad.csv")).exists();
        assertThat(allowed.exitCode()).isZero();
    }

    @Test
    void eachBadInputClassHasItsExitCodeAndOneLine() throws Exception {
        var spec = RandomStatements.spec(4, Layouts.ukCurrentAccount(), 10);
        Path good = StatementPdfWriter.write(spec, tmp.resolve("good.pdf")).file();
        expectFailure(BadPdfs.empty(tmp.resolve("empty.pdf")), ExitCode.NOT_PDF, "not_pdf");
        expectFailure(BadPdfs.textNamedPdf(tmp.resolve("notes.pdf")), ExitCode.NOT_PDF, "not_pdf");
        expectFailure(BadPdfs.encrypted(spec, tmp.resolve("locked.pdf"), "pw"), ExitCode.ENCRYPTED, "encrypted");
        expectFailure(BadPdfs.imageOnly(tmp.resolve("scan.pdf")), ExitCode.NO_TEXT, "no_text");
        expectFailure(BadPdfs.letter(tmp.resolve("letter.pdf")), ExitCode.NO_TRANSACTIONS, "no_transactions");
        expectFailure(BadPdfs.truncated(good, tmp.resolve("cut.pdf"), 0.5), ExitCode.CORRUPT, "corrupt");
        expectFailure(BadPdfs.decompressionBomb(tmp.resolve("bomb.pdf"), 40L << 20), ExitCode.RESOURCE_LIMIT,
                "resource_limit");
    }

    @Test
    void theRightPasswordOpensAnEncryptedStatementAndOwnerOnlyNeedsNone() throws Exception {
        var spec = RandomStatements.spec(5, Layouts.deGiroSigned(), 8);
        Path locked = BadPdfs.encrypted(spec, tmp.resolve("locked.pdf"), "pw");
        Path owner = BadPdfs.ownerPasswordOnly(spec, tmp.resolve("owner.pdf"));

        assertThat(CliRun.of("extract", locked.toString(), "--password", "nope", "--password", "pw").exitCode()).isZero();
        Files.writeString(tmp.resolve("pw.txt"), "nope\npw\n");
        assertThat(CliRun.of("extract", locked.toString(), "--password-file", tmp.resolve("pw.txt").toString())
                .exitCode()).isZero();
        CliRun wrong = CliRun.of("extract", locked.toString(), "--password", "nope");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.ENCRYPTED.code());
        assertThat(wrong.err()).doesNotContain("nope");
        assertThat(CliRun.of("extract", owner.toString()).exitCode()).isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", tmp.resolve("missing.pdf").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("extract", "--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun help = CliRun.of("extract", "--help");
        assertThat(help.exitCode()).isZero();
        for (ExitCode c : ExitCode.values()) {
            assertThat(help.out()).contains(c.meaning());
        }
    }

    private void expectFailure(Path pdf, ExitCode code, String label) {
        CliRun run = CliRun.of("extract", pdf.toString());
        assertThat(run.exitCode()).as(pdf.getFileName().toString()).isEqualTo(code.code());
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + pdf).contains("[" + label + "]").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
