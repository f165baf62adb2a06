package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One account's table printing its amounts in two columns or more, each under a currency of its own ("MONTO EN" over
 * "COLONES" | "DÓLARES", a Costa Rican card's): each column's rows are a section in that currency, its opening and
 * closing the ones a summary prints under that currency's name ("Saldo anterior ₡184,520.75 $312.18" under "COLONES
 * DÓLARES"), each read and verified as a statement of its own ({@link SectionedStatement}). Stateless.
 */
final class CurrencyColumnSections {

    // Currencies named in full over a column of their own, as Spanish headers print them; codes and signs otherwise.
    private static final Map<String, String> NAMES = Map.of("colones", "CRC", "dólares", "USD", "dolares", "USD");
    // The summary's rows under its line of currency names: at most this many lines below it.
    private static final int SUMMARY_ROWS = 10;

    private CurrencyColumnSections() {
    }

    /** Whether the table's columns may be in several currencies: two amount columns at least (a cheap first test). */
    static boolean mayHold(TableColumns columns) {
        return amountColumns(columns).size() >= 2;
    }

    private static List<Column> amountColumns(TableColumns columns) {
        List<Column> amounts = new ArrayList<>();
        for (Column c : columns.columns()) {
            if (c.kind() == ColumnKind.AMOUNT) {
                amounts.add(c);
            }
        }
        return amounts;
    }

