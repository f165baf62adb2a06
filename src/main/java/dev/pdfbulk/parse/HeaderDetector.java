package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Optional;

/**
 * Recognises the column header row of a transaction table: a line naming a date column and at least
 * one money column, with few words that are not header words; or, where the rows print their dates at the
 * start of the text ({@link DatedTextRows}), a text column and a money column. Stateless and thread-safe.
 */
final class HeaderDetector {

    /** A header found at a line, possibly spread over that line and the next. */
    record Found(TableColumns columns, int linesUsed) {
    }

    // A header line has at most this many words: Vietnamese names six columns in seventeen syllables ("Ngày GD | Số
    // tham chiếu | Số tiền ghi nợ | Số tiền ghi có | Số dư | Mô tả").
    private static final int MAX_WORDS = 24;

    private HeaderDetector() {
    }

    /**
     * Looks for a header at {@code lines.get(index)}, alone or with the rows just above and below it:
     * header cells set in two or three rows ("Money" over "out", or "Paid" above and "out" below a
     * vertically centred header row) read as one header. A header found at its top row of three uses all three.
     */
    static Optional<Found> detect(List<Line> lines, int index) {
        Line line = lines.get(index);
        if (line.words().size() < 2 || line.words().size() > MAX_WORDS) {
            return Optional.empty();
        }
        // The line's words looked up once for both questions: every line of a page is asked, most more than once.
        int facts = LineFacts.of(line);
        if (!HeaderWords.anyHeaderWord(facts)) {
            return Optional.empty();
        }
        Line above = index > 0 && close(lines.get(index - 1), line) ? lines.get(index - 1) : null;
        Line below = index + 1 < lines.size() && close(line, lines.get(index + 1)) ? lines.get(index + 1) : null;
        // A header names a money column and a date or text column; most lines that get here (descriptions with a
        // word like "Payment") do not, even with their neighbours, and skip the costlier checks below.
        int keys = HeaderWords.keyBitsOf(facts);
        if (!namesColumns(keys, line, above, below)) {
            return Optional.empty();
        }
        return read(lines, index, keys, above, below);
    }

