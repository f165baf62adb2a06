package dev.pdfbulk.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The side a balance's label says it is on: "Solde débiteur", "Debit balance", "Overdrawn balance", "Sollsaldo",
 * "Saldo deudor" are debit balances (overdrawn, for a bank account); "Solde créditeur", "Credit balance",
 * "Habensaldo", "Saldo acreedor" credit balances. The label signs an amount printed without a mark of its own.
 * Stateless and thread-safe.
 */
final class BalanceSide {

    /** Words (folded: lower case, no accents) that put a balance on the debit side. */
    static final Set<String> DEBIT = Set.of("debiteur", "debitrice", "debit", "overdrawn", "soll", "sollsaldo",
            "deudor", "debitore", "devedor", "debet", "debetsaldo");
    /** Words (folded) that put a balance on the credit side. */
    static final Set<String> CREDIT = Set.of("crediteur", "creditrice", "credit", "haben", "habensaldo",
            "acreedor", "creditore", "credor", "creditsaldo");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s:,]+");
    // Whose favour a balance is in (folded): the holder's ("in your favour", "i Deres favør", "zu Ihren Gunsten", "en
    // votre faveur", "a su favor") is a credit balance, the bank's ("in our favour", "zu unseren Gunsten") a debit one.
    private static final Pattern FAVOUR = Pattern.compile(
            "\\b(?:in|i|en|zu|a) (?:(your|deres|dere|din|dit|jeres|ihren|ihrem|votre|su|vostro|uw)|"
                    + "(our|var|vores|unseren|unserem|notre|nuestro|nostro|ons)) "
                    + "(?:favou?r|fav\u00f8r|faveur|favore|gunsten|voordeel)\\b");
    // The stems of FAVOUR's last words: each of its matches holds one.
    private static final List<String> FAVOUR_WORDS = List.of("fav", "gunsten", "voordeel");
    // Italian says the side with the holder's own debit or credit ("Saldo attuale a vostro debito", "saldo a credito"):
    // a debit balance is one the holder owes, whatever the account.
    private static final Pattern OWN_SIDE = Pattern.compile(
            "\\ba (?:(?:vostro|vs|suo|tuo) )?(?:(debito)|(credito))\\b");

    private BalanceSide() {
    }

    /** The side words as the alternatives of a regular expression, for a pattern matched on folded text. */
    static String wordAlternatives() {
        return Stream.concat(DEBIT.stream(), CREDIT.stream()).sorted().collect(Collectors.joining("|"));
    }

    /** True for a word that names a balance's side. */
    static boolean isSideWord(String word) {
        String w = Folding.fold(word);
        return DEBIT.contains(w) || CREDIT.contains(w);
    }

    /** The folded label without the words that say whose favour its balance is in ("Saldo i Deres favør"). */
    static String withoutFavour(String folded) {
        // Cheap necessary conditions first: every favour phrase ends in one of FAVOUR_WORDS, every own side in "...ito".
        String text = mayNameFavour(folded) ? FAVOUR.matcher(folded).replaceAll(" ") : folded;
        return (text.contains("debito") || text.contains("credito") ? OWN_SIDE.matcher(text).replaceAll(" ") : text)
                .strip();
    }

    // True when the folded text holds a word that ends every phrase FAVOUR matches.
    static boolean mayNameFavour(String folded) {
        for (String w : FAVOUR_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The amount with the label's side as its mark (DR or CR, which the sign convention reads for a bank account or a
     * card alike), when it has no mark of its own and the label names one side only; else the amount as printed.
     */
    static Amount signed(Amount amount, String label) {
        if (amount == null || amount.mark() != Amount.Mark.NONE) {
            return amount;
        }
        boolean debit = false;
        boolean credit = false;
        String folded = Folding.fold(label);
        for (String w : WORD_BREAK.split(folded)) {
            debit |= DEBIT.contains(w);
            credit |= CREDIT.contains(w);
        }
        Matcher favour = FAVOUR.matcher(folded);
        while (favour.find()) {
            credit |= favour.group(1) != null;
            debit |= favour.group(2) != null;
        }
        Matcher own = OWN_SIDE.matcher(folded);
        while (own.find()) {
            debit |= own.group(1) != null;
            credit |= own.group(2) != null;
        }
        if (debit == credit) {
            return amount;
        }
        return new Amount(amount.magnitude(), debit ? Amount.Mark.DR : Amount.Mark.CR, amount.currency(),
                amount.number());
    }
}
