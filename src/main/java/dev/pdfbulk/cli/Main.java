package dev.pdfbulk.cli;

import picocli.CommandLine;

/** Entry point: {@code main} exits with the code that {@link #run(String...)} returns. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs pdfbulk with the given arguments and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PdfbulkCommand());
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        String footer = "%nExit codes:%n" + ExitCode.table().replace("%", "%%");
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footer(footer);
        }
        cmd.getCommandSpec().usageMessage().footer(footer);
        return cmd;
    }

    /** An exception that escaped a command is a bug: one line on stderr, the trace only when verbose. */
    private static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            boolean verbose = parsed.hasMatchedOption("--verbose")
                    || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
            cmd.getErr().println("pdfbulk: internal error: " + ex + (verbose ? "" : " (rerun with --verbose for details)"));
            if (verbose) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return ExitCode.INTERNAL_ERROR.code();
        }
    }
}
