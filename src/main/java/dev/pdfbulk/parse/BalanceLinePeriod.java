package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The period of a statement that prints none, told by the dates of the balance lines its table opens and closes with
 * ("Kontostand am 30.09.2025" over the rows and "Kontostand am 31.10.2025 um 20:15 Uhr" under them; "Ancien solde
 * créditeur au 07.11.2025" and "Nouveau solde créditeur au 08.12.2025"). The closing's date ends it. A balance at a
 * day is the one at that day's end ({@link DatedBalances}): an opening so dated is the last statement's closing, and
 * the period starts the day after (1 October, 8 November). One said "on" a day ("Opening balance on 1 May 2025") is
 * that day's opening, and the period starts that day. A date after no such word tells nothing. Only where the rows
 * agree: every dated row inside the period, at least one. Stateless.
 */
final class BalanceLinePeriod {

    // The words that date a balance at a day, its end: German "am", "per", "zum", "vom", French "au", "du", Spanish
    // and Italian "al", Portuguese "em". Not English "at", "as at", "as of": an opening "as at 1 May" starts a period
    // on 1 May in some banks' wording, on 2 May in others'.
    private static final Set<String> AT_DAY = Set.of("am", "per", "zum", "vom", "au", "du", "al", "em");
    private static final String ON_DAY = "on";

    private BalanceLinePeriod() {
    }

    /**
     * The dates printed with the balances the table opens and closes with, as printed.
     *
     * @param opened   the opening balance's date
     * @param dayAfter whether the period starts the day after it (the balance at its day's end), else on it
     * @param closed   the closing balance's date
     */
    record Ends(RawDate opened, boolean dayAfter, RawDate closed) {

        /** The same ends with their dates read again ({@link BuddhistEra}, {@link SolarHijri}). */
        Ends map(UnaryOperator<RawDate> reading) {
            return new Ends(reading.apply(opened), dayAfter, reading.apply(closed));
        }
    }

    /**
     * The dated balance lines {@code table} opens with (before its first row) and closes with (after its last), or
     * null where either is missing or names its date after no word that dates a balance.
     */
    static Ends of(List<TableFragment> table) {
        TableLine first = null;
        TableLine last = null;
        boolean rows = false;
        for (TableFragment f : table) {
            for (TableLine line : f.lines()) {
                if (line.marker() == Marker.BALANCE) {
                    first = rows || first != null ? first : line;
                    last = line;
                } else if (line.marker() == null && line.date() != null) {
                    rows = true;
                    last = null;
                }
            }
        }
        if (first == null || last == null || !rows) {
            return null;
        }
        Dated open = dated(first.description());
        Dated close = dated(last.description());
        return open == null || close == null ? null : new Ends(open.date(), open.dayAfter(), close.date());
    }

    /**
     * The statement with the period its balance lines' dates tell, or as it is where it has a period, {@code ends}
     * is null, the dates do not make a period or a row is dated outside it.
     */
    static Statement of(Statement s, Ends ends, DateResolver dates) {
        StatementMetadata m = s.metadata();
        if (ends == null || m.periodStart() != null || m.periodEnd() != null) {
            return s;
        }
        LocalDate opened = dates.resolve(ends.opened());
        LocalDate end = dates.resolve(ends.closed());
        if (opened == null || end == null) {
            return s;
        }
        LocalDate start = ends.dayAfter() ? opened.plusDays(1) : opened;
        if (start.isAfter(end)) {
            return s;
        }
        boolean inside = false;
        for (Transaction t : s.transactions()) {
            if (t.date() != null && (t.date().isBefore(start) || t.date().isAfter(end))) {
                return s;
            }
            inside |= t.date() != null;
        }
        if (!inside) {
            return s;
        }
        return new Statement(new StatementMetadata(m.account(), m.currency(), start, end, m.openingBalance(),
                m.closingBalance()), s.transactions(), s.pageCount(), s.reconciliation(), s.sections());
    }

    private record Dated(RawDate date, boolean dayAfter) {
    }

    // The first date in a balance line's text after a label and the word that dates it ("Kontostand am 30.09.2025,
    // Auszug Nr. 9"), else null.
    private static Dated dated(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        String[] parts = stripped.split("\\s+");
        List<Word> words = new ArrayList<>(parts.length);
        for (String p : parts) {
            words.add(new Word(p, 0, 0, 0, 0));
        }
        List<DateMention> mentions = DateMention.find(words);
        if (mentions.isEmpty() || mentions.get(0).from() < 2) {
            return null;
        }
        String before = Folding.fold(words.get(mentions.get(0).from() - 1).text());
        boolean at = AT_DAY.contains(before);
        return at || before.equals(ON_DAY) ? new Dated(mentions.get(0).date(), at) : null;
    }
}
