package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A statement lists what has happened: dates after the clock's today are misread years ("15/10/68" of the Buddhist
 * era read as 2068), never the statement's; so are dates years before its period ({@link EarlyDates}, checked first).
 * Stateless.
 */
final class FutureDates {

    // Beyond this a date is no clock's or time zone's slip: its year is misread.
    static final int MONTHS_AHEAD = 3;
    // A year guessed from the clock is the year before when it puts a row more than this after today.
    static final int GUESS_DAYS_AHEAD = 7;

    private FutureDates() {
    }

    /** Whether a year guessed from the clock puts any of these dates in the future: they are of the year before. */
    static boolean guessedAhead(List<LocalDate> dates, LocalDate today) {
        LocalDate limit = today.plusDays(GUESS_DAYS_AHEAD);
        return dates.stream().filter(Objects::nonNull).anyMatch(d -> d.isAfter(limit));
    }

    /**
     * The statement, failed when a transaction or its period ends months after today: balances that agree prove the
     * amounts, not dates no statement can print. One that already fails keeps its own reason.
     */
    static Statement checked(Statement s, LocalDate today) {
        s = EarlyDates.checked(s);
        if (s.reconciliation().isUnreconciled()) {
            return s;
        }
        LocalDate latest = s.metadata().periodEnd();
        for (Transaction t : s.transactions()) {
            latest = latest == null || t.date() != null && t.date().isAfter(latest) ? t.date() : latest;
        }
        if (latest == null || !latest.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            return s;
        }
        return s.withReconciliation(Reconciliation.mismatch(0, null, null,
                "the dates run to " + latest + ", more than " + MONTHS_AHEAD + " months after today (" + today
                        + "): their years are misread"));
    }
}
