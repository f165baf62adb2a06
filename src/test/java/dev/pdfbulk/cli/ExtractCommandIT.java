package dev.pdfbulk.cli;

import dev.pdfbulk.testing.BadPdfs;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
    void anUnverifiedStatementSaysWhyOnItsVerdictLine() throws Exception {
        // Rows with amounts but no balance anywhere: nothing to check them against.
        Path pdf = tmp.resolve("nobal.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            String[][] lines = {{"Statement period 01/05/2025 to 31/05/2025", ""}, {"Date", "Description", "Amount"},
                {"02/05/2025", "GROCERY STORE", "-12.50"}, {"05/05/2025", "SALARY ACME", "1,200.00"},
                {"09/05/2025", "ELECTRICITY", "-80.10"}};
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                float y = 700;
                for (String[] line : lines) {
                    float[] xs = {50, 130, 400};
                    for (int k = 0; k < line.length; k++) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(xs[k], y);
                        cs.showText(line[k]);
                        cs.endText();
                    }
                    y -= 14;
                }
            }
            doc.save(pdf.toFile());
        }

        CliRun run = CliRun.of("extract", pdf.toString(), "-o", tmp.resolve("nobal.csv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("3 transactions").contains("unverified (").contains("balance");
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
    void aStructureTooDeepOrPagesWithoutTextOrImageFailInOneLineThatSaysSo() throws Exception {
        // a page tree 200,000 levels deep overflowed the stack: a trace on the console, exit 1
        expectFailure(BadPdfs.deepPageTree(tmp.resolve("deep.pdf"), 200_000), ExitCode.CORRUPT, "corrupt");
        assertThat(CliRun.of("extract", tmp.resolve("deep.pdf").toString()).err()).contains("nested too deeply");
        // a page without text or image is not called a scan
        Path blank = BadPdfs.deepPageTree(tmp.resolve("blank.pdf"), 1);
        expectFailure(blank, ExitCode.NO_TEXT, "no_text");
        assertThat(CliRun.of("extract", blank.toString()).err()).contains("no image on them").doesNotContain("scanned");
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
    void aNewlineInTheFileNameCannotSplitTheErrorLine() throws Exception {
        Path pdf = BadPdfs.letter(tmp.resolve("letter\nerror: forged.pdf"));

        CliRun run = CliRun.of("extract", pdf.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_TRANSACTIONS.code());
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains("letter?error: forged.pdf: ");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeOrALinkLoopIsRefusedAsNoFileWithoutBlocking() throws Exception {
        Path fifo = tmp.resolve("fifo.pdf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.pdf"), tmp.resolve("loop.pdf"));

        CliRun pipe = CliRun.of("extract", fifo.toString());
        CliRun looping = CliRun.of("extract", loop.toString());

        assertThat(pipe.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(pipe.err()).contains("fifo.pdf: not a regular file");
        assertThat(looping.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(looping.err()).contains("loop.pdf: a symbolic link that leads to no file");
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
