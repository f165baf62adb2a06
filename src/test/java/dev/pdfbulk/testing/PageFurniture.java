package dev.pdfbulk.testing;

import dev.pdfbulk.testing.Composition.Page;
import dev.pdfbulk.testing.Vocabulary.Term;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Everything on a page around the transaction table: headers, summary box, side table, footer. */
final class PageFurniture {

    private final StatementSpec spec;
    private final Layout layout;
    private final Geometry g;
    private final TextMeasure measure;
    private final float fs;
    private final float lh;

    PageFurniture(StatementSpec spec, TextMeasure measure) {
        this.spec = spec;
        this.layout = spec.layout();
        this.g = layout.geometry();
        this.measure = measure;
        this.fs = g.fontSize();
        this.lh = g.lineHeight();
    }

    /** Lowest baseline the body may use; the footer lives below it. */
    float bottom() {
        return g.pageHeight() - g.marginBottom() - lh * 2.4f;
    }

    String term(Term term) {
        return layout.words().term(term);
    }

    /** Bank, holder and address, account, period and currency, and the summary box; returns the next baseline. */
    float firstHeader(Page page) {
        float top = g.marginTop() + fs * 1.8f;
        page.text(spec.bank(), g.marginLeft(), top, fs * 1.8f, true);
        float y = top + lh * 1.8f;
        List<String> left = new ArrayList<>();
        left.add(spec.holder());
        left.addAll(spec.address());
        left.add("");
        left.add(term(Term.ACCOUNT) + " " + spec.account());
        left.add(periodLine());
        if (layout.words().has(Term.CURRENCY)) {
            left.add(term(Term.CURRENCY) + " " + spec.currency());
        }
        for (String line : left) {
            if (!line.isEmpty()) {
                page.text(line, g.marginLeft(), y, fs, false);
            }
            y += lh;
        }
        float right = layout.summaryBox() ? summaryBox(page, top + lh * 0.8f) : 0;
        return Math.max(y, right) + lh;
    }

    float continuationHeader(Page page) {
        float top = g.marginTop() + fs * 1.3f;
        page.text(spec.bank(), g.marginLeft(), top, fs * 1.3f, true);
        page.rightText(term(Term.CONTINUED), g.pageWidth() - g.marginRight(), top, fs, false);
        float y = top + lh * 1.5f;
        page.text(term(Term.ACCOUNT) + " " + spec.account(), g.marginLeft(), y, fs, false);
        page.rightText(periodLine(), g.pageWidth() - g.marginRight(), y, fs, false);
        return y + lh * 1.8f;
    }

    void footer(Page page, int number, int pages) {
        float base = g.pageHeight() - g.marginBottom();
        page.rightText(String.format(term(Term.PAGE), number, pages), g.pageWidth() - g.marginRight(), base - lh,
                fs * 0.9f, false);
        page.text(String.format(term(Term.FOOTNOTE), spec.bank()), g.marginLeft(), base, fs * 0.7f, false);
    }

    float sideTableHeight() {
        return lh * 5.5f;
    }

    /** A boxed three-column table of dated amounts that are not transactions; returns the next baseline. */
    float sideTable(Page page, float top) {
        AmountStyle numbers = layout.numbers();
        BigDecimal interest = spec.closingBalance().abs().multiply(new BigDecimal("0.0008"))
                .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
        BigDecimal fee = new BigDecimal("2.50").add(BigDecimal.valueOf(spec.entries().size() % 5));
        String[][] rows = {
            {layout.dates().format(spec.periodEnd()), term(Term.SIDE_ROW_1), numbers.unsigned(interest)},
            {layout.dates().format(spec.periodEnd()), term(Term.SIDE_ROW_2), numbers.unsigned(fee)},
        };
        float pad = fs * 0.8f;
        float x0 = g.marginLeft() + g.columnGap();
        float x1 = x0 + pad + Math.max(width(rows[0][0], false), width(term(Term.SIDE_DATE), true)) + fs * 2;
        float detail = Math.max(width(rows[0][1], false), width(rows[1][1], false));
        float right = x1 + detail + fs * 3 + Math.max(width(rows[0][2], false), width(term(Term.SIDE_AMOUNT), true));
        float y = top + lh;
        page.text(term(Term.SIDE_TITLE), x0 + pad, y, fs, true);
        y += lh * 1.2f;
        page.text(term(Term.SIDE_DATE), x0 + pad, y, fs, true);
        page.text(term(Term.SIDE_DETAIL), x1, y, fs, true);
        page.rightText(term(Term.SIDE_AMOUNT), right - pad, y, fs, true);
        for (String[] row : rows) {
            y += lh;
            page.text(row[0], x0 + pad, y, fs, false);
            page.text(row[1], x1, y, fs, false);
            page.rightText(row[2], right - pad, y, fs, false);
        }
        page.box(x0, top, right, y + lh * 0.6f);
        return y + lh * 2;
    }

    private float summaryBox(Page page, float top) {
        AmountStyle numbers = layout.numbers();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {term(Term.SUMMARY_OPENING), numbers.signed(spec.openingBalance())});
        if (spec.owed()) {
            rows.add(new String[] {term(Term.SUMMARY_IN), numbers.signed(spec.moneyIn().negate())});
            rows.add(new String[] {term(Term.SUMMARY_OUT), numbers.signed(spec.moneyOut())});
        } else {
            rows.add(new String[] {term(Term.SUMMARY_IN), numbers.unsigned(spec.moneyIn())});
            rows.add(new String[] {term(Term.SUMMARY_OUT), numbers.unsigned(spec.moneyOut())});
        }
        rows.add(new String[] {term(Term.SUMMARY_CLOSING), numbers.signed(spec.closingBalance())});
        if (spec.owed() && layout.words().has(Term.MINIMUM)) {
            BigDecimal minimum = spec.closingBalance().signum() > 0 ? spec.closingBalance()
                    .multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.UP).max(new BigDecimal("5.00"))
                    .min(spec.closingBalance()) : BigDecimal.ZERO;
            rows.add(new String[] {term(Term.MINIMUM), numbers.unsigned(minimum)});
            rows.add(new String[] {term(Term.DUE_DATE), layout.periodDates().format(spec.periodEnd().plusDays(21))});
        }
        float labels = width(term(Term.SUMMARY_TITLE), true);
        float values = 0;
        for (String[] row : rows) {
            labels = Math.max(labels, width(row[0], false));
            values = Math.max(values, width(row[1], false));
        }
        float pad = fs * 0.8f;
        float right = g.pageWidth() - g.marginRight();
        float left = right - labels - values - fs * 3 - 2 * pad;
        float y = top + lh;
        page.text(term(Term.SUMMARY_TITLE), left + pad, y, fs, true);
        for (String[] row : rows) {
            y += lh;
            page.text(row[0], left + pad, y, fs, false);
            page.rightText(row[1], right - pad, y, fs, false);
        }
        page.box(left, top, right, y + lh * 0.6f);
        return y + lh;
    }

    private String periodLine() {
        return String.format(term(Term.PERIOD), layout.periodDates().format(spec.periodStart()),
                layout.periodDates().format(spec.periodEnd()));
    }

    private float width(String text, boolean bold) {
        return measure.width(text, bold, fs);
    }
}
