package dev.pdfbulk.model;

import java.util.Objects;

/** A file cannot be turned into a statement; the reason says which class of bad input it is. */
public class StatementException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public StatementException(FailureReason reason, String message) {
        this(reason, message, null);
    }

    public StatementException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public FailureReason reason() {
        return reason;
    }
}
