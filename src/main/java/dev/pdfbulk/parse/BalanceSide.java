package dev.pdfbulk.parse;

import java.util.Set;
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
        for (String w : WORD_BREAK.split(Folding.fold(label))) {
            debit |= DEBIT.contains(w);
            credit |= CREDIT.contains(w);
        }
        if (debit == credit) {
            return amount;
        }
        return new Amount(amount.magnitude(), debit ? Amount.Mark.DR : Amount.Mark.CR, amount.currency(),
                amount.number());
    }
}