    /**
     * The statement of one section per currency column, or null where the table has no such columns, a row's amount
     * lines up with none of them, or the page prints no summary giving each currency a balance of its own.
     */
    static Statement read(List<TableFragment> table, List<Line> otherLines, MetadataReader.Raw meta, int pages,
                          SectionedStatement.Reader reader) {
        if (table.isEmpty()) {
            return null;
        }
        TableColumns columns = table.get(0).columns();
        List<Column> amounts = amountColumns(columns);
        if (amounts.size() < 2) {
            return null;
        }
        List<String> codes = codes(table.get(0), amounts);
        if (codes == null) {
            return null;
        }
        // The column of each line's amount, worked out once for all the currencies.
        List<int[]> at = new ArrayList<>();
        for (TableFragment f : table) {
            int[] lineColumns = f.columns().sameHeader(columns) && !f.printed().isEmpty() ? columnsOf(f, amounts) : null;
            if (lineColumns == null) {
                return null;
            }
            at.add(lineColumns);
        }
        Map<String, List<Line>> summaries = CurrencySummary.split(otherLines, codes, SUMMARY_ROWS);
        if (summaries == null) {
            return null;
        }
        List<AccountSections.Part> parts = new ArrayList<>();
        List<Statement> read = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            List<Line> lines = summaries.get(codes.get(k));
            MetadataReader.Raw found = MetadataReader.read(lines, meta.periodStart(), meta.periodEnd());
            if (found.opening() == null || found.closing() == null) {
                return null;
            }
            MetadataReader.Raw own = new MetadataReader.Raw(meta.account(), codes.get(k), meta.periodStart(),
                    meta.periodEnd(), found.opening(), found.closing(), meta.statementDate(), meta.printedYear());
            List<TableFragment> fragments = new ArrayList<>();
            for (int f = 0; f < table.size(); f++) {
                fragments.add(column(table.get(f), at.get(f), amounts, k, found.closing(), codes.get(k)));
            }
            AssembledRows rows = AssembledRows.of(fragments);
            // A currency without a row this period (a credit balance carried) agrees where its balances are equal.
            Statement s = AssembledRows.dates(rows.events()).isEmpty() ? SectionedStatement.empty(rows.events(), own,
                    pages, false) : reader.read(fragments, rows, own, false);
            if (s == null) {
                return null;
            }
            parts.add(new AccountSections.Part(codes.get(k), meta.account(), null, fragments, lines, false));
            read.add(s);
        }
        Statement s = SectionedStatement.of(parts, read, pages);
        if (s == null) {
            return null;
        }
        // One account's money in several currencies: unlike sections of several accounts, they share its number.
        StatementMetadata m = s.metadata();
        return new Statement(new StatementMetadata(meta.account(), m.currency(), m.periodStart(), m.periodEnd(),
                m.openingBalance(), m.closingBalance()), s.transactions(), s.pageCount(), s.reconciliation(),
                s.sections());
    }

    // The currency each amount column's header names, left to right; null unless each names one and all differ.
    private static List<String> codes(TableFragment first, List<Column> amounts) {
        List<String> codes = new ArrayList<>();
        for (Column c : amounts) {
            String code = null;
            for (Line line : first.printed()) {
                if (line.y() > first.headerY()) {
                    break;
                }
                for (Word w : line.words()) {
                    String named = code(w.text());
                    if (named != null && c.misalignment(w.x(), w.x() + w.width()) == 0) {
                        if (code != null && !code.equals(named)) {
                            return null;
                        }
                        code = named;
                    }
                }
            }
            if (code == null || codes.contains(code)) {
                return null;
            }
            codes.add(code);
        }
        return codes;
    }

    /** The currency a header or summary word names: a code, a sign of one currency, a name in full; else null. */
    static String code(String word) {
        String unit = HeaderCurrency.unit(word);
        String named = NAMES.get(unit.toLowerCase(Locale.ROOT));
        return named != null ? named : HeaderCurrency.code(unit);
    }

    // The column each of the fragment's lines with money has its last amount under (-1 for the others); null where
    // one lines up with no column.
    private static int[] columnsOf(TableFragment f, List<Column> amounts) {
        int[] at = new int[f.lines().size()];
        for (int i = 0; i < at.length; i++) {
            TableLine line = f.lines().get(i);
            if (line.hasTransactionMoney() || line.marker() != null && !line.money().isEmpty()) {
                at[i] = columnOf(f, line, amounts);
                if (at[i] < 0) {
                    return null;
                }
            } else {
                at[i] = -1;
            }
        }
        return at;
    }

    // The fragment's rows whose amount stands under the k-th currency column ({@code at}: each line's), each with its
    // wrapped lines; a line of one amount under each column (the table's closing row, "SALDO AL CORTE 255,589.79
    // 1,090.69") ends it unread only where its amount here is not the section's closing.
    private static TableFragment column(TableFragment f, int[] at, List<Column> amounts, int k, Amount closing,
                                        String code) {
        TableFragment out = f.copy();
        // The column's header names its money: the section's rows are in it.
        out.headerCurrency(code);
        out.lines().clear();
        boolean keep = true;
        for (int i = 0; i < at.length; i++) {
            TableLine line = f.lines().get(i);
            if (at[i] >= 0) {
                keep = at[i] == k;
            } else if (line.date() != null) {
                keep = true;
            }
            if (keep) {
                out.lines().add(line);
            }
        }
        Line unread = f.unreadRow();
        if (unread != null) {
            Amount own = amountUnder(unread, amounts, k);
            if (own != null && own.magnitude().compareTo(closing.magnitude()) == 0) {
                out.endedOnUnreadRow(null);
            }
        }
        return out;
    }

    // The amount column the line's last amount lines up with best, -1 where the page's line is not found.
    private static int columnOf(TableFragment f, TableLine line, List<Column> amounts) {
        for (Line printed : f.printed()) {
            if (printed.page() == line.page() && printed.y() == line.y()) {
                List<Word> words = printed.words();
                for (int i = words.size() - 1; i >= 0; i--) {
                    Word w = words.get(i);
                    if (AmountParser.parse(w.text()).isPresent()) {
                        return nearest(amounts, w);
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static int nearest(List<Column> amounts, Word w) {
        int best = -1;
        float miss = Float.MAX_VALUE;
        for (int c = 0; c < amounts.size(); c++) {
            float m = amounts.get(c).misalignment(w.x(), w.x() + w.width());
            if (m < miss) {
                miss = m;
                best = c;
            }
        }
        return best;
    }

    // The line's amount under the k-th column where it prints exactly one under each, else null.
    private static Amount amountUnder(Line line, List<Column> amounts, int k) {
        List<Word> words = line.words();
        if (words.size() < amounts.size()) {
            return null;
        }
        Amount[] under = new Amount[amounts.size()];
        for (int i = words.size() - amounts.size(); i < words.size(); i++) {
            Word w = words.get(i);
            Amount a = AmountParser.parse(w.text()).orElse(null);
            int c = a == null ? -1 : nearest(amounts, w);
            if (c < 0 || under[c] != null) {
                return null;
            }
            under[c] = a;
        }
        return under[k];
    }
}
