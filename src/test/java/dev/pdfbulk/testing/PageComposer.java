package dev.pdfbulk.testing;

import dev.pdfbulk.testing.Composition.Page;
import dev.pdfbulk.testing.Composition.Rule;
import dev.pdfbulk.testing.Layout.SideTable;
import dev.pdfbulk.testing.TableRows.Cell;
import dev.pdfbulk.testing.Vocabulary.Term;

import java.util.ArrayList;
import java.util.List;

/** Flows a statement onto pages: header, table rows with page breaks, closing rows, side table, footers. */
final class PageComposer {

    private final StatementSpec spec;
    private final Layout layout;
    private final Geometry g;
    private final ColumnPlan plan;
    private final TableRows rows;
    private final PageFurniture furniture;
    private final List<Page> pages = new ArrayList<>();
    private final int[] entryPages;
    private Page page;
    private float y;
    private int tableLines;
    private int entriesOnPage;
    private int lastEntry = -1;

    PageComposer(StatementSpec spec, TextMeasure measure) {
        this.spec = spec;
        this.layout = spec.layout();
        this.g = layout.geometry();
        this.plan = new ColumnPlan(layout, measure);
        this.rows = new TableRows(spec, plan, measure);
        this.furniture = new PageFurniture(spec, measure);
        this.entryPages = new int[spec.entries().size()];
    }

    Composition compose() {
        page = newPage();
        y = furniture.firstHeader(page);
        if (layout.sideTable() == SideTable.BEFORE_TABLE) {
            y = furniture.sideTable(page, y - g.lineHeight());
        }
        tableHeader();
        if (layout.balanceRows()) {
            line(rows.balanceRow(furniture.term(Term.OPENING_ROW), spec.openingBalance(),
                    layout.datedBalanceRows() ? spec.periodStart() : null), false);
        }
        for (int i = 0; i < entryPages.length; i++) {
            ensureRoom(rows.entry(i, false).size());
            for (List<Cell> cells : rows.entry(i, entriesOnPage == 0)) {
                line(cells, false);
                tableLines++;
            }
            entryPages[i] = pages.size();
            entriesOnPage++;
            lastEntry = i;
        }
        if (layout.balanceRows()) {
            ensureRoom(1);
            line(rows.balanceRow(furniture.term(Term.CLOSING_ROW), spec.closingBalance(),
                    layout.datedBalanceRows() ? spec.periodEnd() : null), true);
        }
        if (layout.totalRow()) {
            ensureRoom(1);
            line(rows.totalRow(furniture.term(Term.TOTAL)), true);
        }
        if (layout.sideTable() == SideTable.AFTER_TABLE) {
            if (y + furniture.sideTableHeight() > furniture.bottom()) {
                page = newPage();
                y = furniture.continuationHeader(page);
            }
            y = furniture.sideTable(page, y);
        }
        for (int i = 0; i < pages.size(); i++) {
            furniture.footer(pages.get(i), i + 1, pages.size());
        }
        return new Composition(pages, entryPages);
    }

    // Breaks the page when the next lines do not fit, leaving room for a carried-forward row.
    private void ensureRoom(int lineCount) {
        float reserve = layout.carryForward() ? g.lineHeight() : 0;
        boolean full = y + (lineCount - 1) * g.lineHeight() > furniture.bottom() - reserve;
        boolean capped = g.maxRowsPerPage() > 0 && tableLines + lineCount > g.maxRowsPerPage();
        if (!full && !capped) {
            return;
        }
        if (layout.carryForward()) {
            line(rows.balanceRow(furniture.term(Term.CARRIED_FORWARD), spec.balanceAfter(lastEntry), null), false);
        }
        page = newPage();
        y = furniture.continuationHeader(page);
        tableHeader();
        if (layout.carryForward()) {
            line(rows.balanceRow(furniture.term(Term.BROUGHT_FORWARD), spec.balanceAfter(lastEntry), null), false);
        }
    }

    private Page newPage() {
        Page fresh = Page.blank();
        pages.add(fresh);
        tableLines = 0;
        entriesOnPage = 0;
        return fresh;
    }

    private void tableHeader() {
        line(rows.header(), true);
        float rule = y - g.lineHeight() + g.fontSize() * 0.45f;
        page.rules().add(new Rule(plan.left(), rule, plan.right(), rule));
        y += g.lineHeight() * 0.3f;
    }

    private void line(List<Cell> cells, boolean bold) {
        float size = g.fontSize();
        for (Cell cell : cells) {
            ColumnPlan.Span span = plan.span(cell.col());
            if (cell.col().numeric()) {
                page.rightText(cell.text(), span.right(), y, size, bold);
            } else {
                page.text(cell.text(), span.left(), y, size, bold);
            }
        }
        y += g.lineHeight();
    }
}
