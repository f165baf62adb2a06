package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.IngestListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Picks the progress display: a bar on a terminal, a plain line every few seconds otherwise. */
final class ProgressDisplay {

    private ProgressDisplay() {
    }

    static IngestListener create(PrintWriter err, boolean verbose) {
        // Verbose log lines on the console would tear a bar, so verbose runs get plain progress lines.
        return stderrIsTerminal() && !verbose ? new ProgressBarListener() : new PlainProgressListener(err, 5_000);
    }

    // System.console() only tells about stdin and stdout; the bar goes to stderr, so look at fd 2 itself.
    static boolean stderrIsTerminal() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
