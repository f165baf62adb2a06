package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The row {@link RowAssembler} is building: its date, its text cell by cell, its money and the side its words
 * name. Not thread-safe: one assembler's own.
 */
final class OpenRow {
    final int page;
    RawDate date;
    // The text under each text column, joined cell by cell: wrapped lines of one column stay together.
    final List<StringBuilder> cells = new ArrayList<>(1);
    final Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
    int lastPage;
    float lastY;
    // What the row's own debit/credit words say (+1 in, -1 out); 0 when none or its lines disagree.
    int direction;
    boolean directionSeen;
    // The section the row is printed under: a title over the next table names none of this table's rows.
    final int section;

    OpenRow(TableLine first, int section) {
        this.page = first.page();
        this.date = first.date();
        this.section = section;
    }

    boolean hasTransactionMoney() {
        return money.containsKey(ColumnKind.DEBIT) || money.containsKey(ColumnKind.CREDIT)
                || money.containsKey(ColumnKind.AMOUNT);
    }

    void add(TableLine line) {
        List<String> parts = line.cells();
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k).strip();
            if (!part.isEmpty() && !MarkCells.isDashOnly(part)) {
                StringBuilder cell = cell(k);
                if (cell.length() > 0) {
                    cell.append(' ');
                }
                cell.append(part);
            }
        }
        line.money().forEach(money::putIfAbsent);
        if (line.direction() != 0) {
            direction = directionSeen && direction != line.direction() ? 0 : line.direction();
            directionSeen = true;
        }
        lastPage = line.page();
        lastY = line.y();
    }

    void prepend(List<TableLine> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            List<String> parts = lines.get(k).cells();
            for (int c = 0; c < parts.size(); c++) {
                String part = parts.get(c).strip();
                if (!part.isEmpty() && !MarkCells.isDashOnly(part)) {
                    StringBuilder cell = cell(c);
                    cell.insert(0, cell.length() > 0 ? part + " " : part);
                }
            }
        }
    }

    private StringBuilder cell(int k) {
        while (cells.size() <= k) {
            cells.add(new StringBuilder());
        }
        return cells.get(k);
    }

    String text() {
        List<String> parts = new ArrayList<>(cells.size());
        cells.forEach(c -> parts.add(c.toString()));
        return TableLine.joined(parts);
    }
}
