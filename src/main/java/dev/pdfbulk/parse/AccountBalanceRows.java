package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A summary grid listing the statement's accounts a row each under one row of labels, an opening and a closing
 * balance among them ("Product | Opening balance | Money out | Money in | Closing balance" over "EUR Main (Current
 * account) €18,462.35 ... €32,224.07" and "GBP Main (Current account) £4,218.90 ... £12,622.54"): a section printing
 * no balance of its own ({@link AccountSections}) takes the row that answers to it, by the account's number, else by
 * its one currency, else by the name its heading ends with; the only row doing so, never a guess between two. Nothing
 * here proves the row is the section's: its rows must still add up to them. Stateless.
 */
final class AccountBalanceRows {

    // Points an amount may stand clear of its label's cell and still be under it.
    private static final float UNDER = 2f;
    // The most rows such a grid lists: a few accounts or currencies.
    private static final int MAX_ROWS = 20;
    // A name matched alone is of two words at least ("Chase Savings"), never one word any heading may end with.
    private static final int NAME_WORDS = 2;
    private static final Pattern MONEY = Pattern.compile("\\d[\\d.,']*[.,]\\d{2}\\b");

    private AccountBalanceRows() {
    }

    /**
     * One account's row.
     *
     * @param name     the words before its first amount, folded
     * @param account  the account's number it prints, masked to its last four digits, or null
     * @param currency the one currency its name and amounts give, or null
     * @param opening  its amount under the opening label
     * @param closing  its amount under the closing label
     */
    record Row(String name, String account, String currency, Amount opening, Amount closing) {
    }

