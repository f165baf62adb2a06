package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money value as printed: its magnitude and the sign marks around it. The meaning of an unmarked
 * value depends on the column and the kind of account, so it is decided later.
 *
 * @param magnitude non-negative value
 * @param mark      the sign mark printed with it
 * @param currency  ISO code or symbol printed with it, null when none
 * @param number    the digits and separators as printed ({@code 1,703.889}), null when not known
 */
record Amount(BigDecimal magnitude, Mark mark, String currency, String number) {

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
        DR,
        /** "S" (Soll), as German statements print it: a debit, read as {@link #DR}. */
        SOLL,
        /** "H" (Haben): a credit, read as {@link #CR}. */
        HABEN;

        /** The mark as it signs: Soll is DR, Haben CR, any other itself. */
        Mark sign() {
            return this == SOLL ? DR : this == HABEN ? CR : this;
        }

        /** True for the one-letter Soll/Haben marks, which a statement either uses throughout or not at all. */
        boolean sollHaben() {
            return this == SOLL || this == HABEN;
        }
    }

    /**
     * The separator of a number that reads two ways, grouped in thousands or with three decimals ({@code 51.132}:
     * 51132 or 51.132; one '.' or ',' and three digits after it), read here as grouped; 0 for any other number.
     */
    char ambiguousMark() {
        if (number == null || magnitude.scale() != 0 || number.length() < 5 || number.charAt(0) == '0') {
            return 0;
        }
        char mark = number.charAt(number.length() - 4);
        if (mark != '.' && mark != ',') {
            return 0;
        }
        for (int i = 0; i < number.length() - 4; i++) {
            if (!Character.isDigit(number.charAt(i))) {
                return 0;
            }
        }
        return mark;
    }

    /**
     * The decimal mark of a number printed with no grouping before a three-digit tail ({@code 1703.889}; four or more
     * digits before the mark), which only a statement of three-decimal amounts reads as money; 0 for any other.
     */
    char ungroupedMark() {
        if (number == null || magnitude.scale() != 3 || number.length() < 8) {
            return 0;
        }
        char mark = number.charAt(number.length() - 4);
        return RegexChars.isDigits(number.substring(0, number.length() - 4)) ? mark : 0;
    }

    /** This ambiguous amount ({@link #ambiguousMark}) read with three decimals: {@code 51.132} is 51.132. */
    Amount withThreeDecimals() {
        return new Amount(magnitude.movePointLeft(3), mark, currency, number);
    }

    /** The value with a minus or plus mark applied (CR and DR left to the caller). */
    BigDecimal signed() {
        return mark == Mark.MINUS || mark.sign() == Mark.DR ? magnitude.negate() : magnitude;
    }

    // Written out as the record's own would be (same values, so the same hash order): the generated ones spin
    // method-handle classes at run time, with the JDK's ASM, on the first lines they hash (docs/performance.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && Objects.equals(magnitude, a.magnitude) && mark == a.mark
                && Objects.equals(currency, a.currency) && Objects.equals(number, a.number);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(magnitude);
        h = 31 * h + Objects.hashCode(mark);
        h = 31 * h + Objects.hashCode(currency);
        return 31 * h + Objects.hashCode(number);
    }
}
