package dev.pdfbulk.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a statement prints a money amount.
 *
 * @param grouping       thousands separator, e.g. {@code ","}, {@code "."}, {@code " "} or {@code ""}
 * @param decimal        decimal mark
 * @param sign           how a negative (and, for some styles, a positive) value is marked
 * @param currency       symbol or code printed with the number, {@code ""} for none
 * @param currencyBefore true for {@code £1.00} / {@code EUR 1.00}, false for {@code 1,00 €}
 */
public record AmountStyle(String grouping, char decimal, Sign sign, String currency, boolean currencyBefore) {

    /** Sign conventions. The suffix styles are for card statements, whose negatives are credits. */
    public enum Sign {
        /** {@code -1,234.56}. */
        LEADING_MINUS,
        /** {@code (1,234.56)}. */
        PARENTHESES,
        /** {@code 1,234.56-}. */
        TRAILING_MINUS,
        /** {@code 1.234,56+} and {@code 1.234,56-}. */
        TRAILING_PLUS_MINUS,
        /** {@code 1,234.56} and {@code 1,234.56 CR}. */
        CR_SUFFIX,
        /** {@code 1,234.56 DR} and {@code 1,234.56 CR}. */
        DR_CR_SUFFIX
    }

    public static final AmountStyle ENGLISH = new AmountStyle(",", '.', Sign.LEADING_MINUS, "", true);
    public static final AmountStyle GERMAN = new AmountStyle(".", ',', Sign.TRAILING_PLUS_MINUS, "", false);
    public static final AmountStyle FRENCH = new AmountStyle(" ", ',', Sign.LEADING_MINUS, "", false);

    public AmountStyle withSign(Sign newSign) {
        return new AmountStyle(grouping, decimal, newSign, currency, currencyBefore);
    }

    public AmountStyle withCurrency(String newCurrency, boolean before) {
        return new AmountStyle(grouping, decimal, sign, newCurrency, before);
    }

    /** The value with its sign marked as this style says. */
    public String signed(BigDecimal value) {
        boolean negative = value.signum() < 0;
        String digits = digits(value.abs());
        return switch (sign) {
            case LEADING_MINUS -> (negative ? "-" : "") + withCurrency(digits);
            case PARENTHESES -> negative ? "(" + withCurrency(digits) + ")" : withCurrency(digits);
            case TRAILING_MINUS -> withCurrency(digits + (negative ? "-" : ""));
            case TRAILING_PLUS_MINUS -> withCurrency(digits + (negative ? "-" : "+"));
            case CR_SUFFIX -> withCurrency(digits) + (negative ? " CR" : "");
            case DR_CR_SUFFIX -> withCurrency(digits) + (negative ? " CR" : " DR");
        };
    }

    /** The magnitude only, as printed in separate debit and credit columns. */
    public String unsigned(BigDecimal value) {
        return withCurrency(digits(value.abs()));
    }

    private String withCurrency(String number) {
        if (currency.isEmpty()) {
            return number;
        }
        // A one-character symbol hugs the number before it; codes and trailing symbols take a space.
        boolean spaced = currency.length() > 1 || !currencyBefore;
        String gap = spaced ? " " : "";
        return currencyBefore ? currency + gap + number : number + gap + currency;
    }

    private String digits(BigDecimal magnitude) {
        String plain = magnitude.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(grouping);
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(decimal).append(plain, dot + 1, plain.length()).toString();
    }
}
