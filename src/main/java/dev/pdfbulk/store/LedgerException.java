package dev.pdfbulk.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Set;

/**
 * A ledger read or write failed; the write, if any, was rolled back. {@link #fatal()} tells the run whether
 * to go on: a fatal error means the database cannot take more writes (disk full, read-only, I/O error,
 * corrupt, not a database, cannot be opened, locked or busy past the timeout) and the run should stop; a
 * non-fatal one concerns only the data of one file (a constraint or value it cannot store) and the database
 * is still usable.
 */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Primary SQLite result codes that concern one statement's data, not the database. */
    private static final Set<SQLiteErrorCode> PER_ROW = Set.of(SQLiteErrorCode.SQLITE_CONSTRAINT,
            SQLiteErrorCode.SQLITE_MISMATCH, SQLiteErrorCode.SQLITE_TOOBIG, SQLiteErrorCode.SQLITE_RANGE);
    private static final int MAX_MESSAGE = 300;

    private final boolean fatal;

    public LedgerException(String message, boolean fatal, Throwable cause) {
        super(message, cause);
        this.fatal = fatal;
    }

    /** True when the database can take no more writes and the run should stop. */
    public boolean fatal() {
        return fatal;
    }

    /**
     * Wraps {@code cause}, classifying it: SQLite errors are fatal unless their primary code is a per-row one
     * (constraint, datatype mismatch, too big, parameter range), so an unknown code stops the run rather than
     * risk writing on; other {@link SQLException}s (a closed connection) are fatal; anything else (a value that
     * cannot be stored) is not.
     *
     * @param action what was being done, e.g. {@code "recording success of 3fa4…"}
     */
    static LedgerException of(String action, Throwable cause) {
        return new LedgerException(action + ": " + oneLine(cause), isFatal(cause), cause);
    }

    static boolean isFatal(Throwable cause) {
        if (cause instanceof SQLiteException sqlite) {
            // Extended codes (SQLITE_IOERR_WRITE = 778, ...) carry the primary code in their low byte.
            SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xFF);
            return !PER_ROW.contains(primary);
        }
        return cause instanceof SQLException;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 3) + "..." : message;
    }
}
