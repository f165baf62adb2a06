package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads what a statement says about itself from the text outside its transaction table: account,
 * period, opening and closing balance, currency. Each part stays null when not printed. The account is the number
 * labelled as the account's ({@link AccountReader}). The balances come from
 * their labels ({@link BalanceLabels}), else from a summary grid's cells ({@link LabelCells}), else from balances
 * named by their dates ({@link DatedBalances}). Stateless.
 */
final class MetadataReader {

    /**
     * Raw metadata: dates still undecided between day-first and month-first.
     *
     * @param statementDate the statement (closing) date printed without a period ("Statement date 01/08/2025"),
     *                      or null
     * @param printedYear   the latest year of any full date printed outside the table, or null when none
     * @param cycleDays     the days a card's billing cycle is printed to last ("Days in Billing Cycle 31"), or null
     */
    record Raw(String account, String currency, RawDate periodStart, RawDate periodEnd, Amount opening,
               Amount closing, RawDate statementDate, Integer printedYear, Integer cycleDays) {

        Raw(String account, String currency, RawDate periodStart, RawDate periodEnd, Amount opening, Amount closing,
            RawDate statementDate, Integer printedYear) {
            this(account, currency, periodStart, periodEnd, opening, closing, statementDate, printedYear, null);
        }

        /** The date the statement's period ends: the printed period's end, else the statement date. */
        RawDate closingDate() {
            return periodEnd != null ? periodEnd : statementDate;
        }
    }

