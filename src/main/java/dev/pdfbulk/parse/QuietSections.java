package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a statement of several accounts that list nothing and print no table header of their own (a
 * multi-currency wallet's "GBP statement | Account number 41881234 | Balance on 31 July 2024 1,208.90 GBP | No
 * transactions in this period." under the EUR section's rows): read on as the table above, their lines hold a line
 * saying the account had nothing to list, and on one of the few lines above it, with no row between, the account's
 * number. From that number's line on, the table's lines are that account's section, without rows. Stateless.
 */
final class QuietSections {

    // A line saying there was nothing to list is short ("No transactions in this period.", "Keine Umsätze").
    private static final int NOTE_WORDS = 8;

    private QuietSections() {
    }

    /** The table with each quiet section's lines cut off the fragment that read them, and those sections, in order. */
    record Split(List<TableFragment> table, List<AccountSections.Part> quiet) {
    }

    /**
     * The quiet sections of the table, one at most under each header (the lines below one read as its own); the
     * table as it is, and no section, when it holds none.
     */
    static Split of(List<TableFragment> table) {
        List<TableFragment> out = new ArrayList<>(table.size());
        List<AccountSections.Part> quiet = new ArrayList<>();
        for (TableFragment f : table) {
            int heading = -1;
            for (int at = next(f, 0); at >= 0 && heading < 0; at = next(f, at + 1)) {
                heading = heading(f.lines(), at);
                heading = heading >= 0 && hasRows(f.lines(), heading) ? heading : -1;
            }
            if (heading < 0) {
                out.add(f);
                continue;
            }
            Line h = line(f.lines().get(heading));
            AccountNumber number = AccountSections.number(h);
            out.add(f.head(heading));
            quiet.add(new AccountSections.Part(number.digits(), number.masked4(), h,
                    new ArrayList<>(List.of(f.tail(heading))), new ArrayList<>(), true));
        }
        return new Split(quiet.isEmpty() ? table : out, quiet);
    }

    // The index of the next line from {@code from} that says its account listed nothing, or -1.
    private static int next(TableFragment f, int from) {
        List<TableLine> lines = f.lines();
        for (int i = from; i < lines.size(); i++) {
            TableLine l = lines.get(i);
            // Cheap necessary condition first: such a line is read as furniture, with no date and no money.
            if (l.marker() == Marker.FURNITURE && l.date() == null && l.money().isEmpty()
                    && l.description().split(" ").length <= NOTE_WORDS && Marker.saysNoActivity(l.description())) {
                return i;
            }
        }
        return -1;
    }

    // The nearest of the few lines above the note that names an account by its number, with no row between; or -1.
    private static int heading(List<TableLine> lines, int note) {
        for (int k = note - 1; k >= 0 && note - k <= AccountSections.HEADING_LINES; k--) {
            TableLine l = lines.get(k);
            if (l.date() != null || l.hasTransactionMoney()) {
                return -1;
            }
            if (l.marker() == null && l.money().isEmpty() && AccountSections.number(line(l)) != null) {
                return k;
            }
        }
        return -1;
    }

    // Rows of the section above stand before the heading.
    private static boolean hasRows(List<TableLine> lines, int heading) {
        for (int k = 0; k < heading; k++) {
            if (lines.get(k).marker() == null && (lines.get(k).date() != null || lines.get(k).hasTransactionMoney())) {
                return true;
            }
        }
        return false;
    }

    // The table line as a line of words, its text's, where it stands.
    private static Line line(TableLine l) {
        List<Word> words = new ArrayList<>();
        float x = 0;
        for (String w : l.description().split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, x, l.y(), 4f * w.length(), 8f));
                x += 4f * w.length() + 4f;
            }
        }
        return new Line(l.page(), l.y(), 8f, words);
    }
}
