package dev.pdfbulk.parse;

import java.util.regex.Pattern;

/**
 * Wording that says an account is a loan ("AUTO LOAN 2022 SUBARU OUTBACK", "Mortgage", "Préstamo"): its balance is
 * the principal owed, which a payment lowers and an advance raises, as a card's balance owed is. Never "line of
 * credit" ({@link CardWording}: a checking account's overdraft line is one). Stateless.
 */
final class LoanWording {

    private static final Pattern LOAN = Pattern.compile("\\b(?:loans?|mortgage|heloc|prestamo|darlehen|hypothek)\\b");
    // A deposit named after the loan it serves ("Mortgage Offset Account", "Loan Savings"): money in raises it.
    private static final Pattern DEPOSIT = Pattern.compile(
            "\\b(?:offset|savings?|deposits?|checking|chequing|current|share|sparen|ahorros?|cuenta corriente)\\b");

    private LoanWording() {
    }

    /** Whether a section's heading titles a loan. */
    static boolean titles(Line heading) {
        if (heading == null) {
            return false;
        }
        String folded = Folding.fold(heading.text());
        return LOAN.matcher(folded).find() && !DEPOSIT.matcher(folded).find();
    }
}
