package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;

/** The rows of one table on one page, under one header. Not thread-safe. */
final class TableFragment {

    private final int page;
    private final TableColumns columns;
    private final String title;
    private final List<TableLine> lines = new ArrayList<>();

    TableFragment(int page, TableColumns columns, String title) {
        this.page = page;
        this.columns = columns;
        this.title = title;
    }

    int page() {
        return page;
    }

    TableColumns columns() {
        return columns;
    }

    /** Text printed just above the header, e.g. "Interest summary"; empty when none. */
    String title() {
        return title;
    }

    List<TableLine> lines() {
        return lines;
    }

    void add(TableLine line) {
        lines.add(line);
    }

    long dataLines() {
        return lines.stream().filter(l -> l.marker() == null && (l.date() != null || l.hasTransactionMoney())).count();
    }
}
