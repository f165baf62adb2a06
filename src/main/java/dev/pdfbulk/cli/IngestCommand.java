package dev.pdfbulk.cli;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.ingest.BulkProcessor;
import dev.pdfbulk.ingest.IngestListener;
import dev.pdfbulk.ingest.IngestOptions;
import dev.pdfbulk.ingest.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code pdfbulk ingest}: a folder of statements into CSVs and the SQLite ledger, resumable. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports every statement PDF in PDF_DIR: one CSV per statement in OUT_DIR and all "
                + "transactions in one SQLite ledger. Files that fail move to the failed folder with a "
                + ".error.txt saying why; the batch always goes on. Safe to kill and rerun at any moment."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  First run, 4 workers:            pdfbulk ingest ./pdfs",
            "  Resume after a crash or Ctrl-C:  pdfbulk ingest ./pdfs --skip-existing",
            "  Retry what failed (e.g. after adding a password):",
            "                                   pdfbulk ingest ./pdfs --retry-failed --password s3cret",
            "  Choosing --workers: one per CPU core is best (the work is CPU-bound); each worker needs",
            "  about 100 MB of heap for ordinary statements. More workers than cores only adds memory.",
            "  See docs/workers.md, docs/resume.md and docs/progress.md."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PDF_DIR", description = "Folder of statement PDFs (*.pdf, any case).")
    private Path pdfDir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT_DIR", defaultValue = "output",
            description = "Where the CSVs and the run log go. Default: ${DEFAULT-VALUE}")
    private Path outputDir;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "pdfbulk.db",
            description = "SQLite ledger, created on first use. Default: ${DEFAULT-VALUE}")
    private Path database;

    @Option(names = "--failed-dir", paramLabel = "DIR", defaultValue = "failed",
            description = "Quarantine for files that fail. Default: ${DEFAULT-VALUE}")
    private Path failedDir;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "4",
            description = "Files processed in parallel. Default: ${DEFAULT-VALUE}")
    private int workers;

    @Option(names = "--skip-existing",
            description = "Skip files whose content was already imported (even if renamed or moved).")
    private boolean skipExisting;

    @Option(names = "--retry-failed",
            description = "Also take the PDFs in the failed folder; those that now import move back to PDF_DIR.")
    private boolean retryFailed;

    @Option(names = "--recursive", description = "Descend into sub-folders of PDF_DIR.")
    private boolean recursive;

    @Option(names = "--allow-unreconciled",
            description = "Import statements whose amounts do not add up to the printed balances instead of failing them.")
    private boolean allowUnreconciled;

    @Mixin
    private PasswordOptions passwords;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Fail a file that takes longer than this. Default: ${DEFAULT-VALUE}")
    private long timeoutSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "100",
            description = "Fail larger files without opening them. Default: ${DEFAULT-VALUE}")
    private long maxFileSizeMb;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "2000",
            description = "Fail statements with more pages. Default: ${DEFAULT-VALUE}")
    private int maxPages;

    @Option(names = "--verbose", description = "Also show the per-file log lines on the console.")
    private boolean verbose;

    @Option(names = "--quiet", description = "Print only the final summary and errors.")
    private boolean quiet;

    @Option(names = "--no-progress", description = "No progress bar or progress lines.")
    private boolean noProgress;

    // Diagnostic for the benchmark (docs/performance.md): plain progress lines this often, with exact times.
    @Option(names = "--progress-interval-ms", hidden = true, paramLabel = "MS")
    private Long progressIntervalMs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        IngestOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(outputDir);
        LogSetup.console(verbose);
        LogSetup.runLog(outputDir.resolve("pdfbulk.log"), verbose);
        IngestListener progress = noProgress || quiet ? IngestListener.NONE
                : progressIntervalMs != null ? PlainProgressListener.diagnostic(err, progressIntervalMs)
                : ProgressDisplay.create(err, verbose);
        IngestListener listener = IngestListener.both(new ShortRunCompilation(), progress);
        RunSummary summary = new BulkProcessor(listener).processBatch(options);
        SummaryPrinter.print(summary, spec.commandLine().getOut(), err, options);
        return RunVerdict.exitCode(summary).code();
    }

    private IngestOptions options() {
        if (workers < 1) {
            throw usage("--workers must be at least 1, was " + workers);
        }
        if (progressIntervalMs != null && progressIntervalMs < 1) {
            throw usage("--progress-interval-ms must be positive");
        }
        if (timeoutSeconds < 1 || maxFileSizeMb < 1 || maxPages < 1) {
            throw usage("--timeout, --max-file-size and --max-pages must be positive");
        }
        if (!Files.isDirectory(pdfDir)) {
            throw usage("PDF_DIR " + pdfDir + " is not a folder");
        }
        if (!Files.isReadable(pdfDir)) {
            throw usage("PDF_DIR " + pdfDir + " cannot be read");
        }
        for (Path dir : new Path[] {outputDir, failedDir}) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw usage("cannot create folder " + dir + ": " + e.getClass().getSimpleName());
            }
        }
        ExtractionOptions extraction = new ExtractionOptions(passwords.load(spec.commandLine().getErr()), maxPages,
                ExtractionOptions.DEFAULT_MAX_PAGE_CONTENT_BYTES);
        return new IngestOptions(pdfDir, outputDir, database, failedDir, workers, skipExisting, retryFailed,
                recursive, allowUnreconciled, extraction, Duration.ofSeconds(timeoutSeconds), maxFileSizeMb << 20);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
