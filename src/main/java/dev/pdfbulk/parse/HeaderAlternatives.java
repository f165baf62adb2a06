package dev.pdfbulk.parse;

import java.util.List;
import java.util.Set;

/**
 * Header cells that name a column by more than one word joined: alternatives set apart by a slash ("Chq./Ref.No.",
 * "CHEQUE/DEBIT", "Tarih/Saat", "Buchung / Verwendungszweck"), and a money word with its side in parentheses
 * ("Withdrawal (Dr)"). Works on text {@link HeaderVocabulary#normalise normalised} as the vocabulary's phrases are.
 * Stateless and thread-safe.
 */
final class HeaderAlternatives {

    /** Cheque words, spelled out: alone they head a column of cheque numbers, beside a money word the money. */
    private static final Set<String> CHEQUES = Set.of("cheque", "cheques", "check", "checks");

    /** "Or" between two words of a phrase, spaces included. */
    private static final List<String> SPOKEN_OR = List.of(" o ", " or ", " ou ", " oder ");

    private HeaderAlternatives() {
    }

    /**
     * Money out or in with its side in parentheses after it ("Withdrawal (Dr)", "Deposit (Cr)"): the column the
     * word names, when the side agrees with it; null otherwise.
     */
    static ColumnKind signQualified(String normalised) {
        boolean out = normalised.endsWith("(dr)");
        if (!out && !normalised.endsWith("(cr)")) {
            return null;
        }
        String stem = normalised.substring(0, normalised.length() - 4).strip();
        ColumnKind kind = stem.isEmpty() ? null : HeaderVocabulary.kindOf(stem);
        return kind == (out ? ColumnKind.DEBIT : ColumnKind.CREDIT) ? kind : null;
    }

    /**
     * Alternatives joined by a spelled-out "or" (Spanish and Italian "o", Portuguese and French "ou", German "oder":
     * "Cheques o Cargos", "Depósitos o Abonos"), normalised: read as if joined by a slash; null when no such word
     * stands between two words, or when the alternatives name no one kind.
     */
    static ColumnKind spokenKindOf(String normalised) {
        String slashed = normalised;
        for (String or : SPOKEN_OR) {
            slashed = slashed.replace(or, "/");
        }
        return slashed.equals(normalised) ? null : kindOf(slashed);
    }

    /**
     * Alternatives joined by a slash ("Chq./Ref.No.", "CHEQUE/DEBIT", "Date/Time"), normalised: the kind they name
     * together, or null when they name none or disagree.
     */
    static ColumnKind kindOf(String normalised) {
        ColumnKind kind = null;
        ColumnKind money = null;
        boolean cheque = false;
        boolean same = true;
        // An empty alternative names nothing: "type /" is a phrase and a slash that joins it to the next.
        for (String part : normalised.split("/", -1)) {
            // A unit a space apart ends the last alternative as a glued one would ("withdrawn/ debits ($)").
            String spelled = HeaderVocabulary.spelledOut(HeaderUnits.withoutUnit(part.strip()));
            if (InformationalColumnWords.isTimeOfDay(spelled)) {
                continue; // "Date/Time", "Tarih/Saat": a time printed after the row's date is part of the date's cell
            }
            // "Buchung" alone heads the booking date; as an alternative it is the booking ("Buchung / Verwendungszweck").
            ColumnKind k = CHEQUES.contains(spelled) ? ColumnKind.OTHER
                    : "buchung".equals(spelled) ? ColumnKind.DESCRIPTION : HeaderVocabulary.spelledOutKind(spelled);
            if (k == null) {
                return null;
            }
            same &= kind == null || k == kind;
            kind = k;
            if (CHEQUES.contains(spelled)) {
                cheque = true;
            } else if (money == null || money == k) {
                money = k;
            } else {
                money = ColumnKind.OTHER;
            }
        }
        if (same) {
            return kind == null ? ColumnKind.OTHER : kind;
        }
        // A cheque is money paid out: beside a money-out word ("CHEQUE/DEBIT") it names that money, not a number.
        return cheque && (money == ColumnKind.DEBIT || money == ColumnKind.AMOUNT) ? money : null;
    }
}
