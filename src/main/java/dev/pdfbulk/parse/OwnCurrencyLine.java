package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Word;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Which of a summary's lines in several currencies is the statement's own account, where the page proves it: an
 * integrated account's summary listing "HKD Savings 368-1-234567-8  HKD  48,440.90" over "USD Savings 368-1-234567-8
 * USD  1,204.50", above one table titled "HKD Savings 368-1-234567-8". The table's title, the nearest line above its
 * header naming a currency code, prints no amount and names one code; every other page's title, if any, names the
 * same; the rows add up to their own balances (reconciled); and a summary line naming that code prints the closing
 * balance they reach. The other lines are other accounts, listed beside it. Stateless.
 */
final class OwnCurrencyLine {

    private OwnCurrencyLine() {
    }

    /** The code of the statement's own currency, where the page proves it; else null. */
    static String of(Statement s, List<Line> otherLines, List<TableFragment> table) {
        BigDecimal closing = s.metadata().closingBalance();
        if (s.reconciliation().status() != ReconciliationStatus.RECONCILED || closing == null || table.isEmpty()) {
            return null;
        }
        String own = null;
        for (int k = 0; k < table.size(); k++) {
            TableFragment f = table.get(k);
            if (Float.isNaN(f.headerY())) {
                continue;
            }
            Line title = title(f, otherLines);
            if (title == null) {
                if (k == 0) {
                    return null;
                }
                continue;
            }
            String code = soleCode(title.text());
            if (code == null || printsAmount(title) || own != null && !own.equals(code)) {
                return null;
            }
            own = code;
        }
        String read = s.metadata().currency();
        if (own == null || read != null && !read.equals(own)) {
            return null;
        }
        for (Line line : otherLines) {
            String text = line.text();
            if (SeveralCurrencies.hasThreeCapitals(text) && own.equals(soleCode(text)) && prints(line, closing)
                    && (SeveralCurrencies.namesBalance(text) || SeveralCurrencies.hasAccountNumber(line.words()))) {
                return own;
            }
        }
        return null;
    }

    // The nearest line above the fragment's header on its page, within a heading's reach, that names a currency code.
    private static Line title(TableFragment f, List<Line> otherLines) {
        int seen = 0;
        for (int i = otherLines.size() - 1; i >= 0 && seen < AccountSections.HEADING_LINES; i--) {
            Line line = otherLines.get(i);
            if (line.page() != f.page() || line.y() >= f.headerY()) {
                continue;
            }
            seen++;
            if (SeveralCurrencies.hasThreeCapitals(line.text()) && SeveralCurrencies.CODE.matcher(line.text()).find()) {
                return line;
            }
        }
        return null;
    }

    // The one code the text names, or null when it names none or two.
    private static String soleCode(String text) {
        Matcher m = SeveralCurrencies.CODE.matcher(text);
        String code = null;
        while (m.find()) {
            if (code != null && !code.equals(m.group(1))) {
                return null;
            }
            code = m.group(1);
        }
        return code;
    }

    private static boolean printsAmount(Line line) {
        for (Word w : line.words()) {
            if (AmountParser.parse(w.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // Whether a word of the line is the amount given, unsigned.
    private static boolean prints(Line line, BigDecimal value) {
        for (Word w : line.words()) {
            Optional<Amount> a = AmountParser.parse(w.text());
            if (a.isPresent() && a.get().magnitude().compareTo(value.abs()) == 0) {
                return true;
            }
        }
        return false;
    }
}
