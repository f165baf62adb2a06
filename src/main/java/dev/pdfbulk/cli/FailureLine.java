package dev.pdfbulk.cli;

import dev.pdfbulk.model.PrintableName;
import dev.pdfbulk.model.StatementException;

import java.nio.file.Path;

/** The one line a user sees for a file that failed: file, reason in words, and the reason's label. */
final class FailureLine {

    private FailureLine() {
    }

    static String of(Path file, StatementException e) {
        return "error: " + PrintableName.of(file) + ": " + e.getMessage() + " [" + e.reason().label() + "]";
    }
}
