package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;

/**
 * Unknown words on a header line ({@link HeaderRow}'s orphans) that head a column of their own rather than qualify
 * the header word beside them. Stateless.
 */
final class OrphanHeaderWords {

    private OrphanHeaderWords() {
    }

    // A word the vocabulary does not know, set a cell apart right after the description's header ("Text | Land" over
    // "AMAZON EU SARL | LU"), heads a column of its own: its cells stand apart from the description, no part of it.
    // Elsewhere an unknown word stays no column: it may name the description itself ("Descriere") or be part of a
    // header set over two rows ("Posting" over "Date"); so does a unit ("(INR)" under "Withdrawal Amount"), which
    // qualifies a column and names none. So does one set apart between a date's header and the description's
    // ("Datum | Löpnummer | Text" over "2024-06-03 | 5484381424 | ICA"): its cells, a reference, would otherwise
    // start every description. Drains the orphans; {@code next} is the kind of the header word after them, if any.
    static void standApart(List<Word> orphans, List<Column> cells, ColumnKind next) {
        ColumnKind last = cells.isEmpty() ? null : cells.get(cells.size() - 1).kind();
        boolean afterText = last == ColumnKind.DESCRIPTION;
        boolean beforeText = next == ColumnKind.DESCRIPTION && orphans.size() == 1
                && (last == ColumnKind.DATE || last == ColumnKind.POSTING_DATE || last == ColumnKind.OTHER_DATE);
        for (Word w : orphans) {
            if ((afterText || beforeText) && Character.isLetter(w.text().codePointAt(0)) && !HeaderQualifiers.isQualifier(w.text())) {
                cells.add(new Column(ColumnKind.OTHER, w.x(), w.right()));
            }
        }
        orphans.clear();
    }

    // An unknown word set apart at the header's end, right of a money column ("餘額 | 備註", "Balance | Notiz"), heads a
    // column of its own: its cells (a note, the other party) stand apart instead of spilling into the money column,
    // whose amounts they would break. Drains the orphans it takes.
    static void trailingApart(List<Word> orphans, List<Column> cells) {
        if (orphans.size() != 1 || cells.isEmpty() || !cells.get(cells.size() - 1).kind().isMoney()) {
            return;
        }
        Word w = orphans.get(0);
        if (Character.isLetter(w.text().codePointAt(0)) && !HeaderQualifiers.isQualifier(w.text())) {
            cells.add(new Column(ColumnKind.OTHER, w.x(), w.right()));
            orphans.clear();
        }
    }
}
