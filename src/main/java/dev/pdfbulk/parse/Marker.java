package dev.pdfbulk.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/** Table rows that carry a date or an amount but are not transactions. */
enum Marker {
    /** A balance printed at a point of the table: opening, brought or carried forward, closing. */
    BALANCE,
    /** A total or subtotal of the amounts. */
    TOTAL,
    /** Page furniture inside the table area ("continued on next page"). */
    FURNITURE;

    private static final Pattern BALANCE_ROW = Pattern.compile(
            "^(?:(?:balance|saldo|solde) ?(?:brought|carried) ?(?:forward|fwd|down|over)|(?:brought|carried) "
                    + "?(?:forward|fwd|over)|balance ?[bc]/[fd]|balance forward|(?:opening|closing|beginning|ending|"
                    + "previous|new|starting|start|end|final|initial|last statement|statement) balance|"
                    + "balance (?:at|as (?:at|of)|on) |balance (?:from|to) (?:previous|next) |"
                    + "(?:alter|neuer|anfangs|end|schluss)[ -]?saldo|saldo(?:vortrag| ?alt| ?neu| per| zum| vom)|"
                    + "kontostand (?:am|vom|per)|übertrag|vortrag|(?:ancien|nouveau) solde|solde (?:précédent|"
                    + "initial|final|au|reporté|à reporter|créditeur|débiteur)|saldo (?:anterior|inicial|final))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "^(?:sub-?totals?|totals?|summe|zwischensumme|gesamt|total des|totaux|sous-total)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FURNITURE_ROW = Pattern.compile(
            "^(?:\\(?continued|continues|fortsetzung|suite|page \\d+|seite \\d+|\\.\\.\\.)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The marker a row's description makes it, or null for an ordinary transaction.
     *
     * @param description the row's text, without date and amounts
     * @param dated       whether the row has a date of its own: "TOTAL WINE &amp; MORE" on a dated row is a
     *                    purchase, a total without a date is not
     */
    static Marker of(String description, boolean dated) {
        String d = description.strip().toLowerCase(Locale.ROOT);
        if (BALANCE_ROW.matcher(d).find()) {
            return BALANCE;
        }
        if (TOTAL_ROW.matcher(d).find() && (!dated || d.split("\\s+").length <= 3)) {
            return TOTAL;
        }
        if (!dated && FURNITURE_ROW.matcher(d).find()) {
            return FURNITURE;
        }
        return null;
    }
}
