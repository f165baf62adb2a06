package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;

/**
 * When two known header words a space apart, or a word and the one wrapped under it, name one column of
 * {@link HeaderRow}'s rather than two ("Withdrawal Amount", "Payment type and details", "Details of" over
 * "transaction"), and which kind the one column takes. Stateless and thread-safe; no argument may be null.
 */
final class MergedHeaderCells {

    private static final List<ColumnKind> SPECIFICITY = List.of(ColumnKind.OTHER_DATE, ColumnKind.POSTING_DATE,
            ColumnKind.DATE,
            ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AVAILABLE_BALANCE, ColumnKind.BALANCE, ColumnKind.AMOUNT,
            ColumnKind.SIGN,
            ColumnKind.FEE, ColumnKind.OTHER, ColumnKind.DESCRIPTION);

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", "+", "/", "und", "et", "y",
            "e", "en", "och");

    private MergedHeaderCells() {
    }

    // A conjunction taken into a cell joins it to the next ("Payment type and details").
    static boolean isConjunction(String word) {
        return CONJUNCTIONS.contains(HeaderVocabulary.normalise(word));
    }

    // "Withdrawal Amount", "Amount Credited", "Transaction Date": a qualifier and a kind. "Date Details" are two.
    // A type or reference joined to the details by a conjunction ("Payment type and details", "Transaction type /
    // Details") is part of them; without one ("Cheque No." set tight against "Details") it is a column of its own.
    static boolean namesOneColumn(ColumnKind first, ColumnKind second, boolean joined) {
        boolean money = first.isTransactionMoney() && second == ColumnKind.AMOUNT
                || first == ColumnKind.AMOUNT && second.isTransactionMoney() && second != ColumnKind.AMOUNT;
        // "Payer Details" a space apart are one text column: two would split one cell's wrapped lines between them.
        boolean described = first == ColumnKind.DESCRIPTION
                || joined && first == ColumnKind.OTHER && second == ColumnKind.DESCRIPTION;
        return money || described;
    }

    // The cell's name said again in another script a space after it ("Debit مدين", "التاريخ Date"), both known: one
    // column, as when the other script's word is unknown (BilingualCell).
    static boolean restatedBeside(Word before, Word word, ColumnKind previous, ColumnKind kind) {
        return previous == kind && (BilingualCell.otherScript(word.text()) && BilingualCell.latin(before.text())
                || BilingualCell.latin(word.text()) && BilingualCell.otherScript(before.text()));
    }

    // A header cell wrapped onto the row below: the word sits under the word before it, within the cell's width, and
    // names its column again; a description's wrapped row names a description ("Payments" under "Details" does not).
    static boolean wrapsUnder(Word above, Word word, Column cell, ColumnKind kind, boolean joined) {
        boolean under = word.y() - above.y() > 0.5f * above.height() && word.x() < cell.right()
                && word.right() > cell.left();
        return under && namesOneColumn(cell.kind(), kind, joined)
                && (cell.kind() != ColumnKind.DESCRIPTION || kind == cell.kind());
    }

    static ColumnKind stronger(ColumnKind a, ColumnKind b) {
        if (a == ColumnKind.OTHER && b == ColumnKind.DESCRIPTION) {
            // The details named last are the column; the type named before them is their first word.
            return b;
        }
        return SPECIFICITY.indexOf(a) <= SPECIFICITY.indexOf(b) ? a : b;
    }
}
