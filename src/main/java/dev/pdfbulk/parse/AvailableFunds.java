package dev.pdfbulk.parse;

import java.util.regex.Pattern;

/**
 * An undated line with an amount that says what the holder may still spend or draw, printed under the rows or the
 * closing balance ("Verfügbarer Rahmen 7.956,42", "Eingeräumte Kontoüberziehung 3.000,00", "Available credit 2,150.00",
 * "Credit limit 5,000.00", "Saldo disponible"): information on the account, never a transaction, nor a balance the rows reach. Only the whole
 * line's text is such a label (maybe with the day it is as of), so "Credit limit fee" stays a row. Stateless.
 */
final class AvailableFunds {

    private static final Pattern LABEL = Pattern.compile("^(?:"
            // German: the credit line or overdraft facility and what is still available of it.
            + "(?:verfugbare[rs]? )?(?:kredit|uberziehungs|dispo|konto)?rahmen|verfugbar(?:e[rs]?)?"
            + "(?: (?:betrag|saldo|guthaben|kontostand|limit|kreditrahmen))?|"
            // The overdraft the bank has granted ("Eingeräumte Kontoüberziehung", "Vereinbarter Rahmen").
            + "(?:eingeraumte[rs]?|vereinbarte[rs]?|genehmigte[rs]?) (?:(?:konto)?uberziehung|(?:kredit|uberziehungs|dispo|konto)?rahmen"
            + "|dispositionskredit)|"
            // English.
            + "(?:total )?available(?: (?:balance|credit|credit limit|funds|limit|cash|cash limit|to spend))?|"
            + "(?:credit|overdraft|arranged overdraft|cash|cash advance) limit|"
            // Spanish, French, Italian, Portuguese, Dutch.
            + "(?:saldo|credito|limite|solde|credit|montant|limite de credito) disponibles?|disponibles?|"
            + "limite de credito|saldo disponibile|fido(?: disponibile)?|beschikbaar(?: saldo| bedrag)?|kredietlimiet"
            + ")(?: (?:per|am|zum|as of|as at|at|on|au|al)\\b.*)?:?$");

    private AvailableFunds() {
    }

    /** Whether {@code description}, the whole text of an undated line with an amount, names available funds. */
    static boolean names(String description) {
        String d = Folding.fold(description.strip());
        // Every label holds one of these: most lines skip the pattern.
        if (!(d.contains("verfugbar") || d.contains("rahmen") || d.contains("uberziehung") || d.contains("availab")
                || d.contains("limit") || d.contains("disponib") || d.contains("fido") || d.contains("beschikbaar"))) {
            return false;
        }
        return LABEL.matcher(d).matches();
    }
}
