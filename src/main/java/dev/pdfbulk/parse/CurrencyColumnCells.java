package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Set;

/**
 * The currency a table's currency column names: a column headed as the currency's ("货币", "币种", "Currency",
 * "Währung") whose cell on every dated row names one and the same currency, by a name only one country uses
 * ("人民币") or its ISO code ("USD"), as China Merchants Bank prints "人民币" beside every row. Null where there is no
 * such column, a row leaves it blank or the rows name several. Stateless.
 */
final class CurrencyColumnCells {

    private static final Set<String> CODES = Set.of(AmountPattern.CODES);
    // The fewest rows that make a column, not a stray word.
    private static final int FEWEST_ROWS = 2;

    private CurrencyColumnCells() {
    }

    /** The one currency the first fragment's currency column names on every dated row, or null. */
    static String of(List<TableFragment> table) {
        for (TableFragment f : table) {
            if (!f.printed().isEmpty()) {
                return inColumn(f.printed());
            }
        }
        return null;
    }

    private static String inColumn(List<Line> printed) {
        Word header = null;
        String code = null;
        int rows = 0;
        for (Line line : printed) {
            List<Word> words = line.words();
            boolean dated = !words.isEmpty() && DateParser.parse(words.get(0).text()).isPresent();
            if (!dated) {
                // Header lines come before the rows: the currency's header word among them.
                header = rows == 0 && header == null ? currencyHeader(words) : header;
                continue;
            }
            if (header == null) {
                return null;
            }
            String named = named(under(words, header));
            if (named == null || code != null && !code.equals(named)) {
                return null;
            }
            code = named;
            rows++;
        }
        return rows >= FEWEST_ROWS ? code : null;
    }

    /** Whether the header lines name a currency column. */
    static boolean headed(List<Line> header) {
        for (Line line : header) {
            if (currencyHeader(line.words()) != null) {
                return true;
            }
        }
        return false;
    }

    private static Word currencyHeader(List<Word> words) {
        for (Word w : words) {
            String t = Folding.fold(w.text());
            if (CurrencyLabel.isLabel(t) || HeaderPhrases.CURRENCY_COLUMNS.contains(t)) {
                return w;
            }
        }
        return null;
    }

    // The text of the words whose middle stands within the header word's span, widened by half its width each side.
    private static String under(List<Word> words, Word header) {
        float slack = header.width() / 2;
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (w.centre() >= header.x() - slack && w.centre() <= header.right() + slack) {
                out.append(out.length() > 0 ? " " : "").append(w.text());
            }
        }
        return out.toString();
    }

    private static String named(String cell) {
        if (cell.length() == 3 && CODES.contains(cell)) {
            return cell;
        }
        return cell.isEmpty() ? null : CurrencyLabel.named(cell);
    }
}
