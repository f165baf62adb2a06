package dev.pdfbulk.testing;

import dev.pdfbulk.testing.ColumnPlan.Col;
import dev.pdfbulk.testing.Layout.AmountColumns;
import dev.pdfbulk.testing.StatementSpec.Entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns spec entries and balance rows into table lines of cells, wrapping long descriptions. */
final class TableRows {

    /** One cell of a table line. */
    record Cell(Col col, String text) {
    }

    private final StatementSpec spec;
    private final Layout layout;
    private final ColumnPlan plan;
    private final TextMeasure measure;

    TableRows(StatementSpec spec, ColumnPlan plan, TextMeasure measure) {
        this.spec = spec;
        this.layout = spec.layout();
        this.plan = plan;
        this.measure = measure;
    }

    List<Cell> header() {
        List<Cell> cells = new ArrayList<>();
        for (Col col : plan.order()) {
            cells.add(new Cell(col, layout.words().term(col.heading)));
        }
        return cells;
    }

    /** The lines of entry {@code index}; the date is left out on later rows of a day when the layout says so. */
    List<List<Cell>> entry(int index, boolean firstOnPage) {
        Entry e = spec.entries().get(index);
        boolean newDay = index == 0 || firstOnPage || !spec.entries().get(index - 1).date().equals(e.date());
        List<Cell> first = new ArrayList<>();
        if (layout.repeatDates() || newDay) {
            first.add(new Cell(Col.DATE, layout.dates().format(e.date())));
        }
        if (plan.has(Col.POST_DATE) && e.postDate() != null) {
            first.add(new Cell(Col.POST_DATE, layout.dates().format(e.postDate())));
        }
        if (plan.has(Col.REF) && e.reference() != null) {
            first.add(new Cell(Col.REF, e.reference()));
        }
        List<String> parts = wrap(e.description());
        List<List<Cell>> lines = new ArrayList<>();
        lines.add(first);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                lines.add(new ArrayList<>());
            }
            lines.get(i).add(new Cell(Col.DESCRIPTION, parts.get(i)));
        }
        List<Cell> money = layout.wrap() == Layout.Wrap.AMOUNT_ON_FIRST_LINE ? first : lines.get(lines.size() - 1);
        money.add(amountCell(e.amount()));
        if (e.balance() != null) {
            money.add(new Cell(Col.BALANCE, layout.numbers().signed(e.balance())));
        }
        return lines;
    }

    /** An opening, closing or carried-forward row: the balance goes in the balance column, else the amounts. */
    List<Cell> balanceRow(String label, BigDecimal balance, LocalDate date) {
        List<Cell> cells = new ArrayList<>();
        if (date != null) {
            cells.add(new Cell(Col.DATE, layout.dates().format(date)));
        }
        cells.add(new Cell(Col.DESCRIPTION, label));
        AmountStyle numbers = layout.numbers();
        if (plan.has(Col.BALANCE)) {
            cells.add(new Cell(Col.BALANCE, numbers.signed(balance)));
        } else if (layout.amounts() == AmountColumns.SPLIT) {
            cells.add(new Cell(balance.signum() < 0 ? Col.DEBIT : Col.CREDIT, numbers.unsigned(balance)));
        } else {
            cells.add(new Cell(Col.AMOUNT, numbers.signed(balance)));
        }
        return cells;
    }

    List<Cell> totalRow(String label) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(Col.DESCRIPTION, label));
        AmountStyle numbers = layout.numbers();
        if (layout.amounts() == AmountColumns.SPLIT) {
            cells.add(new Cell(Col.DEBIT, numbers.unsigned(spec.moneyOut())));
            cells.add(new Cell(Col.CREDIT, numbers.unsigned(spec.moneyIn())));
        } else {
            cells.add(amountCell(spec.moneyIn().subtract(spec.moneyOut())));
        }
        return cells;
    }

    private Cell amountCell(BigDecimal amount) {
        AmountStyle numbers = layout.numbers();
        return switch (layout.amounts()) {
            case SPLIT -> new Cell(amount.signum() < 0 ? Col.DEBIT : Col.CREDIT, numbers.unsigned(amount));
            case SIGNED -> new Cell(Col.AMOUNT, numbers.signed(amount));
            case OWED -> new Cell(Col.AMOUNT, numbers.signed(amount.negate()));
        };
    }

    private List<String> wrap(String description) {
        float limit = plan.span(Col.DESCRIPTION).width();
        float size = layout.geometry().fontSize();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : description.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure.width(candidate, false, size) > limit) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
