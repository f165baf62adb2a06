package dev.pdfbulk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** Console log levels chosen by the command line: warnings only, or everything of pdfbulk with --verbose. */
final class LogSetup {

    private LogSetup() {
    }

    /**
     * Sets logback up on a daemon thread while the main thread parses the command line: on 2 cores that
     * takes its 0.2 s of class loading off the start-up path. {@link #console} then finds it ready (or
     * waits for it: SLF4J initialises once, whoever asks first).
     */
    static void prepareInBackground() {
        Thread prepare = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            // The classes the run log needs (see runLog), loaded but not started.
            new PatternLayoutEncoder();
            new RollingFileAppender<ILoggingEvent>();
            new SizeAndTimeBasedRollingPolicy<ILoggingEvent>();
        }, "log-set-up");
        prepare.setDaemon(true);
        prepare.start();
    }

    static void console(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger("dev.pdfbulk").setLevel(verbose ? Level.DEBUG : Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        if (verbose && root.getAppender(ConsoleLogConfigurator.STDERR) != null) {
            root.getAppender(ConsoleLogConfigurator.STDERR).clearAllFilters();
        }
    }

    /**
     * Adds the run log: every pdfbulk INFO line (one per PDF) to a rolling file; on the console only when
     * verbose (the console appender lets warnings through otherwise).
     */
    static void runLog(Path file, boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("RUNLOG");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
        policy.setMaxFileSize(FileSize.valueOf("20MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("500MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        Logger pdfbulk = context.getLogger("dev.pdfbulk");
        pdfbulk.setLevel(verbose ? Level.DEBUG : Level.INFO);
        pdfbulk.addAppender(appender);
    }
}
