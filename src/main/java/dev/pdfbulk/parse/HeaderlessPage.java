package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one page of a statement that prints no column header anywhere, under the columns its rows imply
 * ({@link ImpliedColumns}), or those an earlier page implied when this one has no run of rows long enough to show
 * them. Every stretch of rows is a table: from the first dated line with an amount (or the section heading right
 * above it) to where a table under a header would end; section titles between stretches head the rows under
 * them, "Total ..." lines are totals. Stateless and thread-safe.
 */
final class HeaderlessPage {

    /** What the page holds, and the columns the next page goes on with. */
    record Result(PageTableReader.Result read, TableColumns columns) {
    }

    private HeaderlessPage() {
    }

    /** @param carried the columns an earlier page implied, or null */
    static Result read(PageText page, TableColumns carried, CellReading cellReading) {
        List<Line> lines = new ArrayList<>(Line.of(page));
        TableColumns own = ImpliedColumns.of(lines);
        TableColumns columns = own != null ? own : carried;
        List<TableFragment> fragments = new ArrayList<>();
        List<Line> other = new ArrayList<>();
        int i = 0;
        while (columns != null && i < lines.size()) {
            int start = firstRow(lines, i, columns, page.width(), cellReading);
            if (start < 0) {
                break;
            }
            // A section title right above the first row ("Payments and credits") names the rows under it.
            if (start > i && heading(lines, start - 1, columns, page.width(), cellReading)) {
                start--;
            }
            other.addAll(lines.subList(i, start));
            TableFragment fragment = new TableFragment(page.number(), columns, "");
            int end = TableRowReader.read(lines, start, fragment, page.width(), cellReading);
            if (fragment.lines().isEmpty()) {
                end = Math.max(end, start + 1);
                other.addAll(lines.subList(start, end));
            } else {
                fragments.add(fragment);
            }
            i = end;
        }
        other.addAll(lines.subList(Math.min(i, lines.size()), lines.size()));
        return new Result(new PageTableReader.Result(fragments, other), columns);
    }

    // Whether line i heads the rows below it. The money column's name printed at its place on a section title
    // ("JOHN A SMITH Card Ending 7-81005 ... Amount") is the column's header, no part of the title.
    private static boolean heading(List<Line> lines, int i, TableColumns columns, float pageWidth, CellReading cellReading) {
        Line line = lines.get(i);
        List<Phrase> phrases = Phrase.split(line);
        List<Word> last = phrases.get(phrases.size() - 1).words();
        ColumnKind kind = HeaderVocabulary.kindOf(Phrase.join(last));
        Column money = columns.first(ColumnKind.AMOUNT);
        float em = Math.max(line.height(), 5f);
        if (phrases.size() > 1 && kind != null && kind.isTransactionMoney() && money != null
                && Math.abs(last.get(last.size() - 1).right() - money.right()) <= LineClassifier.REACH_EM * em) {
            lines.set(i, new Line(line.page(), line.y(), line.height(),
                    line.words().subList(0, line.words().size() - last.size())));
            if (TableSectionHeading.at(lines, i, columns, pageWidth, cellReading).isPresent()) {
                return true;
            }
            lines.set(i, line);
            return false;
        }
        return TableSectionHeading.at(lines, i, columns, pageWidth, cellReading).isPresent();
    }

    // The first line from {@code from} that reads as a dated row with an amount under the columns, or -1.
    private static int firstRow(List<Line> lines, int from, TableColumns columns, float pageWidth, CellReading cellReading) {
        for (int k = from; k < lines.size(); k++) {
            Optional<TableLine> t = LineClassifier.classify(lines.get(k), columns, pageWidth, cellReading);
            if (t.isPresent() && t.get().date() != null && t.get().hasTransactionMoney()) {
                return k;
            }
        }
        return -1;
    }
}
