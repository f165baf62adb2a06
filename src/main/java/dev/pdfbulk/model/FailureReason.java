package dev.pdfbulk.model;

import java.util.Locale;

/** Why a file could not be imported. Each has its own exit code in {@code extract} and its own label in logs. */
public enum FailureReason {
    /** Empty, or not a PDF at all (another file renamed). */
    NOT_PDF,
    /** Encrypted and no given password opens it. */
    ENCRYPTED,
    /** No text layer: a scanned image that needs OCR. */
    NO_TEXT,
    /** Text, but no transaction table. */
    NO_TRANSACTIONS,
    /** Damaged or truncated beyond what PDFBox can recover. */
    CORRUPT,
    /** Over a size, page or decoded-content limit (for example a decompression bomb). */
    RESOURCE_LIMIT,
    /** Took longer than the per-file timeout. */
    TIMED_OUT,
    /** Read, but the amounts do not add up to the printed balances. */
    UNRECONCILED,
    /** Amounts read with more decimals than the statement's currency has: their number format was misread. */
    AMOUNT_FORMAT,
    /** Could not be read or written for another reason (I/O error, bug). */
    INTERNAL;

    /** Lower-case label used in logs, sidecars and the database, e.g. {@code not_pdf}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
