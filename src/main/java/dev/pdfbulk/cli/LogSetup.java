package dev.pdfbulk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Console log levels chosen by the command line: warnings only, or everything of pdfbulk with --verbose. */
final class LogSetup {

    private LogSetup() {
    }

    static void console(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger("dev.pdfbulk").setLevel(verbose ? Level.DEBUG : Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
    }
}
