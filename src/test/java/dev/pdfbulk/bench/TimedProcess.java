package dev.pdfbulk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command to its end and measures it: wall time from start to exit (so a JVM's start and exit
 * are included) and, where GNU time is available, the peak resident set size of the largest process of
 * the run. Output and errors go to files for the caller to read.
 *
 * @param time GNU {@code time} (run as {@code time -v -o FILE}), or null to measure wall time only
 */
record TimedProcess(Path time) {

    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([\\d.]+)");

    /**
     * What one run did.
     *
     * @param seconds  wall time
     * @param rssKb    peak resident set size in KiB, empty without GNU time
     * @param cpu      CPU seconds (user + system) of the command, NaN without GNU time
     * @param others   share of the machine's CPU that other processes used meanwhile, NaN when unknown
     * @param exitCode the command's exit code
     * @param out      its stdout
     * @param err      its stderr
     */
    record Result(double seconds, Optional<Long> rssKb, double cpu, double others, int exitCode, String out,
                  String err) {
        double rssMb() {
            return rssKb.map(kb -> kb / 1024.0).orElse(Double.NaN);
        }
    }

    /**
     * Runs {@code command} in {@code scratch} (which receives the output files).
     *
     * @param stdin a file to feed on stdin, or null
     * @param env   extra environment variables
     */
    Result run(List<String> command, Path scratch, Path stdin, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        Path rusage = scratch.resolve("time.txt");
        Files.deleteIfExists(rusage);
        List<String> full = new ArrayList<>();
        if (time != null) {
            full.addAll(List.of(time.toString(), "-v", "-o", rusage.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(stdin.toFile()));
        builder.environment().putAll(env);
        CpuTicks before = CpuTicks.read();
        long started = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTicks after = CpuTicks.read();
        Optional<Long> rss = Optional.empty();
        double cpu = Double.NaN;
        if (time != null && Files.exists(rusage)) {
            String report = Files.readString(rusage);
            Matcher m = MAX_RSS.matcher(report);
            if (m.find()) {
                rss = Optional.of(Long.parseLong(m.group(1)));
            }
            Matcher c = CPU.matcher(report);
            for (cpu = 0; c.find(); ) {
                cpu += Double.parseDouble(c.group(1));
            }
        }
        double others = Double.NaN;
        if (before != null && after != null && !Double.isNaN(cpu)) {
            double machine = seconds * Runtime.getRuntime().availableProcessors();
            others = Math.max(0, (after.busySeconds() - before.busySeconds() - cpu) / machine);
        }
        return new Result(seconds, rss, cpu, others, code, Files.readString(out), Files.readString(err));
    }

    /**
     * Waits until the machine is quiet: less than {@code maxBusy} of all cores busy over half a second,
     * at most {@code patienceSeconds}. Returns false when it never got quiet (or cannot tell).
     */
    static boolean awaitQuiet(double maxBusy, int patienceSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
        do {
            CpuTicks a = CpuTicks.read();
            Thread.sleep(500);
            CpuTicks b = CpuTicks.read();
            if (a == null || b == null) {
                return false;
            }
            if (b.busyShare(a) < maxBusy) {
                return true;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** The machine-wide CPU counters of /proc/stat (Linux), in clock ticks. */
    private record CpuTicks(long busy, long total) {
        // USER_HZ: 100 on every Linux the JVM runs on.
        private static final double TICKS_PER_SECOND = 100;

        static CpuTicks read() {
            try {
                String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = cpu.trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(f.length, 9); i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new CpuTicks(total - idle, total);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        double busySeconds() {
            return busy / TICKS_PER_SECOND;
        }

        double busyShare(CpuTicks earlier) {
            long t = total - earlier.total;
            return t <= 0 ? 0 : (double) (busy - earlier.busy) / t;
        }
    }
}
