package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The currency an account's title line ends with, alone: "MAYBANK SAVINGS ACCOUNT   RM", "Reikningur 0111-26-004512
 * Almennur veltureikningur ISK". The line names the account (an account label, or the word "account") and prints no
 * amount; its last word is a currency code an amount may carry or a sign that names one currency only ("RM", "€",
 * "£"; never "$" or "kr"); so may a cell of a line ("SAVINGS ACCOUNT - PHP", "Cont curent - RON"). Only where
 * nothing else names the statement's currency: a label or the amounts outweigh it. Stateless.
 */
final class AccountTitleCurrency {

    // An amount ("1,277.78", "412.870"): a line printing one is a balance or a summary, no title.
    private static final Pattern MONEY = Pattern.compile("\\d[.,]\\d{2,3}\\b");
    // A title is short: a bank's product name, the number, the unit.
    private static final int TITLE_WORDS = 10;
    // The word "account" in a title, English and Romanian ("Cont curent - RON"; no account label: "cont" is a number's
    // label nowhere else).
    private static final Set<String> TITLE_WORDS_OF_ACCOUNT = Set.of("account", "cont");

    private AccountTitleCurrency() {
    }

    /**
     * The currency the line ends with as an account's title, or null; else the one a cell of it ends with so ("SAVINGS
     * ACCOUNT - PHP" beside "PAGE 1 OF 1", Romanian "Cont curent - RON" beside the holder's address).
     */
    static String of(Line line) {
        List<Word> words = line.words();
        // Cheap necessary condition: a line of two words or more; for a cell's title, a unit among them.
        if (words.size() < 2) {
            return null;
        }
        String code = of(words, line.text());
        if (code != null || words.size() == 2) {
            return code;
        }
        boolean unit = false;
        for (int k = 1; k < words.size() && !unit; k++) {
            String w = words.get(k).text();
            unit = w.length() <= 3 && HeaderCurrency.code(w) != null;
        }
        if (!unit) {
            return null;
        }
        List<Phrase> cells = Phrase.split(line);
        for (int i = 0; i < cells.size() && cells.size() > 1; i++) {
            Phrase cell = cells.get(i);
            code = cell.words().size() > 1 ? of(cell.words(), cell.text()) : null;
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String of(List<Word> words, String text) {
        if (words.size() < 2 || words.size() > TITLE_WORDS || words.get(words.size() - 1).text().length() > 3) {
            return null;
        }
        String code = HeaderCurrency.code(words.get(words.size() - 1).text());
        if (code == null || code.length() != 3 || MONEY.matcher(text).find()) {
            return null;
        }
        for (int k = 0; k < words.size() - 1; k++) {
            String folded = Folding.fold(words.get(k).text());
            if (TITLE_WORDS_OF_ACCOUNT.contains(folded) || AccountLabels.kind(folded) == AccountLabels.Kind.ACCOUNT) {
                return code;
            }
        }
        return null;
    }
}
