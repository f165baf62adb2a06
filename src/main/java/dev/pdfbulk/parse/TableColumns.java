package dev.pdfbulk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of one transaction table, left to right, as read from its header row.
 *
 * @param columns the columns in x order; one is {@link ColumnKind#DATE}, or none when the rows print their dates
 *                at the start of the text ({@link DatedTextRows}), and then one is {@link ColumnKind#DESCRIPTION}
 */
record TableColumns(List<Column> columns) {

    TableColumns {
        columns = List.copyOf(columns);
    }

    /** The date column, or null when the rows print their dates at the start of the text. */
    Column date() {
        return first(ColumnKind.DATE);
    }

    Column description() {
        return first(ColumnKind.DESCRIPTION);
    }

    Column first(ColumnKind kind) {
        for (Column c : columns) {
            if (c.kind() == kind) {
                return c;
            }
        }
        return null;
    }

    List<Column> money() {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.kind().isMoney()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Left edge of the description text: the description header, else just right of the date column. */
    float textLeft() {
        Column d = description();
        return d != null ? d.left() : date().right() + 2;
    }

    /** Where description text must end: the first column after the description start that is not text. */
    float textRight(float pageWidth) {
        float left = textLeft();
        float limit = pageWidth;
        for (Column c : columns) {
            if (c.kind() != ColumnKind.DESCRIPTION && c.left() > left + 1) {
                limit = Math.min(limit, c.left());
            }
        }
        return limit;
    }

    /** The kinds in order: two tables with the same signature are parts of one table. */
    String signature() {
        return columns.stream().map(c -> c.kind().name()).collect(Collectors.joining(","));
    }
}
