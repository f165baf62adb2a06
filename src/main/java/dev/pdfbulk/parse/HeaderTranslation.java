package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A header row set again right under the header in another language ("Withdrawals ($)" over "Retraits ($)",
 * "Balance" over "Solde"): each of its cells lines up with one column above and is a header word of that
 * column's kind. Such a row is part of the header; read as a row it would end the table before its first row.
 * Stateless.
 */
final class HeaderTranslation {

    private HeaderTranslation() {
    }

    /** {@code found} at {@code lines[index]}, widened by the row under it when that row restates its columns. */
    static HeaderDetector.Found extend(HeaderDetector.Found found, List<Line> lines, int index) {
        int below = index + found.linesUsed();
        if (below >= lines.size() || !HeaderDetector.close(lines.get(below - 1), lines.get(below))
                || !restates(lines.get(below), found.columns())) {
            return found;
        }
        int used = found.linesUsed() + 1;
        // The restating cells wrapped onto a row of their own ("Card currency" over "amount (UAH)"): header words under
        // the columns, no digit among them.
        while (index + used < lines.size() && HeaderDetector.close(lines.get(index + used - 1), lines.get(index + used))
                && wrapsOn(lines.get(index + used), found.columns())) {
            used++;
        }
        return new HeaderDetector.Found(found.columns(), used);
    }

    // Every cell lies under one column, each column at most once, holds no digit and only header words or qualifiers,
    // one at least naming something.
    private static boolean wrapsOn(Line line, TableColumns columns) {
        Set<Column> named = new HashSet<>();
        boolean naming = false;
        for (Phrase cell : Phrase.split(line)) {
            Column column = overlapped(cell, columns);
            if (column == null || !named.add(column) || hasDigit(cell)) {
                return false;
            }
            for (Word w : cell.words()) {
                boolean qualifier = HeaderQualifiers.isQualifier(w.text());
                if (!qualifier && !HeaderWords.isHeaderWord(w.text())) {
                    return false;
                }
                naming |= !qualifier;
            }
        }
        return naming;
    }

    // Every cell lies under one column, each column at most once, and holds no digit. Two cells at least name their
    // column's kind, one of them money; or, in a language the vocabulary does not know ("進支詳情" under "Transaction
    // Details"), three cells at least, one under a money column, where none names another column: a row's text is
    // never set under its money, nor a row's money without digits. A cell may call a text column a type, or a type
    // column the text ("交易摘要" over "Transaction Type"): languages part the row's kind from its details differently;
    // the row above, read first, keeps its kinds.
    private static boolean restates(Line line, TableColumns columns) {
        Set<Column> named = new HashSet<>();
        int agreeing = 0;
        boolean money = false;
        boolean unknown = false;
        boolean underMoney = false;
        for (Phrase cell : cells(line, columns)) {
            Column column = overlapped(cell, columns);
            if (column == null || !named.add(column) || hasDigit(cell)) {
                return false;
            }
            underMoney |= column.kind().isMoney();
            ColumnKind kind = HeaderVocabulary.kindOf(withoutQualifiers(cell.words()));
            if (kind == null) {
                unknown = true;
            } else if (sameKind(kind, column.kind())) {
                agreeing++;
                money |= kind.isMoney();
            } else if (!textOrType(kind, column.kind())) {
                return false;
            }
        }
        return agreeing >= 2 && money || unknown && named.size() >= 3 && underMoney;
    }

    // The line's cells; one set tight against the next ("Trans. Date" a space before "Reference No.") spans two
    // columns, and parts where its words do: each run of words under one column is a cell of its own.
    private static List<Phrase> cells(Line line, TableColumns columns) {
        List<Phrase> phrases = Phrase.split(line);
        List<Phrase> out = null;
        for (int k = 0; k < phrases.size(); k++) {
            Phrase p = phrases.get(k);
            List<Phrase> parts = p.words().size() > 1 && overlapped(p, columns) == null ? byColumn(p, columns) : null;
            if (parts != null && out == null) {
                out = new ArrayList<>(phrases.subList(0, k));
            }
            if (out != null) {
                if (parts != null) {
                    out.addAll(parts);
                } else {
                    out.add(p);
                }
            }
        }
        return out == null ? phrases : out;
    }

    // The phrase's runs of words each under one column, or null when a word lies under none or several.
    private static List<Phrase> byColumn(Phrase phrase, TableColumns columns) {
        List<Phrase> parts = new ArrayList<>(2);
        List<Word> run = new ArrayList<>();
        Column current = null;
        for (Word w : phrase.words()) {
            Column c = overlapped(new Phrase(List.of(w)), columns);
            if (c == null) {
                return null;
            }
            if (current != null && c != current) {
                parts.add(new Phrase(run));
                run = new ArrayList<>();
            }
            run.add(w);
            current = c;
        }
        parts.add(new Phrase(run));
        return parts.size() > 1 ? parts : null;
    }

    private static boolean hasDigit(Phrase cell) {
        for (Word w : cell.words()) {
            for (int k = 0; k < w.text().length(); k++) {
                if (Character.isDigit(w.text().charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean textOrType(ColumnKind a, ColumnKind b) {
        return a == ColumnKind.DESCRIPTION && b == ColumnKind.OTHER || a == ColumnKind.OTHER && b == ColumnKind.DESCRIPTION;
    }

    // The only column whose header the cell overlaps, or null when it overlaps none or several.
    static Column overlapped(Phrase cell, TableColumns columns) {
        Column found = null;
        for (Column c : columns.columns()) {
            if (cell.left() < c.right() && cell.right() > c.left()) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    // A currency or unit after the header word qualifies it ("Retraits ($)", "Solde en EUR"): the word names the column.
    private static String withoutQualifiers(List<Word> words) {
        int end = words.size();
        while (end > 1 && HeaderQualifiers.isQualifier(words.get(end - 1).text())) {
            end--;
        }
        return Phrase.join(words, 0, end);
    }

    // A posting or value date restates the date column as well as the transaction date does.
    private static boolean sameKind(ColumnKind a, ColumnKind b) {
        return a == b || isDate(a) && isDate(b);
    }

    private static boolean isDate(ColumnKind kind) {
        return kind == ColumnKind.DATE || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE;
    }
}
