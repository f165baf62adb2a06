package dev.pdfbulk.parse;

import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An extract with no table header whose rows stand under day headings: a line that starts with a full date ("3 de
 * junho de 2025", "3 June 2025"), perhaps with the day's balance well right of it ("Saldo do dia: R$
 * 2.345,67"), over lines of text each ending in an amount set well apart from the text ('Pix enviado: "Cp
 * :18236120-MARIA" ... -R$ 45,00'). Rewrites such a page as rows a header-less table reads ({@link HeaderlessPage}):
 * the heading's date set before each of its rows' text, the heading itself dropped. Only a guess at the layout,
 * which the statement's balances must prove. Stateless and thread-safe.
 */
final class DayBlocks {

    // Fewer rows under headings than this on every page are no such extract.
    private static final int MIN_ROWS = 3;
    // The most words a heading's date takes ("3 de junho de 2025").
    private static final int DATE_WORDS = 5;
    // The most words of an amount's cell: a sign or currency word, then the number ("-R$ 45,00", "USD 12.00").
    private static final int AMOUNT_WORDS = 3;
    // A gap wider than this many line heights sets an amount apart from the text before it.
    private static final float APART = 4f;

    private DayBlocks() {
    }

    /** The pages with their day's rows rewritten as dated rows, or null when no page holds enough of them. */
    static List<PageText> asRows(List<PageText> pages) {
        List<List<Line>> lines = new ArrayList<>(pages.size());
        // Per line, worked out once: its heading date's words (headingDate) and where its amount starts (amountStart).
        List<int[]> dates = new ArrayList<>(pages.size());
        List<int[]> amounts = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            List<Line> ls = Line.of(page);
            int[] d = new int[ls.size()];
            int[] a = new int[ls.size()];
            for (int i = 0; i < ls.size(); i++) {
                d[i] = headingDate(ls.get(i));
                a[i] = amountStart(ls.get(i));
            }
            lines.add(ls);
            dates.add(d);
            amounts.add(a);
        }
        // Each row's heading, {page, line}, carried over a page break (a day's rows going on at the next page's top).
        List<int[][]> under = new ArrayList<>(pages.size());
        Map<Line, Line> lastRow = new HashMap<>();   // a heading's last row
        int[] heading = null;
        int most = 0;
        float dateWidth = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<Line> ls = lines.get(p);
            int[] d = dates.get(p);
            int[] a = amounts.get(p);
            int[][] of = new int[ls.size()][];
            int first = -1;
            int last = -1;
            for (int i = 0; i < ls.size(); i++) {
                if (d[i] > 0 || a[i] > 0) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int rows = 0;
            for (int i = 0; i < ls.size(); i++) {
                Line line = ls.get(i);
                int n = d[i];
                if (n > 0) {
                    heading = new int[] {p, i};
                    dateWidth = Math.max(dateWidth, line.words().get(n - 1).right() - line.words().get(0).x());
                } else if (heading != null && a[i] > 0) {
                    of[i] = heading;
                    lastRow.put(lines.get(heading[0]).get(heading[1]), line);
                    rows++;
                } else if (i > first && i < last) {
                    heading = null;   // a line of other text between the rows ends the day's rows; page furniture not
                }
            }
            under.add(of);
            most = Math.max(most, rows);
        }
        if (most < MIN_ROWS) {
            return null;
        }
        float dx = dateWidth + 3 * lines.get(0).get(0).height();
        List<List<Word>> words = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            words.add(new ArrayList<>(pages.get(p).words().size()));
        }
        for (int p = 0; p < pages.size(); p++) {
            List<Line> ls = lines.get(p);
            for (int i = 0; i < ls.size(); i++) {
                Line line = ls.get(i);
                int n = dates.get(p)[i];
                if (n > 0) {
                    Line row = lastRow.get(line);
                    if (row != null) {
                        dayBalance(line, n, row, dx, words.get(row.page() - pages.get(0).number()));
                    }
                } else if (under.get(p)[i] == null) {
                    words.get(p).addAll(line.words());
                } else {
                    int[] h = under.get(p)[i];
                    row(line, amounts.get(p)[i], lines.get(h[0]).get(h[1]), dates.get(h[0])[h[1]], dx, words.get(p));
                }
            }
        }
        List<PageText> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            PageText page = pages.get(p);
            out.add(new PageText(page.number(), page.pageCount(), page.width(), page.height(), words.get(p)));
        }
        return out;
    }

    // A row with its heading's date set before its text, the text moved right to make room, the amount left in place.
    private static void row(Line line, int amount, Line head, int dateWords, float dx, List<Word> words) {
        List<Word> ws = line.words();
        float x0 = ws.get(0).x();
        for (int w = 0; w < dateWords; w++) {
            Word d = head.words().get(w);
            String text = d.text().endsWith(",") ? d.text().substring(0, d.text().length() - 1) : d.text();
            words.add(new Word(text, x0 + d.x() - head.words().get(0).x(), line.y(), d.width(), line.height(),
                    d.space()));
        }
        for (int w = 0; w < ws.size(); w++) {
            Word word = ws.get(w);
            words.add(w < amount ? new Word(word.text(), word.x() + dx, word.y(), word.width(), word.height(),
                    word.space()) : word);
        }
    }

    // What stands right of a heading's date ("Saldo do dia: R$ 2.345,67") is the day's balance: set as a line of its
    // own under the day's last row, its label as text and its amount where the rows' amounts stand.
    private static void dayBalance(Line heading, int dateWords, Line row, float dx, List<Word> words) {
        List<Word> ws = heading.words();
        if (dateWords == ws.size()) {
            return;
        }
        float y = row.y() + 1.2f * row.height();
        int money = ws.size() - 1;
        while (money - 1 > dateWords && isSignOrCurrency(ws.get(money - 1).text())) {
            money--;
        }
        for (int w = dateWords; w < ws.size(); w++) {
            Word word = ws.get(w);
            float x = w < money ? row.words().get(0).x() + dx + word.x() - ws.get(dateWords).x() : word.x();
            words.add(new Word(word.text(), x, y, word.width(), row.height(), word.space()));
        }
    }

    // A sign or currency set before an amount ("-R$", "R$", "€", "-"): a short word of no digit or letter-run ending ":".
    private static boolean isSignOrCurrency(String text) {
        if (text.length() > 4 || text.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many words of the line are a heading's date: a full date with its year first on the line, nothing after
     * it or only what stands well apart from it (the day's balance); 0 otherwise.
     */
    static int headingDate(Line line) {
        List<Word> ws = line.words();
        // Cheap necessary condition: a heading starts with a digit or a month's letter.
        if (ws.isEmpty() || !Character.isLetterOrDigit(ws.get(0).text().charAt(0))) {
            return 0;
        }
        for (int n = Math.min(DATE_WORDS, ws.size()); n >= 1; n--) {
            if (n < ws.size() && ws.get(n).x() - ws.get(n - 1).right() <= APART * line.height()) {
                continue;
            }
            String text = Phrase.join(ws, 0, n);
            Optional<RawDate> date = DateParser.parse(text.endsWith(",") ? text.substring(0, text.length() - 1) : text);
            if (date.isPresent() && date.get().year() != null) {
                return n;
            }
        }
        return 0;
    }

    /**
     * Where a row's amount starts on the line: text first, then, well apart from it, at most three words ending in
     * an amount; 0 when the line ends in no amount so set, -1 when it holds no amount at all.
     */
    static int amountStart(Line line) {
        List<Word> ws = line.words();
        if (ws.size() < 2 || AmountParser.parse(ws.get(ws.size() - 1).text()).isEmpty()) {
            return -1;
        }
        for (int j = ws.size() - 1; j >= Math.max(1, ws.size() - AMOUNT_WORDS); j--) {
            if (ws.get(j).x() - ws.get(j - 1).right() > APART * line.height()) {
                return DateParser.parse(ws.get(0).text()).isPresent() ? 0 : j;
            }
        }
        return 0;
    }
}
