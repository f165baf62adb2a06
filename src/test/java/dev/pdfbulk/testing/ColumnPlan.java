package dev.pdfbulk.testing;

import dev.pdfbulk.testing.Layout.AmountColumns;
import dev.pdfbulk.testing.Layout.RefColumn;
import dev.pdfbulk.testing.Vocabulary.Term;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The transaction table's columns, left to right, each sized to its widest possible content. */
final class ColumnPlan {

    /** A table column; the amount columns are right-aligned. */
    enum Col {
        DATE(Term.DATE), POST_DATE(Term.POST_DATE), REF(Term.REFERENCE), DESCRIPTION(Term.DESCRIPTION),
        DEBIT(Term.MONEY_OUT), CREDIT(Term.MONEY_IN), AMOUNT(Term.AMOUNT), BALANCE(Term.BALANCE);

        final Term heading;

        Col(Term heading) {
            this.heading = heading;
        }

        boolean numeric() {
            return ordinal() >= DEBIT.ordinal();
        }
    }

    /** Horizontal extent of a column. */
    record Span(float left, float right) {
        float width() {
            return right - left;
        }
    }

    private static final BigDecimal WIDEST = new BigDecimal("-88888.88");

    private final Map<Col, Span> spans = new EnumMap<>(Col.class);
    private final List<Col> order;

    ColumnPlan(Layout layout, TextMeasure measure) {
        order = columns(layout);
        Geometry g = layout.geometry();
        Map<Col, Float> widths = new EnumMap<>(Col.class);
        float fixed = g.columnGap() * (order.size() - 1);
        for (Col col : order) {
            if (col != Col.DESCRIPTION) {
                float w = Math.max(contentWidth(col, layout, measure),
                        measure.width(layout.words().term(col.heading), true, g.fontSize()));
                widths.put(col, w);
                fixed += w;
            }
        }
        float description = g.pageWidth() - g.marginLeft() - g.marginRight() - fixed;
        if (description < 90) {
            throw new IllegalStateException(layout.name() + ": no room for the description column");
        }
        widths.put(Col.DESCRIPTION, description);
        float x = g.marginLeft();
        for (Col col : order) {
            spans.put(col, new Span(x, x + widths.get(col)));
            x += widths.get(col) + g.columnGap();
        }
    }

    List<Col> order() {
        return order;
    }

    boolean has(Col col) {
        return spans.containsKey(col);
    }

    Span span(Col col) {
        return spans.get(col);
    }

    float left() {
        return spans.get(order.get(0)).left();
    }

    float right() {
        return spans.get(order.get(order.size() - 1)).right();
    }

    private static List<Col> columns(Layout layout) {
        List<Col> cols = new ArrayList<>();
        cols.add(Col.DATE);
        if (layout.postDateColumn()) {
            cols.add(Col.POST_DATE);
        }
        if (layout.reference() == RefColumn.BEFORE_DESCRIPTION) {
            cols.add(Col.REF);
        }
        cols.add(Col.DESCRIPTION);
        if (layout.reference() == RefColumn.AFTER_DESCRIPTION) {
            cols.add(Col.REF);
        }
        if (layout.amounts() == AmountColumns.SPLIT) {
            cols.add(Col.DEBIT);
            cols.add(Col.CREDIT);
        } else {
            cols.add(Col.AMOUNT);
        }
        if (layout.hasBalanceColumn()) {
            cols.add(Col.BALANCE);
        }
        return cols;
    }

    private static float contentWidth(Col col, Layout layout, TextMeasure measure) {
        float size = layout.geometry().fontSize();
        AmountStyle numbers = layout.numbers();
        return switch (col) {
            case DATE, POST_DATE -> {
                float widest = 0;
                for (int month = 1; month <= 12; month++) {
                    widest = Math.max(widest,
                            measure.width(layout.dates().format(LocalDate.of(2025, month, 28)), false, size));
                }
                yield widest;
            }
            case REF -> measure.width("0000000", false, size);
            case DEBIT, CREDIT -> measure.width(numbers.unsigned(WIDEST), false, size);
            case AMOUNT -> Math.max(measure.width(numbers.signed(WIDEST), false, size),
                    measure.width(numbers.signed(WIDEST.negate()), false, size));
            case BALANCE -> Math.max(measure.width(numbers.signed(WIDEST.movePointRight(1)), false, size),
                    measure.width(numbers.signed(WIDEST.negate().movePointRight(1)), false, size));
            case DESCRIPTION -> 0;
        };
    }
}
