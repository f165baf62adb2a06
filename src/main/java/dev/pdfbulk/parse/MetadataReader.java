package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a statement says about itself from the text outside its transaction table: account,
 * period, opening and closing balance, currency. Each part stays null when not printed. Stateless.
 */
final class MetadataReader {

    /**
     * Raw metadata: dates still undecided between day-first and month-first.
     *
     * @param statementDate the statement (closing) date printed without a period ("Statement date 01/08/2025"),
     *                      or null
     * @param printedYear   the latest year of any full date printed outside the table, or null when none
     */
    record Raw(String account, String currency, RawDate periodStart, RawDate periodEnd, Amount opening,
               Amount closing, RawDate statementDate, Integer printedYear) {

        /** The date the statement's period ends: the printed period's end, else the statement date. */
        RawDate closingDate() {
            return periodEnd != null ? periodEnd : statementDate;
        }
    }

    private static final Pattern PERIOD_WORD = Pattern.compile(
            "period|período|zeitraum|période|periode|from|vom|statement dates|between|for the month|du |okres|období",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OPENING = Pattern.compile(
            "(?:opening|beginning|previous|starting|start|alter|(?:last|previous|prior) statement) ?"
                    + "(?:balance|saldo|kontostand)|"
                    + "balance brought forward|anfangssaldo|ancien solde|solde (?:precedent|initial|au debut)|"
                    + "saldo (?:anterior|inicial|iniziale|precedente|alt|vortrag|poczatkowe|otwarcia)|beginsaldo|"
                    + "saldo (?:der |aus (?:der )?)?(?:letzte|vorige|vorherige)[nr]? (?:abrechnung|rechnung)|"
                    + "vorig saldo|pocatecni zustatek|ingaende saldo",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOSING = Pattern.compile(
            "(?<!daily )(?:closing|ending|new|final|neuer|this statement) ?(?:balance|saldo|kontostand)|endsaldo|nouveau solde|"
                    + "(?<!last |previous |prior )statement balance|"
                    + "solde (?:final|a la fin)|saldo (?:final|neu|koncowe|zamkniecia)|eindsaldo|nieuw saldo|"
                    + "konecny zustatek|utgaende saldo",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "Balance on 01-05-2025": a balance named only by its date, the opening or the closing by that date; its amount
    // beside it or under it.
    // The label may say the balance's side ("Solde débiteur au 31/03/2025", "Debit balance on ...").
    private static final Pattern DATED_BALANCE = Pattern.compile(
            "^(?:(?:debit |credit |overdrawn )?balance|(?:saldo|solde)(?: (?:debiteur|crediteur|deudor|acreedor|debitore"
                    + "|creditore|devedor|credor|debet|credit|soll|haben))?|kontostand|sollsaldo|habensaldo)"
                    + "(?: (?:on|at|as at|as of|as on|per|am|au|zum|vom|op))?$");
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?:iban)[:]?\\s+([A-Z]{2}\\d{2}(?: ?[\\dA-Z]{2,4}){3,8})|(?:account|acct|konto|kontonummer|iban|card|compte|member)(?: number| no\\.?| nr\\.?| ending(?: in)?)?"
                    + "[:#]?\\s+((?:[X*•x\\d][\\dX*•x -]{2,30}\\d{2,}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT_DATE = Pattern.compile(
            "statement (?:closing )?date|closing date|date of (?:this )?statement|billing date|statement cycle date|"
                    + "stichtag|date (?:du releve|d'arrete)|fecha de corte", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern LINKING = Pattern.compile("[:.=-]|on|as|of|at|per|am|au|du|le|vom|zum|the|:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_CODE = Pattern.compile(
            "\\b(USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|ZAR|SGD|HKD|MXN|BRL|CNY"
                    + "|BHD|KWD|OMR|JOD|TND|LYD|IQD|AED|SAR|QAR)\\b");

    private MetadataReader() {
    }

    static Raw read(List<Line> lines) {
        String account = null;
        RawDate start = null;
        RawDate end = null;
        boolean periodByWord = false;
        Amount opening = null;
        Amount closing = null;
        Map<String, Integer> currencies = new HashMap<>();
        Map<RawDate, Amount> datedBalances = new LinkedHashMap<>();
        RawDate statementDate = null;
        Integer printedYear = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            List<DateMention> mentions = DateMention.find(line.words());
            for (DateMention d : mentions) {
                if (d.date().year() != null && (printedYear == null || d.date().year() > printedYear)) {
                    printedYear = d.date().year();
                }
            }
            if (statementDate == null && !mentions.isEmpty()) {
                statementDate = labelledDate(line, mentions);
            }
            if (account == null) {
                Matcher m = ACCOUNT.matcher(text);
                if (m.find()) {
                    account = mask(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
            if (start == null || !periodByWord) {
                for (int k = 0; k + 1 < mentions.size(); k++) {
                    boolean byWord = PERIOD_WORD.matcher(text).find();
                    if (separatedByRange(line.words(), mentions.get(k), mentions.get(k + 1))
                            || byWord && mentions.size() == 2) {
                        if (start == null || byWord) {
                            start = mentions.get(k).date();
                            end = mentions.get(k + 1).date();
                            periodByWord = byWord;
                        }
                        break;
                    }
                }
            }
            if (opening == null) {
                opening = labelled(lines, i, OPENING);
            }
            if (closing == null) {
                closing = labelled(lines, i, CLOSING);
            }
            if (opening == null || closing == null) {
                datedBalance(lines, i, datedBalances);
            }
            Matcher c = CURRENCY_CODE.matcher(text);
            while (c.find()) {
                currencies.merge(c.group(1), 1, Integer::sum);
            }
            for (Phrase p : Phrase.split(line)) {
                AmountParser.parseInMoneyPlace(p.text()).map(Amount::currency).ifPresent(code -> currencies.merge(code, 1,
                        Integer::sum));
            }
        }
        if (opening == null || closing == null) {
            // A label wrapped inside its cell of a summary grid is on no one line: read it cell by cell.
            LabelCells cells = LabelCells.of(lines);
            opening = opening != null ? opening : cells.amountBeside(OPENING);
            closing = closing != null ? closing : cells.amountBeside(CLOSING);
        }
        if ((opening == null || closing == null) && !datedBalances.isEmpty()) {
            Amount[] ends = byDate(datedBalances, start, end);
            opening = opening != null ? opening : ends[0];
            closing = closing != null ? closing : ends[1];
        }
        String currency = currencies.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        return new Raw(account, currency, start, end, opening, closing, statementDate, printedYear);
    }

    // The date right after a statement date label on its line ("Statement date 01/08/2025 · Payment due ...").
    private static RawDate labelledDate(Line line, List<DateMention> mentions) {
        Matcher m = STATEMENT_DATE.matcher(foldedText(line));
        if (!m.find()) {
            return null;
        }
        int labelLast = wordContaining(line, m.end() - 1);
        for (DateMention d : mentions) {
            if (d.from() > labelLast) {
                int k = labelLast + 1;
                while (k < d.from() && LINKING.matcher(line.words().get(k).text()).matches()) {
                    k++;
                }
                return k == d.from() ? d.date() : null;
            }
        }
        return null;
    }

    // A phrase "Balance on DATE" with its amount after the date, in the same phrase or the next one.
    private static void datedBalance(List<Line> lines, int index, Map<RawDate, Amount> found) {
        List<Phrase> phrases = Phrase.split(lines.get(index));
        for (int j = 0; j < phrases.size(); j++) {
            List<Word> words = phrases.get(j).words();
            List<DateMention> dates = DateMention.find(words);
            if (dates.isEmpty() || dates.get(0).from() == 0
                    || !DATED_BALANCE.matcher(Folding.fold(Phrase.join(words, 0, dates.get(0).from()))).matches()) {
                continue;
            }
            int after = dates.get(0).to();
            Optional<Amount> amount = after < words.size()
                    ? AmountParser.parseInMoneyPlace(Phrase.join(words, after, words.size()))
                    : j + 1 < phrases.size() ? AmountParser.parseInMoneyPlace(phrases.get(j + 1).text())
                    : Optional.empty();
            if (amount.isEmpty() && after == words.size()) {
                amount = Optional.ofNullable(amountBelow(lines, index, phrases.get(j).left(), phrases.get(j).right()));
            }
            String label = Phrase.join(words, 0, dates.get(0).from());
            amount.ifPresent(a -> found.putIfAbsent(dates.get(0).date(), BalanceSide.signed(a, label)));
        }
    }

    // Two balances named by their dates are the opening (the earlier) and the closing; a single one is either
    // where its date is the period's first or last day. {opening, closing}, each null when not told.
    private static Amount[] byDate(Map<RawDate, Amount> balances, RawDate start, RawDate end) {
        Amount[] ends = new Amount[2];
        List<RawDate> dates = List.copyOf(balances.keySet());
        if (dates.size() == 2) {
            int order = order(dates.get(0), dates.get(1));
            if (order != 0) {
                ends[0] = balances.get(dates.get(order < 0 ? 0 : 1));
                ends[1] = balances.get(dates.get(order < 0 ? 1 : 0));
            }
        } else if (dates.size() == 1) {
            RawDate d = dates.get(0);
            ends[0] = d.equals(start) ? balances.get(d) : null;
            ends[1] = d.equals(end) ? balances.get(d) : null;
        }
        return ends;
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

    private static boolean separatedByRange(List<Word> words, DateMention a, DateMention b) {
        if (b.from() == a.to()) {
            return false;
        }
        if (b.from() - a.to() == 1) {
            return DateMention.isRangeWord(words.get(a.to()).text());
        }
        return false;
    }

    // A label's amount is to its right on the same line, or below it on one of the next lines.
    private static Amount labelled(List<Line> lines, int index, Pattern label) {
        Line line = lines.get(index);
        Matcher m = label.matcher(foldedText(line));
        if (!m.find()) {
            return null;
        }
        int labelFirst = wordContaining(line, m.start());
        float labelLeft = line.words().get(labelFirst).x();
        int labelLast = wordContaining(line, m.end() - 1);
        // The side words right after the label are part of it ("Nouveau solde débiteur").
        int sideEnd = labelLast + 1;
        while (sideEnd < line.words().size() && BalanceSide.isSideWord(line.words().get(sideEnd).text())) {
            sideEnd++;
        }
        String labelText = Phrase.join(line.words(), labelFirst, sideEnd);
        float labelRight = line.words().get(sideEnd - 1).right();
        Amount sameLine = amountAfter(line.words(), sideEnd);
        return BalanceSide.signed(sameLine != null ? sameLine : amountBelow(lines, index, labelLeft, labelRight),
                labelText);
    }

    // The first amount on the next lines (at most three, within five text heights) that lies under [left, right].
    private static Amount amountBelow(List<Line> lines, int index, float labelLeft, float labelRight) {
        Line line = lines.get(index);
        for (int k = index + 1; k < Math.min(lines.size(), index + 4); k++) {
            Line below = lines.get(k);
            if (below.y() - line.y() > 5f * line.height()) {
                break;
            }
            for (Phrase p : Phrase.split(below)) {
                boolean under = p.right() >= labelLeft - 2 && p.left() <= labelRight + 2;
                Optional<Amount> a = under ? AmountParser.parseInMoneyPlace(p.text()) : Optional.empty();
                if (a.isPresent()) {
                    return a.get();
                }
            }
        }
        return null;
    }

    // The amount printed after a label, past a colon and a date ("Beginning balance on 11/20/2025 $2,794.08").
    private static Amount amountAfter(List<Word> words, int from) {
        return amountAfter(words, from, true);
    }

    private static Amount amountAfter(List<Word> words, int from, boolean mayCount) {
        int k = from;
        while (k < words.size() && LINKING.matcher(words.get(k).text()).matches()) {
            k++;
        }
        List<DateMention> dates = DateMention.find(words.subList(k, words.size()));
        if (!dates.isEmpty() && dates.get(0).from() == 0) {
            k += dates.get(0).to();
        }
        for (int n = Math.min(4, words.size() - k); n >= 1; n--) {
            Optional<Amount> a = AmountParser.parseInMoneyPlace(Phrase.join(words, k, k + n));
            if (a.isPresent()) {
                return a.get();
            }
        }
        // A summary box may count the items before their amount ("Ending Balance 49 $567.39"): the count is no money.
        if (mayCount && k + 1 < words.size() && RegexChars.isDigits(words.get(k).text())) {
            return amountAfter(words, k + 1, false);
        }
        return null;
    }

    // The labels are matched on the line's words folded (lower case, no accents: "SOLDE PRECEDENT" is a label)
    // and joined by one space; wordContaining maps an offset of this text back to its word.
    private static String foldedText(Line line) {
        StringBuilder text = new StringBuilder();
        for (Word w : line.words()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Folding.fold(w.text()));
        }
        return text.toString();
    }

    // Index of the word that holds a character offset of the line's folded text (see foldedText).
    private static int wordContaining(Line line, int offset) {
        int pos = 0;
        List<Word> words = line.words();
        for (int k = 0; k < words.size(); k++) {
            pos += Folding.fold(words.get(k).text()).length();
            if (offset < pos) {
                return k;
            }
            pos++;
        }
        return words.size() - 1;
    }

    private static String mask(String printed) {
        String digits = printed.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return printed.strip();
        }
        return "****" + digits.substring(digits.length() - 4);
    }
}
