package dev.pdfbulk.parse;

import java.math.BigDecimal;

/**
 * A money value as printed: its magnitude and the sign marks around it. The meaning of an unmarked
 * value depends on the column and the kind of account, so it is decided later.
 *
 * @param magnitude non-negative value
 * @param mark      the sign mark printed with it
 * @param currency  ISO code or symbol printed with it, null when none
 */
record Amount(BigDecimal magnitude, Mark mark, String currency) {

    /** Sign marks a statement prints beside amounts. */
    enum Mark {
        /** No mark at all. */
        NONE,
        /** Minus before or after, or parentheses. */
        MINUS,
        /** Explicit plus before or after. */
        PLUS,
        /** "CR": a credit to the account. */
        CR,
        /** "DR": a debit to the account. */
        DR
    }

    /** The value with a minus or plus mark applied (CR and DR left to the caller). */
    BigDecimal signed() {
        return mark == Mark.MINUS || mark == Mark.DR ? magnitude.negate() : magnitude;
    }
}
