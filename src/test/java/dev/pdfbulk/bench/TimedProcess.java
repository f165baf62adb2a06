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

    /**
     * What one run did.
     *
     * @param seconds  wall time
     * @param rssKb    peak resident set size in KiB, empty without GNU time
     * @param exitCode the command's exit code
     * @param out      its stdout
     * @param err      its stderr
     */
    record Result(double seconds, Optional<Long> rssKb, int exitCode, String out, String err) {
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
        long started = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Optional<Long> rss = Optional.empty();
        if (time != null && Files.exists(rusage)) {
            Matcher m = MAX_RSS.matcher(Files.readString(rusage));
            if (m.find()) {
                rss = Optional.of(Long.parseLong(m.group(1)));
            }
        }
        return new Result(seconds, rss, code, Files.readString(out), Files.readString(err));
    }
}
