package dev.pdfbulk.cli;

import dev.pdfbulk.model.FailureReason;

/** Process exit codes of pdfbulk; {@code --help} lists them from here so the two cannot drift. */
public enum ExitCode {
    /** Everything asked for was done: every file imported or skipped, or the statement extracted. */
    OK(0, "success"),
    /** An unexpected internal error (a bug): rerun with --verbose and report the trace. */
    INTERNAL_ERROR(1, "internal error"),
    /** Bad command line: unknown option, workers < 1, missing or unreadable folder. */
    USAGE(2, "usage error"),
    /** The file is empty or not a PDF. */
    NOT_PDF(3, "not a PDF"),
    /** The PDF is encrypted and no given password opens it. */
    ENCRYPTED(4, "encrypted, password missing or wrong"),
    /** The PDF has no text layer (a scan): OCR is needed. */
    NO_TEXT(5, "no text layer"),
    /** The PDF has text but no transaction table. */
    NO_TRANSACTIONS(6, "no transactions found"),
    /** The PDF is damaged or truncated beyond recovery. */
    CORRUPT(7, "corrupt or truncated"),
    /** The PDF is over a size, page or content limit. */
    RESOURCE_LIMIT(8, "too large / over a resource limit"),
    /** Reading the PDF took longer than the timeout. */
    TIMED_OUT(9, "timed out"),
    /** The transactions do not add up to the printed balances (CSV still written). */
    UNRECONCILED(10, "unreconciled statement"),
    /** {@code ingest} finished, but some files failed and were moved to the failed folder. */
    SOME_FAILED(11, "ingest finished, some files failed"),
    /** {@code ingest} stopped early: the database is unusable (locked, full, read-only); rerun to resume. */
    FATAL(12, "ingest stopped: database unusable"),
    /** Amounts were read with more decimals than the statement's currency has: their format was not understood. */
    AMOUNT_FORMAT(13, "amounts in a number format not understood");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The code for one file's failure class. */
    public static ExitCode of(FailureReason reason) {
        return switch (reason) {
            case NOT_PDF -> NOT_PDF;
            case ENCRYPTED -> ENCRYPTED;
            case NO_TEXT -> NO_TEXT;
            case NO_TRANSACTIONS -> NO_TRANSACTIONS;
            case CORRUPT -> CORRUPT;
            case RESOURCE_LIMIT -> RESOURCE_LIMIT;
            case TIMED_OUT -> TIMED_OUT;
            case UNRECONCILED -> UNRECONCILED;
            case AMOUNT_FORMAT -> AMOUNT_FORMAT;
            case INTERNAL -> INTERNAL_ERROR;
        };
    }

    /** The exit-code table for --help and the README. */
    public static String table() {
        StringBuilder sb = new StringBuilder();
        for (ExitCode c : values()) {
            sb.append(String.format("  %2d  %s%n", c.code, c.meaning));
        }
        return sb.toString();
    }
}
