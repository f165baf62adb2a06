package dev.pdfbulk.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The forward and total rows a page break prints at a page's foot ("Page total", "Balance carried forward"): labelled
 * lines after which the table's next row, past any other such line, is on a later page. Text set over them, under a
 * complete row, may be the first lines of that next row, split from it by the break. Stateless and thread-safe.
 */
final class PageFootMarkers {

    private PageFootMarkers() {
    }

    /** The labelled lines of {@code lines} (the table's, in order) that close a page the table goes on after. */
    static Set<TableLine> of(List<TableLine> lines) {
        Set<TableLine> out = new HashSet<>();
        int k = lines.size() - 1;
        // The page of the nearest line below that is no labelled line: a row, or a row's text.
        int nextPage = Integer.MAX_VALUE;
        for (; k >= 0; k--) {
            TableLine line = lines.get(k);
            if (line.marker() == null) {
                nextPage = line.page();
            } else if (nextPage != Integer.MAX_VALUE && nextPage > line.page()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether line {@code j} of {@code lines}, a labelled line, closes a page the table goes on after. */
    static boolean closesPage(List<TableLine> lines, int j) {
        int k = j;
        while (k < lines.size() && lines.get(k).marker() != null) {
            k++;
        }
        return k < lines.size() && lines.get(k).page() > lines.get(j).page();
    }
}
