package dev.pdfbulk.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --password} (repeatable) and {@code --password-file}; passwords are tried in turn and never printed. */
final class PasswordOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--password", paramLabel = "PW", arity = "1",
            description = "Password for encrypted statements; repeat to try several in turn.")
    private List<String> passwords = new ArrayList<>();

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File with one password per line, tried after those given with --password.")
    private Path passwordFile;

    List<String> load(PrintWriter err) {
        List<String> all = new ArrayList<>(passwords);
        if (passwordFile != null) {
            try {
                for (String line : Files.readAllLines(passwordFile, StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) {
                        all.add(line);
                    }
                }
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --password-file " + passwordFile
                        + ": " + e.getClass().getSimpleName());
            }
        }
        return all;
    }
}