    /** The rows of the first such grid among {@code lines}, or none. */
    static List<Row> of(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line header = lines.get(i);
            // Cheap necessary condition: a row of labels prints no digit and at least the two labels' words.
            if (header.words().size() < 4 || RegexChars.hasDigit(header.text())) {
                continue;
            }
            PrintedLabel opening = PrintedLabel.find(header, BalanceLabelWords.OPENING);
            PrintedLabel closing = opening == null ? null : PrintedLabel.find(header, BalanceLabelWords.CLOSING);
            if (closing == null || closing.first() <= opening.last()) {
                continue;
            }
            List<Row> rows = rows(lines, i, span(header, opening), span(header, closing));
            if (rows.size() >= 2) {
                return rows;
            }
        }
        return List.of();
    }

    // A label's left and right edge.
    private static float[] span(Line line, PrintedLabel label) {
        return new float[] {line.words().get(label.first()).x(), line.words().get(label.last()).right()};
    }

    // The lines right under the header, each naming something left of an amount under either label.
    private static List<Row> rows(List<Line> lines, int header, float[] opening, float[] closing) {
        List<Row> rows = new ArrayList<>();
        for (int k = header + 1; k < lines.size() && rows.size() <= MAX_ROWS; k++) {
            Line line = lines.get(k);
            if (line.page() != lines.get(header).page()) {
                break;
            }
            Amount open = under(line, opening);
            Amount close = open == null ? null : under(line, closing);
            List<Word> name = nameWords(line, opening[0] - UNDER);
            if (close == null || name.isEmpty()) {
                break;
            }
            // "Total $15,834.20 $19,462.06": the accounts summed, no account of its own.
            if (Marker.of(Phrase.join(name), false) == Marker.TOTAL) {
                continue;
            }
            rows.add(new Row(Folding.fold(Phrase.join(name)), account(name), currency(name, open, close), open, close));
        }
        return rows.size() > MAX_ROWS ? List.of() : rows;
    }

    // The amount of the phrase set under the label, or null.
    private static Amount under(Line line, float[] label) {
        for (Phrase p : Phrase.split(line)) {
            if (p.right() >= label[0] - UNDER && p.left() <= label[1] + UNDER) {
                Optional<Amount> a = AmountParser.parseInMoneyPlace(p.text(), true);
                if (a.isPresent()) {
                    return a.get();
                }
            }
        }
        return null;
    }

    // The words left of the grid's first money column.
    private static List<Word> nameWords(Line line, float left) {
        List<Word> out = new ArrayList<>();
        for (Word w : line.words()) {
            if (w.right() < left) {
                out.add(w);
            }
        }
        return out;
    }

    // The longest number the name prints, the last of equals: a loan's name may print its car's year before the
    // account's number ("Auto Loan 2022 Subaru Outback 0000987654-70").
    private static String account(List<Word> name) {
        List<String> texts = name.stream().map(Word::text).toList();
        AccountNumber best = null;
        for (int k = 0; k < texts.size(); k++) {
            AccountNumber n = AccountNumber.read(texts, k, texts.size());
            if (n != null && (n.iban() || n.masked() || n.digits().length() >= AccountNumber.MIN_DIGITS)
                    && (best == null || n.digits().length() >= best.digits().length())) {
                best = n;
            }
        }
        return best == null ? null : best.masked4();
    }

    // The one code the name and the amounts give ("EUR Main", "€18,462.35"), or null for none or two.
    private static String currency(List<Word> name, Amount opening, Amount closing) {
        Set<String> codes = new TreeSet<>(SeveralCurrencies.codes(Phrase.join(name)));
        addCode(codes, opening.currency());
        addCode(codes, closing.currency());
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    static void addCode(Set<String> codes, String currency) {
        if (currency != null && currency.length() == 3) {
            codes.add(currency);
        }
    }

    /**
     * The row answering to a section: the one printing its account's number, else the one in its currency, else the
     * one whose name its heading ends with; null where none or two answer.
     */
    static Row of(List<Row> rows, String account, String currency, Line heading) {
        Row byAccount = only(rows, r -> account != null && account.equals(r.account()));
        if (byAccount != null || account != null && rows.stream().anyMatch(r -> r.account() != null)) {
            return byAccount;
        }
        Row byCurrency = only(rows, r -> currency != null && currency.equals(r.currency()));
        if (byCurrency != null) {
            return byCurrency;
        }
        String title = Folding.fold(heading.text());
        return only(rows, r -> r.name().split(" ").length >= NAME_WORDS && !RegexChars.hasDigit(r.name())
                && title.endsWith(r.name()));
    }

    /**
     * The one currency a section names: the codes on the lines above its first header (down from the table before
     * it on the page, as its heading is looked for: "EUR transactions from June 1, 2025", "IBAN ..."), each line naming
     * one and printing no amount, with those its rows' amounts print ("€25.00"); null for none or two.
     */
    static String currency(AccountSections.Part part, List<TableFragment> table, List<Line> otherLines) {
        Set<String> codes = new TreeSet<>();
        for (TableFragment f : part.fragments()) {
            for (TableLine l : f.lines()) {
                l.money().values().forEach(a -> addCode(codes, a.currency()));
            }
        }
        Line top = part.heading();
        if (!part.fragments().isEmpty()) {
            TableFragment first = part.fragments().get(0);
            float floor = Float.NEGATIVE_INFINITY;
            for (TableFragment f : table) {
                float bottom = AccountSections.bottom(f);
                if (f.page() == first.page() && bottom < first.headerY() && f != first) {
                    floor = Math.max(floor, bottom);
                }
            }
            int seen = 0;
            for (int i = otherLines.size() - 1; i >= 0 && seen < AccountSections.HEADING_LINES; i--) {
                Line line = otherLines.get(i);
                if (line.page() != first.page() || line.y() >= first.headerY() || line.y() <= floor) {
                    continue;
                }
                seen++;
                // A line printing an amount (a grid's row, another account's balance) titles nothing.
                Set<String> named = MONEY.matcher(line.text()).find() ? Set.of() : SeveralCurrencies.codes(line.text());
                codes.addAll(named.size() == 1 ? named : Set.of());
            }
        } else {
            codes.addAll(SeveralCurrencies.codes(top.text()));
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    private static Row only(List<Row> rows, java.util.function.Predicate<Row> answers) {
        Row found = null;
        for (Row r : rows) {
            if (answers.test(r)) {
                if (found != null) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }
}
