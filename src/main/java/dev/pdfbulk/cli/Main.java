package dev.pdfbulk.cli;

import picocli.CommandLine;

/** Entry point: {@code main} exits with the code that {@link #run(String...)} returns. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.prepareInBackground();
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
        cmd.setParameterExceptionHandler(Main::usageError);
        String exitCodes = "%nExit codes:%n" + ExitCode.table().replace("%", "%%");
        for (CommandLine sub : cmd.getSubcommands().values()) {
            appendFooter(sub, exitCodes);
        }
        appendFooter(cmd, exitCodes);
        return cmd;
    }

    private static void appendFooter(CommandLine cmd, String text) {
        String[] old = cmd.getCommandSpec().usageMessage().footer();
        String[] footer = java.util.Arrays.copyOf(old, old.length + 1);
        footer[old.length] = text;
        cmd.getCommandSpec().usageMessage().footer(footer);
    }

    // A usage error is one line and a pointer to --help, not the whole help text.
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("pdfbulk: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        cmd.getErr().flush();
        return ExitCode.USAGE.code();
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
