package dev.pdfbulk.cli;

import dev.pdfbulk.ingest.IngestListener;
import dev.pdfbulk.ingest.WorkPlan;
import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keeps HotSpot's optimising compiler (C2) off a run too short to pay for it. In a run of a few hundred
 * statements on 2 cores, C2 spends about 2 CPU s compiling the parser and PDFBox, and the run ends before
 * the faster code earns that back; C1's code is good enough (docs/performance.md, item 18). A long run, and a run
 * that leaves a core to spare for the compiler, keep the JVM's default. The choice is made from the run's pre-count ({@link #started}) and applied as a compiler
 * directive through the {@code DiagnosticCommand} MBean (what {@code jcmd PID Compiler.directives_add} does),
 * on a daemon thread, so the pool does not wait for JMX to start; not where the JVM runs no C2 already (the launcher
 * starts such a run on C1 alone).
 *
 * <p>System property {@value #PROPERTY}: {@code auto} (the default), {@code on} (C2 always) or {@code off}
 * (C2 never). Threading: {@link #started} is called once, from the thread that starts the run. Errors: a JVM
 * without the MBean or the directive leaves the default compilers and logs why at debug level; the run goes on.
 */
final class ShortRunCompilation implements IngestListener {

    static final String PROPERTY = "pdfbulk.c2";
    /** A run of at most this many files per core counts as short (measured crossover, item 18). */
    static final long FILES_PER_LANE = 400;
    /** ... and of at most this many bytes per core: a few very long statements are long work. */
    static final long BYTES_PER_LANE = 32L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ShortRunCompilation.class);
    private static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]";

    private final String mode;
    private final int cores;

    ShortRunCompilation() {
        this(System.getProperty(PROPERTY, "auto"), Runtime.getRuntime().availableProcessors());
    }

    ShortRunCompilation(String mode, int cores) {
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.cores = cores;
    }

    @Override
    public void started(WorkPlan plan) {
        if (keepsC2Off(plan)) {
            Thread thread = new Thread(ShortRunCompilation::keepC2Off, "pdfbulk-jit");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether this run should go without C2: a short run under {@code auto}, always under {@code off}. */
    boolean keepsC2Off(WorkPlan plan) {
        return switch (mode) {
            case "on" -> false;
            case "off" -> true;
            default -> isShort(plan, cores);
        };
    }

    /**
     * A short run whose workers fill the cores: with a core to spare (one worker on two cores), C2 compiles there
     * beside the work and its faster code is free; C2 off made such a run slower (item 18).
     */
    static boolean isShort(WorkPlan plan, int cores) {
        if (plan.workers() < cores) {
            return false;
        }
        long lanes = Math.max(1, cores);
        return plan.files() <= FILES_PER_LANE * lanes && plan.bytes() <= BYTES_PER_LANE * lanes;
    }

    // The launcher starts such a run on C1 alone (item 26): then the directive, and the JMX server it needs (about 0.1
    // CPU s), buy nothing. Reading two flags costs about 40 ms of this thread (performance.md, item 27).
    private static void keepC2Off() {
        if (c2Compiles()) {
            excludeC2Now();
        } else {
            LOG.debug("short run: C2 already off (TieredStopAtLevel below 4)");
        }
    }

    /** Whether this JVM runs C2 at all, as its flags say; true where they cannot be read. */
    static boolean c2Compiles() {
        try {
            HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return c2Compiles(flags.getVMOption("TieredCompilation").getValue(),
                    flags.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("short run: the compiler flags could not be read: {}", e.toString());
            return true;
        }
    }

    /**
     * Whether C2 compiles under these flags' values: not when tiered compilation stops below level 4 (C2's);
     * without tiered compilation the level does not apply, and C2 is the only compiler.
     */
    static boolean c2Compiles(String tieredCompilation, String tieredStopAtLevel) {
        if (!"true".equals(tieredCompilation)) {
            return true;
        }
        try {
            return Integer.parseInt(tieredStopAtLevel.strip()) >= 4;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Adds the directive that keeps C2 off every method from now on; false (logged) when the JVM refused it. */
    static boolean excludeC2Now() {
        Path file = null;
        try {
            // The VM reads directives from a file only.
            file = Files.createTempFile("pdfbulk-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
            String said = String.valueOf(reply).trim();
            // The command reports a bad file or directive in its reply, not by throwing.
            boolean added = said.contains("directives added");
            LOG.debug("short run: {} ({})", added ? "C2 kept off" : "C2 left on", said);
            return added;
        } catch (Exception | LinkageError e) {
            LOG.debug("short run: the compiler directive could not be added: {}", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}: {}", file, e.toString());
                }
            }
        }
    }
}
