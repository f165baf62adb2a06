package dev.pdfbulk.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A block of charges without dates right under the transaction table, as US cards print the cycle's interest
 * ("Interest Charged" over "Interest Charge on Purchases $17.84", "Interest Charge on Cash Advances $0.00", "Total
 * Interest for This Period $17.84"): each line a label in the text column and one amount in the table's money column.
 * Such a charge is made when the cycle closes, so it is dated the period's last day (the statement's closing date).
 * The block is kept apart from the transaction list and counts in the balance when, and only when, the statement
 * does not add up without it and does with it (as a table of dated charges does); a line of 0.00 is no charge.
 * Stateless and thread-safe.
 */
final class UndatedCharges {

    private static final int MAX_TITLE_WORDS = 6;
    // Every word of the title is one of these, and it names a charge: "Interest Charged", "Fees", "Finance Charges".
    private static final Set<String> TITLE_WORDS = Set.of("interest", "fee", "fees", "finance", "charge", "charges",
            "charged", "and", "&");
    // A line of the block is set within so many text heights of the one above it.
    private static final float LINE_GAP_HEIGHTS = 3f;

    private UndatedCharges() {
    }

    /**
     * Reads the block titled at line {@code i}, where a table in {@code columns} ended, into {@code out}; returns the
     * index of the first line after it, or {@code i} (nothing read) when no such block with a charge starts there.
     */
    static int read(List<Line> lines, int i, TableColumns columns, float pageWidth, CellReading cellReading,
                    List<TableFragment> out) {
        if (i + 1 >= lines.size() || !isTitle(lines.get(i))) {
            return i;
        }
        Line title = lines.get(i);
        TableFragment block = new TableFragment(title.page(), columns, title.text());
        block.markUndatedCharges();
        BigDecimal sum = BigDecimal.ZERO;
        Line previous = title;
        int k = i + 1;
        for (; k < lines.size(); k++) {
            Line line = lines.get(k);
            if (line.y() - previous.y() > LINE_GAP_HEIGHTS * Math.max(line.height(), previous.height())) {
                break;
            }
            Optional<TableLine> t = LineClassifier.classify(line, columns, pageWidth, cellReading);
            if (t.isEmpty() || t.get().date() != null || t.get().money().size() != 1 || !t.get().hasTransactionMoney()
                    || t.get().description().isEmpty()) {
                break;
            }
            Amount amount = t.get().money().values().iterator().next();
            if (t.get().marker() == Marker.TOTAL) {
                // The block's total must be the sum of its charges, or the block is not what it seems.
                if (amount.magnitude().compareTo(sum) != 0) {
                    return i;
                }
                k++;
                break;
            }
            if (t.get().marker() != null) {
                break;
            }
            if (amount.magnitude().signum() != 0) {
                block.add(t.get(), line);
                sum = sum.add(amount.magnitude());
            }
            previous = line;
        }
        if (block.lines().isEmpty()) {
            return i;
        }
        out.add(block);
        return k;
    }

    // A short line of words alone, all of them charge words, naming money going out.
    private static boolean isTitle(Line line) {
        if (line.words().size() > MAX_TITLE_WORDS || Phrase.split(line).size() != 1) {
            return false;
        }
        String text = Folding.fold(line.text());
        if (!text.contains("interest") && !text.contains("fee") && !text.contains("charge")) {
            return false;
        }
        for (String word : Marker.SPACES.split(text.strip())) {
            if (!TITLE_WORDS.contains(word)) {
                return false;
            }
        }
        return Marker.sectionDirection(text) < 0;
    }

    /**
     * The fragments to read the statement from with its undated charges counted: the transaction table, the
     * tables of dated charges and the blocks of undated ones, in the order printed, each undated charge dated
     * {@code closing}; empty when there are no such blocks or no closing date is printed to date them.
     */
    static List<TableFragment> counted(List<TableFragment> fragments, List<TableFragment> table,
                                       List<TableFragment> charges, RawDate closing) {
        if (closing == null || fragments.stream().noneMatch(TableFragment::undatedCharges)) {
            return List.of();
        }
        List<TableFragment> all = new ArrayList<>();
        for (TableFragment f : fragments) {
            if (f.undatedCharges()) {
                all.add(dated(f, closing));
            } else if (table.contains(f) || charges.contains(f)) {
                all.add(f);
            }
        }
        return all;
    }

    // Each line says itself that it is a charge: the title, a section heading, would go on naming the rows of a
    // table continued on the next page.
    private static TableFragment dated(TableFragment block, RawDate date) {
        TableFragment out = new TableFragment(block.page(), block.columns(), "");
        int direction = Marker.sectionDirection(block.title());
        for (TableLine l : block.lines()) {
            out.add(new TableLine(l.page(), l.y(), date, l.description(), l.cells(), l.money(), l.marker(),
                    direction), null);
        }
        return out;
    }
}
