package dev.pdfbulk.cli;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.ingest.PageProgress;
import dev.pdfbulk.ingest.StatementReader;
import dev.pdfbulk.ingest.TimedStatementReader;
import dev.pdfbulk.ingest.WorkPlan;
import dev.pdfbulk.model.PrintableName;
import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.output.CsvStatementWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pdfbulk extract}: one statement PDF to CSV, with a one-line verdict on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts the transactions of one statement PDF into CSV (stdout without -o) and checks "
                + "that they add up to the printed balances.",
                "CSV columns: date (yyyy-MM-dd), description, amount (signed, money out negative), balance "
                        + "(as printed, empty when none), page."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STATEMENT.pdf", description = "The statement to read.")
    private Path pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv",
            description = "Write the CSV here (written to a temporary name, then renamed). Default: stdout.")
    private Path output;

    @Option(names = "--allow-unreconciled",
            description = "Exit 0 even when the transactions do not add up to the printed balances.")
    private boolean allowUnreconciled;

    @Mixin
    private PasswordOptions passwords;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on a file that takes longer than this. Default: ${DEFAULT-VALUE}")
    private long timeoutSeconds;

    @Option(names = "--verbose", description = "Log details and show stack traces of failures.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        LogSetup.console(verbose);
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(pdf)) {
            err.println("pdfbulk: " + PrintableName.of(pdf) + ": " + notAFile(pdf));
            return ExitCode.USAGE.code();
        }
        // One file on one reader: a short run, which keeps C2 only where a core is spare for it.
        new ShortRunCompilation().started(WorkPlan.of(1, Files.size(pdf), 1));
        ExtractionOptions options = ExtractionOptions.defaults().withPasswords(passwords.load(err));
        long started = System.nanoTime();
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        StatementReader.Result result;
        try (TimedStatementReader reader = new TimedStatementReader(new StatementReader(new PdfBoxTextExtractor()),
                Duration.ofSeconds(timeoutSeconds), 1)) {
            result = reader.read(pdf, options, PageProgress.NONE);
        } catch (TimedStatementReader.TooManyStuckException e) {
            throw new IllegalStateException(e);
        } catch (StatementException e) {
            err.println(FailureLine.of(pdf, e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.of(e.reason()).code();
        }
        Statement statement = result.statement();
        writeCsv(statement);
        err.println(summary(statement, System.nanoTime() - started));
        err.flush();
        boolean unreconciled = statement.reconciliation().isUnreconciled();
        return unreconciled && !allowUnreconciled ? ExitCode.UNRECONCILED.code() : ExitCode.OK.code();
    }

    // Why a path given is no file to read: a FIFO would block the reader forever, a link loop never resolves.
    private static String notAFile(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder, not a file";
        }
        if (Files.isSymbolicLink(path)) {
            return "a symbolic link that leads to no file (dangling or a loop)";
        }
        return Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? "not a regular file (a pipe, socket or device)" : "no such file";
    }

    private void writeCsv(Statement statement) throws IOException {
        CsvStatementWriter csv = new CsvStatementWriter();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            csv.write(statement, out);
            out.flush();
        } else {
            csv.writeAtomically(statement, output);
        }
    }

    private String summary(Statement s, long nanos) {
        Reconciliation r = s.reconciliation();
        // What left a statement unverified (no balance printed, years or signs in doubt) is as worth saying as a mismatch.
        boolean explained = r.detail() != null && (r.isUnreconciled() || r.status() == ReconciliationStatus.UNVERIFIED);
        String verdict = r.status().label() + (explained ? " (" + r.detail() + ")" : "");
        return String.format(Locale.ROOT, "%s: %d transactions, %d page%s, %s, %.2f s", PrintableName.of(pdf), s.transactions().size(),
                s.pageCount(), s.pageCount() == 1 ? "" : "s", verdict, nanos / 1e9);
    }
}
