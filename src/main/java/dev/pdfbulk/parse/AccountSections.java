package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The accounts of a statement that holds several, each printed as a section of its own (a combined checking and
 * savings statement, an integrated account's HKD and USD accounts, a multi-currency wallet's balances): a heading
 * right above a table's column header names an account by its number ("Checking account XXXXXX2214", "HKD Savings
 * 123-456789-833 (HKD)", "Membership Savings - 3012449927", an IBAN or "Account number 41881234" under "EUR
 * statement"), and the table's rows up to the next such heading naming another account are that account's. A
 * heading naming the account already read ("EveryDay Checking - 7012449927 (continued)") goes on with it; a table
 * continued on a page with no heading above its header goes on with the section before. A line printed alike at the
 * same height on another page is letterhead, no heading; an account named again after another's section means
 * the numbers are no headings at all. The lines outside the
 * tables from a section's heading down to the next section's heading are the section's own: its opening and
 * closing balances are read from them as a statement's are ({@link MetadataReader}). Nothing here says the sections
 * are real: {@link SectionedStatement} keeps them only where each proves itself by its own balances. Stateless.
 */
final class AccountSections {

    // How many lines above a header its heading may stand (the heading, a balance line, an IBAN, a currency title).
    static final int HEADING_LINES = 4;
    // How many lines above a header a heading naming the account by its kind alone may stand: past the section's
    // own summary block ("CHECKING SUMMARY | Chase Total Checking" over Beginning Balance ... Ending Balance).
    private static final int LABEL_LINES = 8;
    // A label heading is shorter still: a title and the account's name.
    private static final int LABEL_WORDS = 8;
    // Words naming a kind of account, folded: a heading of them alone names an account by its label.
    private static final Pattern ACCOUNT_KIND = Pattern.compile("\\b(?:checking|chequing|savings?|saver|current account"
            + "|money market|girokonto|tagesgeld(?:konto)?|sparkonto|festgeld(?:konto)?|compte (?:courant|d'epargne)"
            + "|livret|cuenta (?:corriente|de ahorros?)|conto corrente)\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    // A heading is short: a label, a number, a currency; never a sentence.
    private static final int HEADING_WORDS = 12;
    // The fewest digits a number shown in full must have to name an account (no page number, year or day).
    private static final int FULL_DIGITS = 6;
    // An amount ("1,277.78", "4.381,62"): a line printing one is a balance or a summary row, no heading.
    private static final Pattern MONEY = Pattern.compile("\\d[\\d.,']*[.,]\\d{2}\\b");

    private AccountSections() {
    }

    /**
     * One account's part of the statement.
     *
     * @param key       the account's digits as its heading prints them, telling one account from another
     * @param account   the account masked to its last four digits ("****2214")
     * @param heading   the heading line
     * @param fragments its table fragments, in order
     * @param lines     the lines outside the tables from its heading down to the next section's heading
     * @param quiet     whether it is a section that says it lists nothing and prints no header ({@link QuietSections})
     */
    record Part(String key, String account, Line heading, List<TableFragment> fragments, List<Line> lines,
                boolean quiet) {
    }

    /**
     * The sections of the transaction table, or an empty list when it is not split into two or more accounts, or
     * when a fragment of it stands under no heading (rows that would belong to no account).
     */
    static List<Part> of(List<TableFragment> table, List<Line> otherLines) {
        // A section listing nothing may print no header, its lines read as the table's ({@link QuietSections}): two
        // headers, or one and such a section.
        QuietSections.Split split = QuietSections.of(table);
        List<Part> quiet = split.quiet();
        if (split.table().size() + quiet.size() < 2) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        Part current = null;
        TableFragment previous = null;
        for (TableFragment f : split.table()) {
            Heading h = Float.isNaN(f.headerY()) ? null : heading(f, previous, otherLines);
            if (h == null || current != null && current.key().equals(h.key())) {
                if (current == null) {
                    return List.of();
                }
                current.fragments().add(f);
            } else if (seen(parts, h.key())) {
                // An account's section comes once: a number named again after another is no heading of its own.
                return List.of();
            } else {
                String account = h.account() != null ? h.account() : listedAccount(h.line(), otherLines);
                current = new Part(h.key(), account, h.line(), new ArrayList<>(), new ArrayList<>(), false);
                current.fragments().add(f);
                parts.add(current);
            }
            previous = f;
        }
        for (Part q : quiet) {
            if (seen(parts, q.key())) {
                return List.of();
            }
        }
        parts.addAll(quiet);
        parts.sort((a, b) -> before(a.heading(), b.heading()) ? -1 : before(b.heading(), a.heading()) ? 1 : 0);
        if (parts.size() < 2) {
            return List.of();
        }
        assignLines(parts, otherLines);
        return parts;
    }

    // An account named by its number (key its digits, account masked) or by its label alone (key the folded label,
    // account null).
    private record Heading(Line line, String key, String account) {
    }

    // The nearest line above the fragment's header, below the table before it on the page, that names an account: by
    // its number within four lines, else by its kind alone ("Chase Savings", "Kontoauszug Tagesgeldkonto") within eight.
    private static Heading heading(TableFragment f, TableFragment previous, List<Line> otherLines) {
        float floor = previous != null && previous.page() == f.page() ? bottom(previous) : Float.NEGATIVE_INFINITY;
        int seen = 0;
        Heading label = null;
        for (int i = otherLines.size() - 1; i >= 0 && seen < LABEL_LINES; i--) {
            Line line = otherLines.get(i);
            if (line.page() != f.page() || line.y() >= f.headerY()) {
                continue;
            }
            if (line.y() <= floor) {
                break;
            }
            seen++;
            AccountNumber number = seen <= HEADING_LINES ? number(line) : null;
            if (number != null && !letterhead(line, otherLines)) {
                return new Heading(line, number.digits(), number.masked4());
            }
            if (label == null && labelled(line) && !letterhead(line, otherLines)) {
                label = new Heading(line, Folding.fold(line.text()), null);
            }
        }
        return label;
    }

    // The account a heading naming it by name alone ("CHECKING SUMMARY  Chase Total Checking") stands for, from a line
    // listing it by that name with its number ("Chase Total Checking  000000829104455  $3,412.08 ..." in a summary
    // grid): the longest such name the heading ends with, masked; null when no line or two numbers answer to it.
    static String listedAccount(Line heading, List<Line> lines) {
        String title = Folding.fold(heading.text());
        String found = null;
        int longest = 0;
        for (Line line : lines) {
            List<Word> words = line.words();
            if (line == heading || words.size() < 3 || !RegexChars.hasDigit(line.text())) {
                continue;
            }
            List<String> texts = words.stream().map(Word::text).toList();
            for (int k = 2; k < texts.size(); k++) {
                AccountNumber n = AccountNumber.read(texts, k, texts.size());
                if (n == null || n.digits().length() < FULL_DIGITS && !n.masked()) {
                    continue;
                }
                String name = Folding.fold(String.join(" ", texts.subList(0, k)));
                if (!DIGIT.matcher(name).find() && title.endsWith(" " + name) && name.length() >= longest) {
                    String account = n.masked4();
                    if (name.length() == longest && found != null && !found.equals(account)) {
                        return null;
                    }
                    found = account;
                    longest = name.length();
                }
                break;
            }
        }
        return found;
    }

    // A short line naming a kind of account, with no amount, date or number on it.
    private static boolean labelled(Line line) {
        if (line.words().size() > LABEL_WORDS || DIGIT.matcher(line.text()).find()) {
            return false;
        }
        return ACCOUNT_KIND.matcher(Folding.fold(line.text())).find();
    }

    private static boolean seen(List<Part> parts, String key) {
        for (Part p : parts) {
            if (p.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    // A line printed alike at the same height on another page is the page's letterhead, no section's heading.
    static boolean letterhead(Line line, List<Line> otherLines) {
        String text = line.text();
        for (Line other : otherLines) {
            if (other.page() != line.page() && Math.abs(other.y() - line.y()) < 1f && other.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    // The account number a heading line prints: no amount on the line, a few words, an IBAN, a masked number, or
    // one of six digits or more.
    static AccountNumber number(Line line) {
        List<Word> words = line.words();
        if (words.size() > HEADING_WORDS || !RegexChars.hasDigit(line.text()) || MONEY.matcher(line.text()).find()) {
            return null;
        }
        List<String> texts = new ArrayList<>(words.size());
        for (Word w : words) {
            texts.add(w.text());
        }
        for (int k = 0; k < texts.size(); k++) {
            AccountNumber n = AccountNumber.read(texts, k, texts.size());
            if (n != null && (n.iban() || n.masked() || n.digits().length() >= FULL_DIGITS)) {
                return n;
            }
        }
        return null;
    }

    // Each section's lines: from its heading down to the next section's heading.
    private static void assignLines(List<Part> parts, List<Line> otherLines) {
        int p = -1;
        for (Line line : otherLines) {
            while (p + 1 < parts.size() && !before(line, parts.get(p + 1).heading())) {
                p++;
            }
            if (p >= 0) {
                parts.get(p).lines().add(line);
            }
        }
    }

    private static boolean before(Line a, Line b) {
        return a.page() < b.page() || a.page() == b.page() && a.y() < b.y();
    }

    // The baseline of the fragment's last line, or of its header when it has none.
    static float bottom(TableFragment fragment) {
        List<TableLine> lines = fragment.lines();
        return lines.isEmpty() ? fragment.headerY() : lines.get(lines.size() - 1).y();
    }
}
