package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.time.LocalDate;

/**
 * The period of a statement that prints no period, only the day it closes ("Statement date 31 May 2025", a card's
 * "Fechamento: 01/09/2025", "STATEMENT DATE 15/10/25"): the month that ends that day. A statement dated a month's
 * last day covers that calendar month (1 to 31 May). A card's closing day ends its period, whose start is left
 * unknown: cycles run a month or 30 days (Amex), and the page does not say which, unless it prints the cycle's days
 * ("Days in Billing Cycle 31": the period starts that many days back, the closing day the last). Only where the rows
 * agree: none is
 * dated after the closing day or, where the start is known, in the month before it, and at least one falls inside
 * (for a card, after the same day a month before; an earlier row of a card whose start stays unknown, a purchase
 * posted late or a 30-day cycle across February, says nothing against its closing day).
 * A bank account's statement dated mid-month ("Statement date 28 Jun 2024" over rows from 1 June) may cover any
 * stretch: it gets no period. Stateless.
 */
final class ClosingDatePeriod {

    private ClosingDatePeriod() {
    }

    /**
     * The statement with the period its closing date implies, or as it is where it has a period of its own, prints
     * no closing date with its year, or its rows disagree.
     *
     * @param meta  the metadata read, with the statement date as printed
     * @param dates how the statement's dates read (day or month first)
     * @param card  whether the statement is a card's (its cycle closes on the same day each month)
     */
    static Statement of(Statement s, MetadataReader.Raw meta, DateResolver dates, boolean card) {
        StatementMetadata m = s.metadata();
        RawDate printed = meta.statementDate();
        if (m.periodStart() != null || m.periodEnd() != null || printed == null || printed.year() == null) {
            return s;
        }
        LocalDate end = dates.resolve(printed);
        if (end == null) {
            return s;
        }
        boolean monthEnd = end.getDayOfMonth() == end.lengthOfMonth();
        Integer days = meta.cycleDays();
        if (!monthEnd && !card && days == null) {
            return s;
        }
        // A card's cycle length unprinted (a month, Amex's 30 days), its start would be a guess: it stays null.
        LocalDate start = days != null ? end.minusDays(days - 1L) : monthEnd ? end.withDayOfMonth(1) : null;
        LocalDate from = start != null ? start : end.minusMonths(1).plusDays(1);
        LocalDate monthBefore = from.minusMonths(1);
        boolean inside = false;
        for (Transaction t : s.transactions()) {
            LocalDate d = t.date();
            if (d == null) {
                continue;
            }
            // A card's start unknown, a row before the month back says nothing against its closing day: a
            // purchase posted in this cycle, or Amex's 30-day cycle across a short February ("02/12" under "03/12").
            if (d.isAfter(end) || start != null && !d.isBefore(monthBefore) && d.isBefore(from)) {
                return s;
            }
            inside |= !d.isBefore(from);
        }
        if (!inside) {
            return s;
        }
        return new Statement(new StatementMetadata(m.account(), m.currency(), start, end, m.openingBalance(),
                m.closingBalance()), s.transactions(), s.pageCount(), s.reconciliation(), s.sections());
    }
}
