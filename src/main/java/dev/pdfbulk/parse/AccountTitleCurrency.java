package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The currency an account's title line ends with, alone: "MAYBANK SAVINGS ACCOUNT   RM", "Reikningur 0111-26-004512
 * Almennur veltureikningur ISK". The line names the account (an account label, or the word "account") and prints no
 * amount; its last word is a currency code an amount may carry or a sign that names one currency only ("RM", "€",
 * "£"; never "$" or "kr"). Only where nothing else names the statement's currency: a label or the amounts outweigh
 * it. Stateless.
 */
final class AccountTitleCurrency {

    // An amount ("1,277.78", "412.870"): a line printing one is a balance or a summary, no title.
    private static final Pattern MONEY = Pattern.compile("\\d[.,]\\d{2,3}\\b");
    // A title is short: a bank's product name, the number, the unit.
    private static final int TITLE_WORDS = 10;

    private AccountTitleCurrency() {
    }

    /** The currency the line ends with as an account's title, or null. */
    static String of(Line line) {
        List<Word> words = line.words();
        // Cheap necessary condition: a short line whose last word is short enough to be a unit.
        if (words.size() < 2 || words.size() > TITLE_WORDS || words.get(words.size() - 1).text().length() > 3) {
            return null;
        }
        String code = HeaderCurrency.code(words.get(words.size() - 1).text());
        if (code == null || code.length() != 3 || MONEY.matcher(line.text()).find()) {
            return null;
        }
        for (int k = 0; k < words.size() - 1; k++) {
            String folded = Folding.fold(words.get(k).text());
            if (folded.equals("account") || AccountLabels.kind(folded) == AccountLabels.Kind.ACCOUNT) {
                return code;
            }
        }
        return null;
    }
}