    // A period's ends labelled each on a line of its own ("DESDE: 01/08/2025" over "HASTA: 31/08/2025", ANZ's
    // "Statement starts 17 April 2025" over "Statement ends 16 May 2025", "Start Date: 01-Mar-2025" over "End Date:
    // 31-Mar-2025", "From Date : 2025-06-01" over "To Date : 2025-06-30").
    private static final Pattern PERIOD_FROM = Pattern.compile(
            "\\b(?:desde|from date|from|von|vom|dal|starts|start date)\\b");
    private static final Pattern PERIOD_TO = Pattern.compile("\\b(?:hasta|to date|to|bis|al|au|ate|ends|end date)\\b");
    // How many words a label said again after a slash may have ("/ Tarikh Penyata:").
    private static final int TRANSLATION_WORDS = 3;
    // How many lines apart the two labelled ends of one period may be.
    private static final int PERIOD_LINES = 3;
    private static final Pattern STATEMENT_DATE = Pattern.compile(
            "statement (?:closing )?date|closing date|date of (?:this )?statement|billing date|statement cycle date|"
                    + "stichtag|date (?:du releve|d'arrete)|fecha de corte|"
                    // A Brazilian card's closing day ("Fechamento: 01/01/2026"), not its due date ("Vencimento").
                    + "(?:data (?:de |do )?)?fechamento|fecha de cierre|"
                    // Chinese: the bill's closing day ("帳單結帳日", "结账日"), the bill's day ("账单日").
                    + "(?:帳單|账单)?(?:結帳|结账|結賬|结帐)日|(?:帳單|账单)日", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern CURRENCY_CODE = Pattern.compile(
            "\\b(USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|ZAR|SGD|HKD|MXN|BRL|CNY"
                    + "|BHD|KWD|OMR|JOD|TND|LYD|IQD|AED|SAR|QAR"
                    // Codes no English word spells, of currencies with cents ("Currency KES"; never "KRW", whose
                    // whole won would fail a statement in cents that merely mentions it).
                    + "|KES|MYR|NGN|GHS|EGP|TZS|THB|IDR|TWD|PKR|BDT|LKR|ILS|RUB|UAH"
                    // The Caribbean's and Uruguay's, whose "$" alone is no one currency ("PREMIUM CHEQUING (TTD)").
                    + "|TTD|JMD|BBD|BSD|XCD|DOP|UYU)\\b"
                    // A dot right after makes it an abbreviation: Turkish addresses' "CAD." (Caddesi, the street).
                    + "(?!\\.)");
    private static final LabelSearch CODES = LabelSearch.of(CURRENCY_CODE);

    private MetadataReader() {
    }

    static Raw read(List<Line> lines) {
        return read(lines, null, null);
    }

    /**
     * As {@link #read(List)}, for lines that are part of a statement (one account's section of it) printed under the
     * statement's period: balances named by their dates are told apart by that period where the lines print none.
     */
    static Raw read(List<Line> lines, RawDate periodStart, RawDate periodEnd) {
        RawDate start = null;
        RawDate end = null;
        boolean periodByWord = false;
        int periodPage = 0;
        Amount opening = null;
        Amount closing = null;
        Map<String, Integer> currencies = new HashMap<>();
        String labelledCurrency = null;
        String titleCurrency = null;
        String spelledCurrency = null;
        DatedBalances datedBalances = new DatedBalances();
        RawDate statementDate = null;
        RawDate openedOn = null;
        RawDate closedOn = null;
        Integer printedYear = null;
        RawDate labelledFrom = null;
        RawDate labelledTo = null;
        int fromLine = 0;
        Integer cycleDays = null;
        // A box titled as reward points or miles prints their balances, never the statement's money.
        boolean[] points = PointsBlocks.of(lines);
        boolean datedAbove = true;
        List<Line> readingLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            List<DateMention> mentions = DateMention.find(line.words());
            boolean dated = !mentions.isEmpty();
            // Dates glued into one word ("12/15/24-01/14/25") count for the printed year and the period.
            List<Word> unglued = PeriodReader.unglued(line.words());
            List<DateMention> ungluedMentions = unglued == line.words() ? mentions : DateMention.find(unglued);
            for (DateMention d : ungluedMentions) {
                if (d.date().year() != null && (printedYear == null || d.date().year() > printedYear)) {
                    printedYear = d.date().year();
                }
            }
            if (statementDate == null && !ungluedMentions.isEmpty()) {
                // A label glued to its date by a colon ("帳單結帳日：113/06/20") is read from the words parted there.
                statementDate = unglued == line.words() ? labelledDate(line, mentions, STATEMENT_DATE)
                        : labelledDate(new Line(line.page(), line.y(), line.height(), unglued), ungluedMentions,
                        STATEMENT_DATE);
                if (statementDate == null && !datedAbove) {
                    // "STATEMENT DATE" heading a grid's cell over "15/10/25" (a row of labels holds no date).
                    statementDate = GridDate.under(lines.get(i - 1), line, mentions, STATEMENT_DATE);
                }
                if (statementDate == null && i + 1 < lines.size()) {
                    // ": 30/06/25" between "TARIKH PENYATA" and "STATEMENT DATE", the label's two languages.
                    statementDate = GridDate.between(line, lines.get(i + 1), mentions, STATEMENT_DATE);
                }
            }
            datedAbove = dated;
            if (cycleDays == null) {
                cycleDays = CycleDays.of(text);
            }
            if (start == null || !periodByWord) {
                PeriodReader.Found period = PeriodReader.find(text, unglued, ungluedMentions);
                // A worded period ("from ... to") outranks a bare one on its page, not one a page before it: a later
                // page's "Your spending from 12/15/24 to 12/14/25" is a year-end summary's.
                if (period != null && (start == null || period.byWord() && line.page() == periodPage)) {
                    periodPage = line.page();
                    start = period.start();
                    end = period.end();
                    periodByWord = period.byWord();
                    // A period of month and year alone ("May 2025") is no date mention, yet prints the year.
                    if (end.year() != null && (printedYear == null || end.year() > printedYear)) {
                        printedYear = end.year();
                    }
                }
            }
            if (start == null && labelledFrom == null && !mentions.isEmpty()) {
                labelledFrom = labelledDate(line, mentions, PERIOD_FROM);
                fromLine = i;
            }
            if (labelledFrom != null && labelledTo == null && i - fromLine <= PERIOD_LINES && !mentions.isEmpty()) {
                labelledTo = labelledDate(line, mentions, PERIOD_TO);
            }
            if (opening == null && !points[i]) {
                opening = BalanceLabels.opening(lines, i);
                openedOn = opening == null ? null : labelledDate(line, mentions, BalanceLabelWords.OPENING);
            }
            if (closing == null && !points[i]) {
                closing = BalanceLabels.closing(lines, i);
                closedOn = closing == null ? null : labelledDate(line, mentions, BalanceLabelWords.CLOSING);
            }
            if ((opening == null || closing == null) && !points[i]) {
                datedBalances.read(lines, i);
            }
            // A right-to-left label's value stands on its left ("جنيه مصري   العملة :"): its cells read right to left.
            Line reading = RightToLeftLabels.readingOrder(line);
            readingLines.add(reading);
            if (labelledCurrency == null) {
                labelledCurrency = CurrencyLabel.of(reading);
            }
            if (titleCurrency == null) {
                titleCurrency = AccountTitleCurrency.of(line);
            }
            if (spelledCurrency == null) {
                spelledCurrency = SpelledCurrency.of(line);
            }
            for (MatchResult c = CODES.find(text, 0); c != null; c = CODES.find(text, c.end())) {
                currencies.merge(c.group(1), 1, Integer::sum);
            }
            for (Phrase p : Phrase.split(line)) {
                AmountParser.parseInMoneyPlace(p.text()).map(Amount::currency).ifPresent(code -> currencies.merge(code, 1,
                        Integer::sum));
            }
        }
        if (opening == null || closing == null) {
            // A label wrapped inside its cell of a summary grid is on no one line: read it cell by cell.
            LabelCells cells = LabelCells.of(outside(lines, points));
            opening = opening != null ? opening : cells.amountBeside(BalanceLabelWords.OPENING);
            closing = closing != null ? closing : cells.amountBeside(BalanceLabelWords.CLOSING);
        }
        if ((opening == null || closing == null) && !datedBalances.isEmpty()) {
            DatedBalances.Ends ends = start == null && end == null ? datedBalances.ends(periodStart, periodEnd)
                    : datedBalances.ends(start, end);
            opening = opening != null ? opening : ends.opening();
            closing = closing != null ? closing : ends.closing();
        }
        for (int i = 0; closing == null && opening != null && i < lines.size(); i++) {
            // "Previous Balance" ... "Current Balance": with no closing label, the current one closes the period.
            closing = points[i] ? null : BalanceLabels.current(lines, i);
        }
        if (start == null && end == null && labelledFrom != null && labelledTo != null) {
            start = labelledFrom;
            end = labelledTo;
        }
        if (start == null && end == null) {
            // "Beginning balance on 12/16" and "Ending balance on 1/15" tell the period where none is printed.
            start = openedOn;
            end = closedOn;
        }
        // A currency named under its label ("Currency: NGN") is the account's, or spelled out as the amounts' ("(en
        // dollars canadiens)"); else the one its amounts carry most. Only where none names one, the unit an account's
        // title line ends with ("SAVINGS ACCOUNT  RM").
        String named = labelledCurrency != null ? labelledCurrency : spelledCurrency;
        String currency = named != null ? named : currencies.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(titleCurrency);
        String account = AccountReader.read(readingLines);
        return new Raw(account, currency, start, end, opening, closing, statementDate, printedYear, cycleDays);
    }