    // The header at a line that, with its neighbours, names a money column and a date or text column: a few lines a
    // page, so a method of its own, kept out of the compiled code of the check every line runs (performance.md, item 24).
    private static Optional<Found> read(List<Line> lines, int index, int keys, Line above, Line below) {
        Line line = lines.get(index);
        Line previous = above != null && onlyHeaderWords(above) && continuesHeader(above, line) ? above : null;
        // A title right above the header ("CHECKING Account XXXX6275 (continued)") is no header row: a row read
        // with the one below holds no more words outside the vocabulary than a header may.
        // So is a title of one phrase set across the cells below ("Récapitulatif des frais" over "Date | Nature").
        Line next = below != null && continuesHeader(line, below) && otherWords(line, 1) <= 1
                && !titleAcross(line, below) ? below : null;
        if (!namesColumns(keys, line, previous, next)) {
            return Optional.empty();
        }
        Found best = better(null, HeaderRow.columns(line.words()), 1);
        if (next != null) {
            Optional<TableColumns> two = StackedHeaderRows.columns(List.of(line, next));
            // A second row of header words each set under a cell of the first ("операции" under "Дата" and under
            // "Описание"; a unit or qualifier alone is HeaderUnits' to judge) is the header's even where the first
            // alone names as many columns: left out, it would stay under the header as a row, and with an undated
            // balance row below it the table would be lost.
            best = two.isPresent() && namingWordsOnly(next) && under(next, line) ? better(best, two.get(), 2, true)
                    : better(best, two, 2);
            best = better(best, StackedHeaderRows.grouped(line, next), 2);
            // The top row of a header set in three rows (cells wrapped and centred): only all three name every column.
            // A third row of units alone ("(INR)") is HeaderUnits' to judge, under the money columns only: three
            // capitals under the text column ("LTD", a row's wrapped rest at a page's top) are no header's.
            Line last = index + 2 < lines.size() && onlyHeaderWords(line) && close(next, lines.get(index + 2))
                    && onlyHeaderWords(lines.get(index + 2)) && hasHeaderWord(lines.get(index + 2))
                    ? lines.get(index + 2) : null;
            if (last != null) {
                Optional<TableColumns> three = StackedHeaderRows.columns(List.of(line, next, last));
                // A last row set wholly under the cells it completes ("Date" under "Transaction", "(INR)" under
                // "Withdrawal Amount") is the header's own: left out, it would stay under the header as a row.
                best = three.isPresent() && within(last, three.get()) ? better(best, three.get(), 3, true)
                        : better(best, three, 3);
            }
        }
        if (previous != null) {
            best = better(best, StackedHeaderRows.columns(List.of(previous, line)), 1);
            best = better(best, StackedHeaderRows.grouped(previous, line), 1);
            if (next != null) {
                best = better(best, StackedHeaderRows.columns(List.of(previous, line, next)), 2);
            }
        }
        if (best == null) {
            // Date columns named by their qualifier alone ("Trans. | Post"), confirmed by the dates under them.
            best = ShortDateHeaders.columns(lines, index).map(c -> new Found(c, 1)).orElse(null);
        }
        // A row under the header naming the same columns in another language is part of the header, not a row.
        // So is a row under it holding only the money columns' currency ("(£)" wrapped alone under "Money Out").
        if (best != null) {
            best = HeaderUnits.extend(HeaderTranslation.extend(best, lines, index), lines, index);
        }
        // Without a date column the rows below must say where the dates are: the header alone is no table.
        if (best != null && best.columns().date() == null
                && !DatedTextRows.confirmed(lines, index + best.linesUsed(), best.columns())) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    // lineKeys: the key bits of line's words.
    private static boolean namesColumns(int lineKeys, Line line, Line previous, Line next) {
        int keys = lineKeys;
        if (previous != null) {
            keys |= HeaderWords.keyBitsOf(LineFacts.of(previous));
        }
        if (next != null) {
            keys |= HeaderWords.keyBitsOf(LineFacts.of(next));
        }
        if ((keys & (HeaderWords.DATE_KEY | HeaderWords.TEXT_KEY)) == 0) {
            return false;
        }
        // A money column may be named by its currency alone ("DATA | ESTABELECIMENTO | US$ | R$").
        return (keys & HeaderWords.MONEY_KEY) != 0 || line != null && CurrencyColumns.mayName(line.words())
                || previous != null && CurrencyColumns.mayName(previous.words())
                || next != null && CurrencyColumns.mayName(next.words());
    }

    // A row under a header row holds nothing but header words, or sub-headers under a group word ("Book" under
    // "Balance" over "Book | Available"): a data row never does.
    private static boolean continuesHeader(Line upper, Line lower) {
        return onlyHeaderWords(lower) || GroupHeaders.subHeadersOnly(upper, lower) || completesBrokenWords(upper, lower);
    }

    // A row of header words and the ends of words broken at a hyphen above them ("päivä" under "Kirjaus-"): alone the
    // end is no header word, with its start it is one ("Kirjauspäivä").
    private static boolean completesBrokenWords(Line upper, Line lower) {
        for (Word w : lower.words()) {
            if (!HeaderWords.isHeaderWord(w.text()) && !HeaderQualifiers.isQualifier(w.text())
                    && upper.words().stream().noneMatch(u -> u.x() <= w.right() && w.x() <= u.right()
                            && u.text().strip().endsWith("-") && HeaderWords.isHeaderWord(
                                    u.text().strip().substring(0, u.text().strip().length() - 1) + w.text().strip()))) {
                return false;
            }
        }
        return true;
    }

    // One phrase holding a word outside the vocabulary, over two or more cells of the row below: a header cell wrapped
    // over two rows stands over one cell, and a group word over several ("Amount" over "Debit | Credit") is known.
    private static boolean titleAcross(Line upper, Line lower) {
        List<Phrase> title = Phrase.split(upper);
        if (title.size() != 1 || onlyHeaderWords(upper)) {
            return false;
        }
        Phrase p = title.get(0);
        return Phrase.split(lower).stream().filter(c -> c.left() < p.right() && p.left() < c.right()).count() >= 2;
    }

    // A row that continues a header holds nothing but header words: a data row never does.
    private static boolean onlyHeaderWords(Line line) {
        return otherWords(line, 0) == 0;
    }

    // Words that are neither header words nor qualifiers, counted up to one past limit: the callers ask whether there
    // are more than limit, and a data row's first words answer (item 29: counting them all was 5 % of the parser).
    private static int otherWords(Line line, int limit) {
        int n = 0;
        List<Word> words = line.words();
        for (int k = 0; k < words.size() && n <= limit; k++) {
            Word w = words.get(k);
            // Two header cells set tight against each other ("NumberAccount") are header words too.
            if (!HeaderWords.isHeaderWord(w.text()) && !HeaderQualifiers.isQualifier(w.text())
                    && GluedHeaderWords.splitAt(w.text()) == 0 && !conjoins(words, k)) {
                n++;
            }
        }
        return n;
    }

    // "or" between two header words of one cell ("Merchant Name or Transaction Description"): a header's own word.
    private static boolean conjoins(List<Word> words, int k) {
        return k > 0 && k + 1 < words.size() && MergedHeaderCells.isConjunction(words.get(k).text())
                && HeaderWords.isHeaderWord(words.get(k - 1).text())
                && HeaderWords.isHeaderWord(words.get(k + 1).text());
    }

    // Rows of a header as long as a header row may be (a wide table's ten cells "Дата і час | Деталі операції | ... |
    // Залишок після" over a second row of their ends).
    // A line in a clearly larger font over the header ("Account Activity" at 11 pt 18 pt above "Description |
    // Withdrawals" at 7.5 pt) is a title, not a header row: it is near only by the measure of its own large type.
    static boolean close(Line upper, Line lower) {
        float gap = lower.y() - upper.y();
        return lower.page() == upper.page() && gap < 1.8f * Math.max(upper.height(), lower.height())
                && (upper.height() <= TITLE_TYPE * lower.height() || gap < 1.8f * lower.height())
                && lower.words().size() <= MAX_WORDS && upper.words().size() <= MAX_WORDS;
    }

    private static final float TITLE_TYPE = 1.3f;

    // A reading with a date column wins; then more recognised columns; then fewer text columns ("Transaction" over
    // "Status" is a status column, no second text column beside "Details"); on a tie the reading that uses fewer rows.
    private static Found better(Found best, Optional<TableColumns> candidate, int linesUsed) {
        return candidate.isEmpty() ? best : better(best, candidate.get(), linesUsed, false);
    }

    // As above; a candidate that winsTie takes the place of a reading with as many columns, whatever their kinds.
    private static Found better(Found best, TableColumns candidate, int linesUsed, boolean winsTie) {
        boolean dated = candidate.date() != null;
        boolean bestDated = best != null && best.columns().date() != null;
        if (best == null || dated != bestDated) {
            return best == null || dated ? new Found(candidate, linesUsed) : best;
        }
        int columns = Integer.compare(candidate.columns().size(), best.columns().columns().size());
        boolean wins = winsTie ? columns >= 0
                : columns > 0 || columns == 0 && texts(best.columns()) > texts(candidate);
        return wins ? new Found(candidate, linesUsed) : best;
    }

    private static long texts(TableColumns columns) {
        return columns.columns().stream().filter(c -> c.kind() == ColumnKind.DESCRIPTION).count();
    }

    // Every word of the row lies within the span of one of the columns.
    private static boolean within(Line row, TableColumns columns) {
        for (Word w : row.words()) {
            if (columns.columns().stream().noneMatch(c -> w.x() >= c.left() - 1 && w.right() <= c.right() + 1)) {
                return false;
            }
        }
        return true;
    }

    // Header words that name something; a unit or qualifier only in a cell beside such words on the row ("valuta
    // originale | in euro" under "Importo in | Importo"): a row of units alone ("EUR" under "Description") is
    // HeaderUnits' to judge.
    private static boolean namingWordsOnly(Line line) {
        return line.words().stream().allMatch(w -> HeaderWords.isHeaderWord(w.text())
                || HeaderQualifiers.isQualifier(w.text()))
                && line.words().stream().anyMatch(w -> HeaderWords.isHeaderWord(w.text())
                && !HeaderQualifiers.isQualifier(w.text()));
    }

    // Every cell of the lower row overlaps, across, a word of the upper one: a wider cell under a right-aligned one
    // ("valuta originale" under "Importo in") may start left of the cell above it.
    private static boolean under(Line lower, Line upper) {
        for (Phrase p : Phrase.split(lower)) {
            if (upper.words().stream().noneMatch(u -> p.left() < u.right() && u.x() < p.right())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHeaderWord(Line line) {
        for (Word w : line.words()) {
            if (HeaderWords.isHeaderWord(w.text())) {
                return true;
            }
        }
        return false;
    }

}
