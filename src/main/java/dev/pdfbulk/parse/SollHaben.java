package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a statement's one-letter Soll/Haben marks ("107,44 S", "1.304,93 H") can be trusted as signs. A statement
 * that signs its money by letters uses one set of them throughout: German statements S and H, English ones CR and
 * DR (or C and D). Where the same statement also prints CR, DR, C, D or OD after its money, an "S" or "H" beside
 * an amount is something else (a flag, a footnote), and no sign read from it can be trusted. The letter may also
 * stand apart from its amount, in a narrow column of its own ({@link Cell}). Stateless and thread-safe.
 */
final class SollHaben {

    private static final Set<String> DEBIT_CREDIT = Set.of("CR", "DR", "DB", "Cr", "Dr", "Db");

    private SollHaben() {
    }

    /**
     * An amount that ended a cell of a table line, read under {@code kind}: a Soll/Haben letter set apart right of
     * it, in a narrow column of its own with no header ("107,44 | S"), signs it as it would beside it.
     *
     * @param kind  the money column the amount was read under
     * @param text  the amount's words as printed
     * @param right where the amount ends
     */
    record Cell(ColumnKind kind, String text, float right) {

        /**
         * True when {@code letter} is a lone S or H within reach right of this unmarked amount; the amount in
         * {@code money} is then replaced by the one the letter signs.
         */
        boolean signedBy(Phrase letter, Map<ColumnKind, Amount> money, float em) {
            return ("S".equals(letter.text()) || "H".equals(letter.text())) && sign(letter, money, em);
        }

        /**
         * True when {@code word} is a lone CR, DR or DB within reach right of this unmarked amount ("329,000.00 |
         * DB", set further apart than a space): the amount in {@code money} is then replaced by the one it signs.
         */
        boolean markedBy(Phrase word, Map<ColumnKind, Amount> money, float em) {
            return DEBIT_CREDIT.contains(word.text()) && sign(word, money, em);
        }

        private boolean sign(Phrase letter, Map<ColumnKind, Amount> money, float em) {
            String t = letter.text();
            Amount amount = money.get(kind);
            if (amount == null || amount.mark() != Amount.Mark.NONE
                    || letter.left() - right > LineClassifier.REACH_EM * em) {
                return false;
            }
            Optional<Amount> signed = AmountParser.parse(text + " " + t);
            signed.ifPresent(a -> money.put(kind, a));
            return signed.isPresent();
        }
    }

    /** Why the signs are in doubt (S/H marks beside other letter marks), or null when they are not. */
    static String doubt(List<TableEvent> events, MetadataReader.Raw meta) {
        List<Amount> amounts = new ArrayList<>();
        for (TableEvent e : events) {
            if (e instanceof TableEvent.BalanceMark mark) {
                amounts.add(mark.value());
            } else if (e instanceof TableEvent.Row row) {
                amounts.addAll(row.money().values());
            }
        }
        if (meta != null) {
            amounts.add(meta.opening());
            amounts.add(meta.closing());
        }
        boolean sollHaben = false;
        boolean otherLetters = false;
        for (Amount a : amounts) {
            if (a != null) {
                sollHaben |= a.mark().sollHaben();
                otherLetters |= a.mark() == Amount.Mark.CR || a.mark() == Amount.Mark.DR;
            }
        }
        return sollHaben && otherLetters
                ? "the statement marks its money both with S/H and with CR/DR letters: the signs are in doubt" : null;
    }
}