    private static List<Line> outside(List<Line> lines, boolean[] excluded) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!excluded[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    // The label said again in another language after a slash, its last word ending with a colon ("Statement Date /
    // Tarikh Penyata: 31/07/2025", as Malaysian banks print it): the index of the word after it, else {@code slash}.
    private static int pastTranslation(List<Word> words, int slash, int limit) {
        for (int j = slash + 1; j < limit && j <= slash + TRANSLATION_WORDS; j++) {
            String w = words.get(j).text();
            if (RegexChars.hasDigit(w)) {
                return slash;
            }
            if (w.endsWith(":")) {
                return PrintedLabel.pastLinkingWords(words, j + 1, limit);
            }
        }
        return slash;
    }

    // The date right after a label on its line, past linking words ("Statement date 01/08/2025 · Payment due ...",
    // "Ending balance on 1/15 $87,319.69") and past the label said again in another script after its Latin words
    // ("From  من  01/04/2025", as Gulf banks print each label in English and Arabic).
    private static RawDate labelledDate(Line line, List<DateMention> mentions, Pattern labels) {
        PrintedLabel label = PrintedLabel.find(line, labels);
        if (label == null) {
            return null;
        }
        List<Word> words = line.words();
        for (DateMention d : mentions) {
            if (d.from() > label.last()) {
                int k = PrintedLabel.pastLinkingWords(words, label.last() + 1, d.from());
                if (k < d.from() && BilingualCell.latin(words.get(label.last()).text())) {
                    while (k < d.from() && BilingualCell.otherScript(words.get(k).text())) {
                        k++;
                    }
                    k = PrintedLabel.pastLinkingWords(words, k, d.from());
                }
                if (k < d.from() && words.get(k).text().equals("/")) {
                    k = pastTranslation(words, k, d.from());
                }
                return k == d.from() ? d.date() : null;
            }
        }
        return null;
    }
}
