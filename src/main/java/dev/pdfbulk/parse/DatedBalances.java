package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Balances named only by their date ("Balance on 01-05-2025", "Solde débiteur au 31/03/2025"), their amount after
 * the date in the same phrase or the next one, or set under the label. Two such balances are the opening (the
 * earlier) and the closing; a single one is the opening where its date is the period's first day or the day before
 * it (a balance is the one at the end of its day), the closing where it is the period's last day. Collects the
 * balances of the lines it is shown; not thread-safe.
 */
final class DatedBalances {

    // The label before the date; it may say the balance's side in any of the words that sign it ("Solde débiteur
    // au", "Debit balance on", "Sollsaldo per").
    private static final String SIDE = "(?:" + BalanceSide.wordAlternatives() + ")";
    private static final Pattern DATED_BALANCE = Pattern.compile(
            "^(?:(?:" + SIDE + " )?balance|(?:saldo|solde)(?: " + SIDE + ")?|kontostand|" + SIDE + "saldo"
                    // Russian "Остаток на 01.06.2025" (the balance on a day), "Доступно на 01.06.25" (available on a
                    // day: a debit card account's balance), folded.
                    + "|остаток(?: средств)? на|доступно на)"
                    // The currency may stand between the label and the date ("Kontostand in EUR am 31.05.2025").
                    + "(?: in [a-z]{3})?(?: (?:on|at|as at|as of|as on|per|am|au|zum|vom|op))?$");

    // In the order first read; a date read twice keeps its first amount.
    private final Map<RawDate, Amount> found = new LinkedHashMap<>();

    /** The opening and closing balance the dates tell, each null when they do not tell it. */
    record Ends(Amount opening, Amount closing) {
    }

    /** Reads the dated balances of line {@code index}. */
    void read(List<Line> lines, int index) {
        List<Phrase> phrases = Phrase.split(lines.get(index));
        for (int j = 0; j < phrases.size(); j++) {
            List<Word> words = phrases.get(j).words();
            List<DateMention> dates = DateMention.find(words);
            if (dates.isEmpty() || dates.get(0).from() == 0
                    || !DATED_BALANCE.matcher(Folding.fold(Phrase.join(words, 0, dates.get(0).from()))).matches()) {
                continue;
            }
            // A colon may stand between the date and the amount ("Balance as on 1 Aug 2025 : 45,210.50"), and so
            // may the date's time zone in brackets ("Balance on 1 June 2025 [GMT+02:00]").
            int to = dates.get(0).to();
            if (to < words.size() && PeriodReader.isTimeZone(words.get(to).text())) {
                to++;
            }
            int after = PrintedLabel.pastColons(words, to, words.size());
            Optional<Amount> amount = after < words.size()
                    ? AmountParser.parseInMoneyPlace(Phrase.join(words, after, words.size()))
                    : j + 1 < phrases.size() ? amountOf(phrases.get(j + 1).words())
                    : Optional.empty();
            if (amount.isEmpty() && after == words.size()) {
                amount = Optional.ofNullable(BalanceLabels.amountBelow(lines, index, phrases.get(j).left(),
                        phrases.get(j).right()));
            }
            String label = Phrase.join(words, 0, dates.get(0).from());
            amount.ifPresent(a -> found.putIfAbsent(dates.get(0).date(), BalanceSide.signed(a, label)));
        }
    }

    /**
     * Whether {@code line} starts with a balance named by its date ("Balance on 30 June 2025 [GMT+02:00]  2,607.09
     * EUR" under a table): a balance line, not a row.
     */
    static boolean startsLine(Line line) {
        List<Phrase> phrases = Phrase.split(line);
        if (phrases.isEmpty()) {
            return false;
        }
        List<Word> words = phrases.get(0).words();
        List<DateMention> dates = DateMention.find(words);
        return !dates.isEmpty() && dates.get(0).from() > 0
                && DATED_BALANCE.matcher(Folding.fold(Phrase.join(words, 0, dates.get(0).from()))).matches();
    }

    private static Optional<Amount> amountOf(List<Word> words) {
        int k = PrintedLabel.pastColons(words, 0, words.size());
        return k < words.size() ? AmountParser.parseInMoneyPlace(Phrase.join(words, k, words.size())) : Optional.empty();
    }

    /** Whether no dated balance has been read. */
    boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The balances read as the statement's ends: two are the opening (the earlier) and the closing, unless their
     * order depends on how the dates are read; a single one is the opening where its date is the period's first day
     * or the day before it, the closing where it is the last day ({@code start}, {@code end}, either may be null).
     */
    Ends ends(RawDate start, RawDate end) {
        List<RawDate> dates = List.copyOf(found.keySet());
        if (dates.size() == 2) {
            int order = order(dates.get(0), dates.get(1));
            if (order != 0) {
                return new Ends(found.get(dates.get(order < 0 ? 0 : 1)), found.get(dates.get(order < 0 ? 1 : 0)));
            }
        } else if (dates.size() == 1) {
            RawDate d = dates.get(0);
            // A balance is the one at the end of its day: dated the day before the period starts, it is the opening.
            boolean opens = d.equals(start) || dayBefore(d, start, end);
            return new Ends(opens ? found.get(d) : null, d.equals(end) ? found.get(d) : null);
        }
        return new Ends(null, null);
    }

    // Whether d is the day before start however the dates are read (in the orders the period's dates allow).
    private static boolean dayBefore(RawDate d, RawDate start, RawDate end) {
        if (start == null) {
            return false;
        }
        int year = start.year() != null ? start.year() : d.year() != null ? d.year() : 2000;
        boolean any = false;
        for (RawDate.Order o : RawDate.Order.values()) {
            LocalDate day = d.resolve(o, year);
            LocalDate first = start.resolve(o, year);
            if (day == null || first == null || end != null && end.resolve(o, year) == null) {
                continue;
            }
            if (d.year() == null && day.isAfter(first)) {
                // "31/12" without a year before a period from 01/01/2025 is in the year before.
                day = day.minusYears(1);
            }
            if (!day.plusDays(1).equals(first)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    // -1 or 1 when a is before or after b however the dates are read (day or month first), else 0.
    private static int order(RawDate a, RawDate b) {
        int sign = 0;
        for (RawDate.Order o : RawDate.Order.values()) {
            LocalDate x = a.resolve(o, 2000);
            LocalDate y = b.resolve(o, 2000);
            if (x == null || y == null) {
                continue;
            }
            int c = Integer.signum(x.compareTo(y));
            if (c == 0 || sign != 0 && c != sign) {
                return 0;
            }
            sign = c;
        }
        return sign;
    }
}
