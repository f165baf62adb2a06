package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;

import java.time.LocalDate;

/**
 * A statement lists what happened in its period, and a little before it (a card's instalments of a purchase months
 * back): a row dated years before the period's start has its year misread, as a Japanese passbook's "07-06-05"
 * (Reiwa 7, the year first) read as 7 June 2005 where nothing shows the year comes first ({@link YearFirstDates}), and
 * so do rows that fall in more than three years, and dates before 1900 (a calendar's year read as the Common Era's:
 * Solar Hijri "1404/03/15"). Balances that agree prove the amounts, not such dates. Stateless.
 */
final class EarlyDates {

    // Instalment plans run up to two years or so; a row further back than this is no row of the period.
    static final int YEARS_BEFORE = 2;
    // A statement's rows, instalments of purchases two years back included, fall in three calendar years at most.
    static final int MOST_YEARS = 3;
    // No statement is dated before this year: an earlier one is another calendar's (Solar or lunar Hijri) or misread.
    static final int FIRST_YEAR = 1900;

    private EarlyDates() {
    }

    /**
     * The statement, failed when a row is dated years before its period's start or its rows fall in more than
     * {@value #MOST_YEARS} years; one failing keeps its reason.
     */
    static Statement checked(Statement s) {
        if (s.reconciliation().isUnreconciled()) {
            return s;
        }
        long years = s.transactions().stream().map(Transaction::date).filter(d -> d != null).map(LocalDate::getYear)
                .distinct().count();
        if (years > MOST_YEARS) {
            // Day first, "07-06-01" to "07-06-30" (Reiwa 7, June) fall in thirty years: no statement runs so long.
            return misread(s, "the dates fall in " + years + " different years: their years are misread");
        }
        LocalDate start = s.metadata().periodStart();
        LocalDate earliest = null;
        for (Transaction t : s.transactions()) {
            earliest = earliest == null || t.date() != null && t.date().isBefore(earliest) ? t.date() : earliest;
        }
        LocalDate first = start != null && (earliest == null || start.isBefore(earliest)) ? start : earliest;
        if (first != null && first.getYear() < FIRST_YEAR) {
            // Solar Hijri "1404/03/15" read as a year of the Common Era: the balances agree, the dates are 621 years off.
            return misread(s, "the dates run from " + first + ", before " + FIRST_YEAR
                    + ": their years are of another calendar or misread");
        }
        if (start == null) {
            return s;
        }
        if (earliest == null || !earliest.isBefore(start.minusYears(YEARS_BEFORE))) {
            return s;
        }
        return misread(s, "the dates run from " + earliest + ", more than " + YEARS_BEFORE
                + " years before the period's start (" + start + "): their years are misread");
    }

    private static Statement misread(Statement s, String why) {
        return s.withReconciliation(Reconciliation.mismatch(0, null, null, why));
    }
}
