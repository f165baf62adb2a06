package dev.pdfbulk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code pdfbulk} command: only groups the verbs. */
@Command(name = "pdfbulk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns bank and credit-card statement PDFs into verified CSV files and an SQLite ledger.",
        subcommands = {ExtractCommand.class, IngestCommand.class})
public final class PdfbulkCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: pdfbulk extract | pdfbulk ingest");
    }
}
