package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement holding accounts or balances in more than one currency ("EUR balance 1,277.78 EUR" over "GBP balance
 * 264.42 GBP"; a portfolio summary listing "HKD Savings 123-456789-833 HKD ..." and "USD Savings 123-456789-838 USD
 * ..."; Revolut's "EUR transactions from ..." over "GBP transactions from ..."): outside the table, two different
 * currency codes each alone on a line that names a balance or an account number, or that titles a section with the
 * code first (a line naming two codes gives one money's equivalent in another). Such a statement has no one currency, opening or closing balance, and its rows' amounts cannot be summed
 * as one money: it is recorded with none of them, and never as reconciled. Stateless.
 */
final class SeveralCurrencies {

    static final Pattern CODE = Pattern.compile("\\b(USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK"
            + "|HUF|INR|ZAR|SGD|HKD|MXN|BRL|CNY|AED|SAR|QAR|KES|MYR|NGN|GHS|EGP|THB|IDR|TWD|PKR|ILS|RUB|UAH|RON|TRY)\\b");
    // A code first, then the words titling its rows ("EUR transactions from ...", "GBP Statement").
    private static final Pattern SECTION_TITLE = Pattern.compile("\\s*" + CODE.pattern()
            + "\\s+(?i:transactions|statement)\\b");
    // The words naming a balance, folded: English, Spanish/Italian/Portuguese/German "saldo", French "solde".
    private static final String[] BALANCE_WORDS = {"balance", "saldo", "solde", "kontostand"};
    // An account number: digits, with dashes or none, at least this many digits.
    private static final int ACCOUNT_DIGITS = 6;

    private SeveralCurrencies() {
    }

    /** The currency codes naming a balance's or an account's money on the lines given, in code order. */
    static Set<String> named(List<Line> lines) {
        Set<String> codes = new TreeSet<>();
        for (Line line : lines) {
            String text = line.text();
            Set<String> onLine = codes(text);
            // One code to the line: a line naming two ("Balance USD 4,762.16 (EUR 4,380.12 equivalent)", an exchange
            // rate) gives one money in another, no second balance.
            if (onLine.size() == 1
                    && (namesBalance(text) || hasAccountNumber(line.words()) || titlesSection(text))) {
                codes.addAll(onLine);
            }
        }
        return codes;
    }

    /** The currency codes a text names ("EUR transactions from ..."), in code order. */
    static Set<String> codes(String text) {
        // Cheap necessary condition: three capitals in a row somewhere in the text.
        if (!hasThreeCapitals(text)) {
            return Set.of();
        }
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /**
     * The statement as read, or, where its balances or accounts are in several currencies, without one; unless the
     * page proves which of them is the account's own ({@link OwnCurrencyLine}): then in that one.
     */
    static Statement apart(Statement s, List<Line> otherLines, List<TableFragment> table) {
        // Accounts read each in its own section have each their own currency and balances.
        if (!s.sections().isEmpty()) {
            return s;
        }
        Set<String> codes = named(otherLines);
        if (codes.size() < 2) {
            return s;
        }
        StatementMetadata m = s.metadata();
        String own = OwnCurrencyLine.of(s, otherLines, table);
        if (own != null) {
            return new Statement(new StatementMetadata(m.account(), own, m.periodStart(), m.periodEnd(),
                    m.openingBalance(), m.closingBalance()), s.transactions(), s.pageCount(), s.reconciliation());
        }
        StatementMetadata none = new StatementMetadata(m.account(), null, m.periodStart(), m.periodEnd(), null, null);
        Reconciliation r = s.reconciliation().status() == ReconciliationStatus.RECONCILED
                ? Reconciliation.unverified("balances in several currencies (" + String.join(", ", codes)
                + "): no one opening and closing balance to check the rows against")
                : s.reconciliation();
        return new Statement(none, s.transactions(), s.pageCount(), r);
    }

    // A section of one currency's rows, titled by its code first ("EUR transactions from June 1, 2025 to June 30,
    // 2025", "GBP Statement"), is that currency's account.
    private static boolean titlesSection(String text) {
        return SECTION_TITLE.matcher(text).lookingAt();
    }

    static boolean hasThreeCapitals(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= 'A' && c <= 'Z' ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    static boolean namesBalance(String text) {
        String folded = Folding.fold(text);
        for (String w : BALANCE_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAccountNumber(List<Word> words) {
        for (Word w : words) {
            String t = w.text();
            int digits = 0;
            boolean other = false;
            for (int i = 0; i < t.length() && !other; i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != '-') {
                    other = true;
                }
            }
            if (!other && digits >= ACCOUNT_DIGITS) {
                return true;
            }
        }
        return false;
    }
}
